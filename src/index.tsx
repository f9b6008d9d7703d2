import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { ErrorPage } from "../views/pages/ErrorPage.js";
import type { AppEnv, Bindings } from "./env.js";
import { AppError, codeForStatus, ERROR_STATUS, type ErrorCode, errorBody } from "./errors.js";
import { loadCatalogues } from "./i18n/assets.js";
import { createI18n } from "./i18n/index.js";
import { bodyLimits, contentTypeGuard } from "./middleware/content-type.js";
import { securityHeaders } from "./middleware/security.js";
import { serverTiming } from "./middleware/server-timing.js";
import { loadSession } from "./middleware/session.js";
import { api } from "./routes/api.js";
import { auth } from "./routes/auth.js";
import { excaliburImport } from "./routes/excalibur-import.js";
import { forumRoutes } from "./routes/forums.js";
import { glossary } from "./routes/glossary.js";
import { home } from "./routes/home.js";
import { locale } from "./routes/locale.js";
import { me } from "./routes/me.js";
import { reminderRoutes } from "./routes/reminders.js";
import { renderPage } from "./routes/render.js";
import { shared } from "./routes/shared.js";
import { runScheduled } from "./scheduled.js";

const app = new Hono<AppEnv>();

app.use(serverTiming);
app.use(securityHeaders);
// The message catalogues, from the static assets on an isolate's first request (src/i18n/assets.ts).
app.use(async (c, next) => {
  await loadCatalogues(c.env.ASSETS);
  await next();
});
app.use(bodyLimits);
// One-click unsubscribe (RFC 8058) is POSTed by mailbox providers' servers, which send no Origin: that
// path alone skips the origin check (its unguessable key is the credential; src/routes/reminders.tsx).
const csrfCheck = csrf();
const ONE_CLICK_UNSUBSCRIBE = /^\/reminders\/unsubscribe\/[A-Za-z0-9_-]+$/;
app.use((c, next) =>
  c.req.method === "POST" && ONE_CLICK_UNSUBSCRIBE.test(c.req.path) ? next() : csrfCheck(c, next),
);
app.use(contentTypeGuard);
app.use(loadSession);

app.route("/", home);
app.route("/", excaliburImport);
app.route("/", auth);
app.route("/", locale);
app.route("/", glossary);
app.route("/", shared);
app.route("/", forumRoutes);
app.route("/", me);
app.route("/", reminderRoutes);
app.route("/api/v1", api);

app.notFound((c) => {
  if (c.req.path.startsWith("/api/")) return c.json(errorBody("not_found", "not found"), 404);
  if (!c.get("i18n")) c.set("i18n", createI18n("en"));
  const { t } = c.get("i18n");
  return renderPage(c, { title: t("error.notFoundTitle"), body: <ErrorPage status={404} /> }, 404);
});

/**
 * A unique index refused a write that raced another request doing the same (two round creations, two
 * identical memberships at once): the other request won, so this one is a conflict (409), not a server
 * error. D1 reports it as "UNIQUE constraint failed", possibly wrapped by drizzle in `cause`.
 */
function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++)
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT_UNIQUE/.test(e.message)) return true;
  return false;
}

/**
 * Every error answers with a code of the closed set (src/errors.ts): AppError carries its own; an
 * HTTPException from Hono itself (CSRF, body limits) is mapped by its status; a unique-index race is a
 * conflict; anything else is internal, logged here and never shown.
 */
app.onError((err, c) => {
  const code: ErrorCode =
    err instanceof AppError
      ? err.code
      : err instanceof HTTPException
        ? codeForStatus(err.status)
        : isUniqueViolation(err)
          ? "conflict"
          : "internal";
  const status = ERROR_STATUS[code];
  if (code === "internal") console.error(`[error] ${c.req.method} ${c.req.path}:`, err);
  if (c.req.path.startsWith("/api/")) {
    const message =
      code === "internal"
        ? "internal error"
        : err instanceof HTTPException
          ? err.message
          : "changed by another request at the same time; reload and try again";
    return c.json(errorBody(code, message), status);
  }
  if (!c.get("i18n")) c.set("i18n", createI18n("en"));
  if (!c.get("nonce")) c.set("nonce", "");
  if (status === 401 && c.req.method === "GET")
    return c.redirect(`/signin?next=${encodeURIComponent(c.req.path)}`, 303);
  const { t } = c.get("i18n");
  return renderPage(
    c,
    { title: t(status === 404 ? "error.notFoundTitle" : "error.title"), body: <ErrorPage status={status} /> },
    status,
  );
});

export default {
  fetch: app.fetch,
  scheduled: async (controller: ScheduledController, env: Bindings, ctx: ExecutionContext) => {
    ctx.waitUntil(runScheduled(env, new Date(controller.scheduledTime)).then(() => undefined));
  },
} satisfies ExportedHandler<Bindings>;

export { app };
