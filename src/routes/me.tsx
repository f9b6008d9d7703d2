import { Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { ErasedPage, ErasePage, MeSettingsPage } from "../../views/pages/me/Settings.js";
import { eraseUser } from "../db/queries/erasure.js";
import { exportMyData, listMyConsents } from "../db/queries/export-me.js";
import { getUserSettings, saveUserSettings } from "../db/queries/forum-settings.js";
import type { AppEnv } from "../env.js";
import { createI18n, isLocale } from "../i18n/index.js";
import { LOCALE_COOKIE, requireUser, SESSION_COOKIE } from "../middleware/session.js";
import { readForm, validateForm } from "../validation/forms.js";
import { TIME_ZONES } from "../validation/schedule.js";
import { meSettingsForm } from "../validation/settings.js";
import { renderPage } from "./render.js";

/** The signed-in user's own pages: settings (time zone, language), data export and erasure. */
export const me = new Hono<AppEnv>();

function settingsPage(
  c: Parameters<typeof renderPage<AppEnv>>[0],
  values: { timeZone: string; locale: string },
  errors: Record<string, string>,
  saved = false,
  status: 200 | 422 = 200,
) {
  const { t } = c.get("i18n");
  return renderPage(
    c,
    {
      title: t("ops.me.settingsTitle"),
      crumbs: [{ label: t("forums.title"), href: "/forums" }, { label: t("ops.me.settingsTitle") }],
      body: <MeSettingsPage values={values} errors={errors} saved={saved} zones={TIME_ZONES} />,
    },
    status,
  );
}

me.get("/me/settings", requireUser, async (c) => {
  const s = await getUserSettings(c.get("db"), c.get("user")!.id);
  return settingsPage(c, { timeZone: s.timeZone, locale: s.locale ?? "" }, {}, c.req.query("saved") === "1");
});

me.post("/me/settings", requireUser, async (c) => {
  const body = await readForm(c.req);
  const form = validateForm(meSettingsForm, body);
  if (!form.ok)
    return settingsPage(
      c,
      { timeZone: String(body.timeZone ?? ""), locale: String(body.locale ?? "") },
      form.errors,
      false,
      422,
    );
  const locale = form.output.locale === "" ? null : form.output.locale;
  await saveUserSettings(c.get("db"), c.get("user")!.id, { timeZone: form.output.timeZone, locale });
  // The language cookie wins over users.locale (src/middleware/session.ts): keep them in step.
  if (locale && isLocale(locale))
    setCookie(c, LOCALE_COOKIE, locale, {
      httpOnly: true,
      sameSite: "Lax",
      secure: new URL(c.req.url).protocol === "https:",
      path: "/",
      maxAge: 365 * 24 * 3600,
    });
  else deleteCookie(c, LOCALE_COOKIE, { path: "/" });
  return c.redirect("/me/settings?saved=1", 303);
});

me.get("/me/export", requireUser, async (c) => {
  const data = await exportMyData(c.get("db"), c.get("user")!.id);
  c.header("Content-Disposition", 'attachment; filename="my-data.json"');
  return c.json(data);
});

me.get("/me/erase", requireUser, async (c) => {
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: t("ops.me.eraseTitle"),
    body: <ErasePage forums={await listMyConsents(c.get("db"), c.get("user")!.id)} />,
  });
});

me.post("/me/erase", requireUser, async (c) => {
  const { t } = c.get("i18n");
  const body = await readForm(c.req);
  if (String(body.confirm ?? "").trim() !== "ERASE")
    return renderPage(
      c,
      {
        title: t("ops.me.eraseTitle"),
        body: (
          <ErasePage
            forums={await listMyConsents(c.get("db"), c.get("user")!.id)}
            error="ops.me.eraseError"
          />
        ),
      },
      422,
    );
  await eraseUser(c.get("db"), c.get("user")!.id);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  c.set("user", null);
  c.set("i18n", createI18n(c.get("i18n").locale));
  return renderPage(c, { title: t("ops.me.erasedTitle"), body: <ErasedPage /> });
});
