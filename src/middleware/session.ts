import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import * as v from "valibot";
import { createDb } from "../db/client.js";
import { findSessionUser } from "../db/queries/auth.js";
import type { AppEnv } from "../env.js";
import { AppError } from "../errors.js";
import { createI18n, isLocale, negotiateLocale } from "../i18n/index.js";
import { idInPath } from "../validation/params.js";
import { guard } from "./guards.js";

export const SESSION_COOKIE = "sf_session";
export const LOCALE_COOKIE = "sf_locale";

/** Opens the database, loads the session's user (if any) and the reader's language. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const db = createDb(c.env.DB);
  c.set("db", db);
  const cookie = getCookie(c, SESSION_COOKIE);
  const found = cookie ? await findSessionUser(db, cookie, Date.now(), forumIdInUrl(c.req.path)) : null;
  c.set("user", found ? { ...found.user, canCreateForums: Boolean(found.user.canCreateForums) } : null);
  c.set("sessionId", found?.sessionId ?? null);
  if (found?.membership) c.set("membership", found.membership);
  const chosen = getCookie(c, LOCALE_COOKIE);
  const locale = isLocale(chosen)
    ? chosen
    : isLocale(found?.user.locale)
      ? found.user.locale
      : negotiateLocale(c.req.header("Accept-Language"));
  c.set("i18n", createI18n(locale, found?.user.timeZone ?? "UTC"));
  await next();
  // A signed-in page stays out of every cache, unless the route chose otherwise (published results
  // revalidate with an ETag, etag.ts; signing out clears the browser's cache).
  if (found && !c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
});

/** The forum a page under /forums/:forumId is about, or undefined: its membership is read with the session. */
function forumIdInUrl(path: string): number | undefined {
  const segment = /^\/forums\/([^/]+)/.exec(path)?.[1];
  const id = segment === undefined ? undefined : v.safeParse(idInPath, segment);
  return id?.success ? id.output : undefined;
}

/** Refuses anonymous callers: pages redirect to sign-in, APIs answer 401 JSON. */
export const requireUser = guard(
  "signed in",
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get("user")) {
      if (c.req.path.startsWith("/api/")) {
        throw new AppError("unauthorized", "sign-in required");
      }
      if (c.req.method === "GET") {
        return c.redirect(`/signin?next=${encodeURIComponent(c.req.path)}`, 303);
      }
      throw new AppError("unauthorized", "sign-in required");
    }
    await next();
  }),
);
