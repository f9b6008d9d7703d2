import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { sha256Hex } from "../crypto.js";
import type { AppEnv } from "../env.js";

/**
 * Conditional GETs for pages of published results, which never change once published: a 200 page carries
 * an ETag (a hash of its HTML) and `Cache-Control: private, no-cache`, so the browser keeps it and asks
 * again each time; when nothing changed, the answer is a 304 with no body. The hash leaves out the
 * response's CSP nonce, which differs on every response; a 304 carries no CSP (security.ts), so the
 * browser keeps the stored page together with the policy whose nonce that page holds.
 *
 * The page is still rendered to be hashed: this saves the transfer, not the render. Everything that
 * differs between readers (the signed-in name, the language, a notice) is in the HTML, so in the hash.
 */
export const revalidate = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method !== "GET" || c.res.status !== 200) return;
  if (!(c.res.headers.get("Content-Type") ?? "").startsWith("text/html")) return;
  // A kept page has its ETag already, from its parts' hashes (rendered-cache.tsx).
  if (c.res.headers.has("ETag")) return;
  const body = await c.res.clone().text();
  const nonce = c.get("nonce");
  c.res = conditional(c, c.res, await etagOf(nonce ? body.replaceAll(nonce, "") : body));
});

/** A weak ETag for content identified by `text` (the HTML, or the hashes of its parts). */
export const etagOf = async (text: string) => `W/"${(await sha256Hex(text)).slice(0, 32)}"`;

const CACHE_CONTROL = "private, no-cache";

/**
 * `res` with its ETag and `Cache-Control`, or a bodiless 304 when the reader already holds that version
 * (`If-None-Match`).
 */
export function conditional(c: Context, res: Response, etag: string): Response {
  const asked = c.req.header("If-None-Match") ?? "";
  if (asked.split(",").some((tag) => tag.trim() === etag)) {
    const headers = new Headers({ ETag: etag, "Cache-Control": CACHE_CONTROL });
    const vary = res.headers.get("Vary");
    if (vary) headers.set("Vary", vary);
    return new Response(null, { status: 304, headers });
  }
  res.headers.set("ETag", etag);
  res.headers.set("Cache-Control", CACHE_CONTROL);
  return res;
}
