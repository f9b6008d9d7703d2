import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// `npm run fuzz`: the HTTP fuzzer inside workerd against a real local D1, FUZZ_RUNS requests per POST
// route (default 10,000; GET routes get a fifth of that). FUZZ_SEED replays a run.
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            APP_ORIGIN: "http://localhost",
            FUZZ_RUNS: process.env.FUZZ_RUNS ?? "10000",
            ...(process.env.FUZZ_SEED ? { FUZZ_SEED: process.env.FUZZ_SEED } : {}),
          },
        },
      }),
    ],
    test: {
      include: ["tests/integration/fuzz*.test.ts"],
      setupFiles: ["./tests/integration/apply-migrations.ts"],
      testTimeout: 0,
      hookTimeout: 0,
    },
  };
});
