import type { D1Migration } from "cloudflare:test";
import type { Bindings } from "../../src/env.js";

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      TEST_MIGRATIONS: D1Migration[];
      /** Miniflare's Email Service simulation restricted to one verified address (vitest.config.ts). */
      SEND_EMAIL_VERIFIED_ONLY: SendEmail;
    }
  }
}
