import { defineConfig } from "vitest/config";

// Pure engine, CLI and other Node-side tests (not inside workerd).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/cli/**/*.test.ts"],
    environment: "node",
    // Bundles the `analyse` command once for the CLI tests (tests/cli/run-cli.ts spawns it with node).
    globalSetup: ["./tests/cli/bundle-cli.ts"],
    // The message catalogues from their TypeScript sources (the Worker loads them from its assets).
    setupFiles: ["./src/i18n/catalogues.ts"],
  },
});
