// Entry point: waits for Office.js, then starts the pane. Outside Office (or when the CDN
// can't be reached) it starts in demo mode instead of waiting forever.
import "./styles.css";
import { fetchPaneConfig, startPane } from "./start";

const config = fetchPaneConfig();

let started = false;
function once(host: Office.HostType | null) {
  if (started) return;
  started = true;
  void startPane(host, config);
}

if (typeof Office === "undefined") once(null);
else {
  void Office.onReady((info) => once(info.host));
  setTimeout(() => once(null), 3000);
}
