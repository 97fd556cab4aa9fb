import { defineConfig } from "vitest/config";

// The API serves the built pane at /pane/ (api/Pane/PaneHosting.cs), so it builds into the API's wwwroot.
export default defineConfig({
  base: "/pane/",
  build: {
    outDir: "../api/wwwroot/pane",
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: true,
  },
  test: {
    environment: "jsdom",
    include: ["tests/**/*.test.ts"],
  },
});
