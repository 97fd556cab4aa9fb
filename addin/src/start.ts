// Decides how the pane runs: inside Outlook (signed in when the API has a tenant) or in demo mode.

import { useTokenSource } from "./api";
import { insideOutlook, mailboxOwner, paneMode, supports } from "./outlook";
import { Pane, type PaneEnvironment } from "./pane";
import { applyFluentTheme, outlookPrefersDark } from "./theme";
import type { PaneConfig } from "./types";

const noTenant: PaneConfig = { clientId: null, apiScope: null, authority: null };

/** Asked for while Office.js is still starting, so the two waits overlap. */
export function fetchPaneConfig(): Promise<PaneConfig> {
  return fetch("config.json")
    .then((r) => (r.ok ? (r.json() as Promise<PaneConfig>) : noTenant))
    .catch(() => noTenant);
}

export async function startPane(host: Office.HostType | null | undefined, pendingConfig = fetchPaneConfig()): Promise<Pane> {
  const root = document.getElementById("app")!;
  // `Office` is not even declared when the CDN could not be reached.
  const inOutlook = typeof Office !== "undefined" && host === Office.HostType.Outlook && insideOutlook();
  applyFluentTheme(document.documentElement, inOutlook && outlookPrefersDark());

  // Outside Outlook there is nobody to sign in: demo mode needs no settings, so it doesn't wait for them.
  const config = inOutlook ? await pendingConfig : noTenant;
  const tenant = inOutlook && !!config.clientId;
  if (tenant) {
    const { signIn } = await import("./auth");
    const session = signIn(config);
    useTokenSource(async () => (await session).token());
  }

  const env: PaneEnvironment = {
    outlook: inOutlook,
    mode: inOutlook ? paneMode() : "demo",
    tenant,
    me: inOutlook ? mailboxOwner() : null,
  };
  const pane = new Pane(env, root);
  // A pinned pane stays open while the user moves between messages (Mailbox 1.5).
  if (inOutlook && env.mode === "read" && supports("1.5"))
    Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => {
      if (Office.context.mailbox.item) pane.readOpenMessage();
    });
  await pane.start();
  return pane;
}
