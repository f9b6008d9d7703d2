import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests that run inside workerd against a real local D1 (migrated afresh for each file).
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: { bindings: { TEST_MIGRATIONS: migrations, APP_ORIGIN: "http://localhost" } },
      }),
    ],
    test: {
      include: ["tests/integration/**/*.test.ts", "tests/integration/**/*.test.tsx"],
      setupFiles: ["./tests/integration/apply-migrations.ts"],
    },
  };
});
