import { defineConfig } from "vitest/config";

// Browser tests: start wrangler dev, drive Debian's chromium with playwright-core.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file at a time. Two at once (each its own app, D1, ports and log) passed in 380 s where one at a
    // time took 446 s, but two chromiums kept the 2 cores saturated and one test needed its retry.
    fileParallelism: false,
    // Views rendered in Node (answer-inputs) read the catalogues from their TypeScript sources.
    setupFiles: ["./src/i18n/catalogues.ts"],
    // Migrates one local D1 that every file's app starts from as a copy (tests/e2e/migrated-d1.ts).
    globalSetup: ["./tests/e2e/migrated-d1.ts"],
    // A navigation in wrangler dev very occasionally hangs until its 60 s timeout on a loaded CI machine
    // (seen once: the phone layout test's page.goto, which passes in 15 s otherwise). One retry of that
    // test keeps a hang from failing the run; a real defect fails both attempts.
    retry: 1,
  },
});
