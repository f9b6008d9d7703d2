import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import { I18nContext } from "../../views/context.js";
import { sha256Hex } from "../crypto.js";
import { conditional, etagOf } from "../middleware/etag.js";
import type { ForumEnv } from "../middleware/forum-access.js";

/**
 * Rendered results kept in the isolate. A dashboard at 300 experts × 40 questions is ~150 KiB of HTML
 * whose rendering costs tens of milliseconds, and every reader of a forum gets the same HTML until
 * something it shows changes. The key holds everything the HTML depends on: the forum's row (its
 * settings, stored scores and `results_version`, which triggers bump on every write to what results
 * show: migration 0015), the reader's role, language and time zone, and the URL. What varies per
 * request (the signed-in user's menu, the CSP nonce) stays outside, in the page around it.
 */
const MAX_BYTES = 8 * 1024 * 1024;
const kept = new Map<string, Rendered>();
let keptBytes = 0;

/** The forum reader's part of a key: the forum as read this request, the role, language, zone and URL. */
export function readerKey(c: Context<ForumEnv>, what: string): string {
  const { forum, member, i18n } = c.var;
  const url = new URL(c.req.url);
  return JSON.stringify([what, forum, member.role, i18n.locale, i18n.timeZone, url.pathname, url.search]);
}

/**
 * What a render gives: whether it is a fragment or a page's body, and, computed once, its HTML's UTF-8
 * bytes and their hash (a kept response is assembled from bytes and its ETag from hashes: encoding and
 * hashing 150 KiB per request cost more than the rest of the request).
 */
export type Rendered = {
  fragment: boolean;
  bytes: Uint8Array<ArrayBuffer>;
  hash: string;
};

/**
 * The HTML of `render()` under `key`, rendered on the first call and reused until evicted (least
 * recently used first, past MAX_BYTES). `render` runs inside the reader's I18n context.
 */
export async function renderedOnce(
  c: Context<ForumEnv>,
  key: string,
  render: () => Promise<{ body: Child; fragment: boolean }>,
): Promise<Rendered> {
  const hit = kept.get(key);
  if (hit !== undefined) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const { body, fragment } = await render();
  const node = <I18nContext.Provider value={c.var.i18n}>{body}</I18nContext.Provider>;
  const text = String(await node.toString());
  const rendered = { fragment, bytes: concat(encoder.encode(text)), hash: await sha256Hex(text) };
  const before = kept.get(key);
  if (before) keptBytes -= before.bytes.length;
  kept.set(key, rendered);
  keptBytes += rendered.bytes.length;
  for (const [k, v] of kept) {
    if (keptBytes <= MAX_BYTES) break;
    kept.delete(k);
    keptBytes -= v.bytes.length;
  }
  return rendered;
}

const encoder = new TextEncoder();

/** Where a kept body goes in the page rendered around it. */
const SLOT = "<!--kept-body-->";

/**
 * The response for a kept render: the fragment alone, or `page(body)` (the page around it, rendered per
 * request: the user's menu, the nonce) with the kept bytes in place of the body. The ETag hashes the
 * page around it (without its nonce) and the body's kept hash; a reader who holds that version gets a 304.
 */
export async function keptResponse(
  c: Context<ForumEnv>,
  kept: Rendered,
  page: (body: HtmlEscapedString) => Response | Promise<Response>,
): Promise<Response> {
  if (kept.fragment)
    return conditional(c, c.body(kept.bytes, 200, { "Content-Type": HTML }), await etagOf(kept.hash));
  const around = await page(raw(SLOT));
  const text = await around.text();
  const at = text.indexOf(SLOT);
  const [head, tail] = [text.slice(0, at), text.slice(at + SLOT.length)];
  const nonce = c.get("nonce");
  const shell = nonce ? `${head}${SLOT}${tail}`.replaceAll(nonce, "") : `${head}${SLOT}${tail}`;
  const body = concat(encoder.encode(head), kept.bytes, encoder.encode(tail));
  const res = new Response(body, { status: around.status, headers: around.headers });
  return conditional(c, res, await etagOf(`${shell}\n${kept.hash}`));
}

const HTML = "text/html; charset=UTF-8";

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
