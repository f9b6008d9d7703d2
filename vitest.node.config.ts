import { defineConfig } from "vitest/config";

// Pure engine, CLI and other Node-side tests (not inside workerd).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/cli/**/*.test.ts"],
    environment: "node",
  },
});
