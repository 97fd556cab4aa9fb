// Writes the Microsoft 365 unified app manifest (manifest.json at the repository root) for the same add-in as
// manifest.xml: the same id, pane, buttons, permission and host.
//   npm run manifest                                   -> both manifests for https://localhost:3000 (development)
//   node scripts/unified-manifest.mjs --host https://crossdept.contoso.com [--out path]
// Which to use when: README.md ("Sideload the add-in").
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The schema version the manifest declares; validate.mjs checks it against that version's schema shipped in @microsoft/app-manifest. */
export const manifestVersion = "1.24";

export function unifiedManifestFor(hostUrl) {
  const url = new URL(hostUrl);
  if (url.protocol !== "https:") throw new Error(`--host must be https (Outlook loads add-ins only over HTTPS): ${hostUrl}`);
  const host = url.origin;
  const icons = [16, 32, 80].map((size) => ({ size, url: `${host}/pane/assets/icon-${size}.png` }));
  const button = (id, label, description, actionId) => ({
    id, type: "button", label, icons, supertip: { title: label, description }, actionId,
  });
  const manifest = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion,
    id: "5d6f1f0e-8a55-4c8e-9a43-0c2f6a3b7e41",
    version: "1.0.0",
    name: { short: "CrossDept", full: "CrossDept: agreements and follow-up across departments" },
    description: {
      short: "Written agreements, a confirmation email and who has not answered.",
      full: "Turns an email conversation into written agreements, confirms them with a reply-all, and tracks who has not answered so you know whom to call.",
    },
    developer: {
      name: "CrossDept",
      websiteUrl: `${host}/pane/help.html`,
      privacyUrl: `${host}/pane/help.html`,
      termsOfUseUrl: `${host}/pane/help.html`,
    },
    // Files inside the app package (a zip of manifest.json with these two images), as the unified manifest requires.
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: "#0F6CBD",
    localizationInfo: { defaultLanguageTag: "en-us" },
    validDomains: [url.host, "login.microsoftonline.com"],
    authorization: { permissions: { resourceSpecific: [{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }] } },
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.5" }] },
        runtimes: [
          {
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: `${host}/pane/index.html` },
            lifetime: "short",
            actions: [
              { id: "openReadPane", type: "openPage", view: "readPane" },
              { id: "openComposePane", type: "openPage", view: "composePane" },
            ],
          },
        ],
        ribbons: [
          ribbon("mailRead", "msgRead", button("msgReadOpenPaneButton", "Agreements",
            "See who agreed to what by when, confirm it in writing, and see who has not answered.", "openReadPane"), icons),
          ribbon("mailCompose", "msgCompose", button("msgComposeOpenPaneButton", "Check ask",
            "Check that your request says what, by when and why before you send it.", "openComposePane"), icons),
        ],
      },
    ],
  };
  return JSON.stringify(manifest, null, 2) + "\n";
}

/** One ribbon (read or compose): the default tab, one group, one button that opens the pane. */
function ribbon(context, id, control, icons) {
  return {
    contexts: [context],
    tabs: [{ builtInTabId: "TabDefault", groups: [{ id: `${id}Group`, label: "CrossDept", icons, controls: [control] }] }],
  };
}

function argument(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const host = argument("--host", "https://localhost:3000");
  const out = resolve(argument("--out", resolve(here, "../../manifest.json")));
  writeFileSync(out, unifiedManifestFor(host));
  console.log(`Wrote ${out} for ${new URL(host).origin}`);
}
