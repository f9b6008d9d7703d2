import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests that run inside workerd against a real local D1 (migrated afresh for each file).
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // MAIL_MODE "outbox": a test's messages stay in D1 unless the test sends them itself
          // (tests/integration/mail.test.ts sets "send" and MAIL_FROM on its own env).
          bindings: { TEST_MIGRATIONS: migrations, APP_ORIGIN: "http://localhost", MAIL_MODE: "outbox" },
          // Miniflare's simulation of the Email Service binding, twice: SEND_EMAIL as wrangler.toml
          // declares it (any recipient, as in production from an onboarded domain), and one that only
          // reaches a verified address, as an account that has not onboarded its domain: every other
          // recipient is refused by the simulation itself (the failing send of the retry tests).
          email: {
            send_email: [
              { name: "SEND_EMAIL" },
              { name: "SEND_EMAIL_VERIFIED_ONLY", allowed_destination_addresses: ["verified@example.org"] },
            ],
          },
        },
      }),
    ],
    test: {
      include: ["tests/integration/**/*.test.ts", "tests/integration/**/*.test.tsx"],
      setupFiles: ["./tests/helpers/apply-migrations.ts"],
      // Tests that walk many pages take seconds on a loaded 2-core machine: a limit for hangs, not a timing goal.
      testTimeout: 30_000,
    },
  };
});
