import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import { I18nContext } from "../../views/context.js";
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

/** What a render gives: its HTML, and whether it is a fragment or a page's body. */
export type Rendered = { html: HtmlEscapedString; fragment: boolean };

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
  const rendered = { html: raw(String(await node.toString())), fragment };
  const before = kept.get(key);
  if (before) keptBytes -= before.html.length;
  kept.set(key, rendered);
  keptBytes += rendered.html.length;
  for (const [k, v] of kept) {
    if (keptBytes <= MAX_BYTES) break;
    kept.delete(k);
    keptBytes -= v.html.length;
  }
  return rendered;
}
