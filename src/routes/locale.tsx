import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { setUserLocale } from "../db/queries/translations.js";
import type { AppEnv } from "../env.js";
import { isLocale } from "../i18n/index.js";
import { publicRoute } from "../middleware/guards.js";
import { LOCALE_COOKIE } from "../middleware/session.js";

export const locale = new Hono<AppEnv>();

const YEAR_S = 365 * 24 * 3600;

/** A same-origin path to return to: starts with one slash, no scheme, no `//` or `/\` (open redirect). */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\"))
    return "/";
  if ([...next].some((ch) => ch.charCodeAt(0) < 0x20 || ch === "\\")) return "/";
  return next;
}

/** Remembers the reader's language (cookie; for a signed-in user also users.locale) and goes back. */
locale.post("/locale", publicRoute, async (c) => {
  const form = await c.req.parseBody();
  const chosen = form.locale;
  const next = safeNext(form.next);
  if (!isLocale(chosen)) return c.redirect(next, 303);
  setCookie(c, LOCALE_COOKIE, chosen, {
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    maxAge: YEAR_S,
  });
  const user = c.get("user");
  if (user) await setUserLocale(c.get("db"), user.id, chosen);
  return c.redirect(next, 303);
});
