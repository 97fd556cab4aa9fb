// npm run validate: the committed manifests are what the generators write for development; manifest.xml passes
// Microsoft's XML schemas (offline, with xmllint) and office-addin-manifest can read it; manifest.json passes the
// unified manifest's JSON schema for its version, shipped in @microsoft/app-manifest (offline, no download).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestFor } from "./manifest.mjs";
import { manifestVersion, unifiedManifestFor } from "./unified-manifest.mjs";
import { ManifestUtil } from "@microsoft/app-manifest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const manifest = resolve(root, "manifest.xml");
let failed = false;

if (readFileSync(manifest, "utf8") !== manifestFor("https://localhost:3000")) {
  console.error("manifest.xml is not what `npm run manifest` writes for https://localhost:3000: run it and commit the result.");
  failed = true;
}

const schema = resolve(root, "../shared/manifest-schemas/OfficeAppManifestV1_1.xsd");
if (existsSync(schema)) {
  const xmllint = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
  if (xmllint.error) {
    console.error("xmllint is missing (Debian: apt-get install -y libxml2-utils).");
    failed = true;
  } else {
    process.stdout.write(xmllint.stdout + xmllint.stderr);
    if (xmllint.status !== 0) failed = true;
  }
} else {
  console.log(`Skipped the schema check: ${schema} is absent (the shared folder sits beside the repository).`);
}

// `validate` asks Microsoft's service online; `info` parses the manifest locally.
const info = execFileSync(process.execPath, [resolve(root, "addin/node_modules/office-addin-manifest/cli.js"), "info", manifest], { encoding: "utf8" });
process.stdout.write(info);
if (!/Type: MailApp/.test(info)) {
  console.error("office-addin-manifest could not read the manifest as a mail add-in.");
  failed = true;
}
const unified = resolve(root, "manifest.json");
if (!existsSync(unified) || readFileSync(unified, "utf8") !== unifiedManifestFor("https://localhost:3000")) {
  console.error("manifest.json is not what `npm run manifest` writes for https://localhost:3000: run it and commit the result.");
  failed = true;
} else {
  const schemaFile = resolve(root, `addin/node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
  const errors = await ManifestUtil.validateManifestAgainstSchema(JSON.parse(readFileSync(unified, "utf8")), JSON.parse(readFileSync(schemaFile, "utf8")));
  if (errors.length > 0) {
    console.error(`manifest.json does not pass the unified manifest schema v${manifestVersion}:\n  ` + errors.join("\n  "));
    failed = true;
  } else {
    console.log(`manifest.json passes the unified manifest schema v${manifestVersion} (offline, from @microsoft/app-manifest).`);
  }
}
process.exit(failed ? 1 : 0);
