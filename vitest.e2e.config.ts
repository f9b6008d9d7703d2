import { defineConfig } from "vitest/config";

// Browser tests: start wrangler dev, drive Debian's chromium with playwright-core.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
