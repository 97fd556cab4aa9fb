// Time to first render of the pane in Debian's Chromium, from the performance mark the pane sets
// ("crossdept:first-render", ms after navigation start). Plain browser, so demo mode.
//   node addin/scripts/first-render.cjs http://127.0.0.1:5391/pane/ [loads=12]
// Uses the Playwright driver that Microsoft.Playwright copies next to the built tests (no browser download).
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const driver = process.env.PLAYWRIGHT_CORE
  ?? path.resolve(__dirname, "../../tests/CrossDept.Tests/bin/Debug/net10.0/.playwright/package");
const { chromium } = require(driver);

(async () => {
  const url = process.argv[2] ?? "http://127.0.0.1:5391/pane/";
  const loads = Number(process.argv[3] ?? 12);
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "crossdept-timing-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 450, height: 900 },
  });
  // Offline: Office.js's CDN answers "not here", as outside Office; the pane starts in demo mode.
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "application/javascript", body: "" }));
  const times = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("crossdept:first-render").length > 0);
    times.push(Math.round(await page.evaluate(() => performance.getEntriesByName("crossdept:first-render")[0].startTime)));
    await page.close();
  }
  await context.close();
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log(`first render (ms): ${times.join(" ")}`);
  console.log(`first load ${times[0]}; later loads: median ${warm[Math.floor(warm.length / 2)]}, min ${warm[0]}, max ${warm.at(-1)}`);
})();
