import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.js";

/**
 * Browser defences on every response: a CSP with a per-response nonce and no inline script or eval,
 * framing refused, no MIME sniffing, a strict referrer policy, and HSTS outside localhost.
 */
export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const nonce = btoa(String.fromCharCode(...bytes));
  c.set("nonce", nonce);
  await next();
  c.header(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ].join("; "),
  );
  c.header("X-Content-Type-Options", "nosniff");
  c.header("X-Frame-Options", "DENY");
  c.header("Referrer-Policy", "same-origin");
  const host = new URL(c.req.url).hostname;
  if (host !== "localhost" && host !== "127.0.0.1" && host !== "[::1]") {
    c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
});
