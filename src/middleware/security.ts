import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.js";

/** Powerful browser features the app never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

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
  // A shared link's card may be framed by partners' sites; every other page (and a dead link) refuses framing.
  const embed = c.res.status === 200 && /^\/s\/[^/]+\/embed\//.test(c.req.path);
  // A 304 (etag.ts) has no body: the browser keeps its stored page and that page's policy and nonce.
  if (c.res.status !== 304)
    c.header(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        embed ? "frame-ancestors *" : "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ].join("; "),
    );
  c.header("X-Content-Type-Options", "nosniff");
  if (!embed) c.header("X-Frame-Options", "DENY");
  // A link page carries its token in the URL (sign-in, shared results): it never leaves in a Referer,
  // nor stays in a cache, and shared pages stay out of search engines.
  const linkPage = c.req.path.startsWith("/auth/") || c.req.path.startsWith("/s/");
  if (c.req.path.startsWith("/s/")) c.header("X-Robots-Tag", "noindex");
  c.header("Referrer-Policy", linkPage ? "no-referrer" : "same-origin");
  if (linkPage) c.header("Cache-Control", "no-store");
  c.header("Permissions-Policy", PERMISSIONS_POLICY);
  c.header("Cross-Origin-Opener-Policy", "same-origin");
  c.header("Cross-Origin-Resource-Policy", "same-origin");
  // Pages and htmx fragments share URLs and differ by session: no cache may hand one for the other.
  c.header("Vary", "Cookie, HX-Request", { append: true });
  const host = new URL(c.req.url).hostname;
  if (host !== "localhost" && host !== "127.0.0.1" && host !== "[::1]") {
    c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
});
