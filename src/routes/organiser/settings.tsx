import type { Context } from "hono";
import { Hono } from "hono";
import { SettingsPage, type SettingsValues } from "../../../views/pages/organiser/Settings.js";
import { cloneForum } from "../../db/queries/clone.js";
import { saveForumSettings } from "../../db/queries/forum-settings.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm, validateForm } from "../../validation/forms.js";
import { formatReminderSteps, forumSettingsForm } from "../../validation/settings.js";
import { forumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";
import { renderPage } from "../render.js";

/** /forums/:id/settings (sender name, consent text, reminder days, retention) and POST /forums/:id/clone. */
export const settingsRoutes = new Hono<ForumEnv>();

function page(
  c: Context<ForumEnv>,
  values: SettingsValues,
  errors: Record<string, string> = {},
  status: 200 | 422 = 200,
) {
  const title = c.get("i18n").t("ops.settings.title");
  return renderPage(
    c,
    forumPage(
      c,
      title,
      <SettingsPage
        forumId={c.get("forum").id}
        values={values}
        errors={errors}
        canClone={c.get("user")!.canCreateForums}
      />,
    ),
    status,
  );
}

settingsRoutes.get("/settings", forumAccess("organiser"), (c) => {
  const f = c.get("forum");
  return page(c, {
    senderName: f.senderName,
    consentText: f.consentText,
    reminderDays: formatReminderSteps(f.reminderDays ?? []),
    retentionDays: f.retentionDays == null ? "" : String(f.retentionDays),
    defaultMethod: f.defaultMethod,
    minRespondents: String(f.minRespondents),
    minResponseRate: String(Math.round(f.minResponseRate * 100)),
  });
});

settingsRoutes.post("/settings", forumAccess("organiser"), async (c) => {
  const body = await readForm(c.req);
  const form = validateForm(forumSettingsForm, body);
  if (!form.ok) {
    const s = (k: string) => String(body[k] ?? "");
    return page(
      c,
      {
        senderName: s("senderName"),
        consentText: s("consentText"),
        reminderDays: s("reminderDays"),
        retentionDays: s("retentionDays"),
        defaultMethod: s("defaultMethod"),
        minRespondents: s("minRespondents"),
        minResponseRate: s("minResponseRate"),
      },
      form.errors,
      422,
    );
  }
  await saveForumSettings(c.get("db"), c.get("forum").id, form.output, c.get("user")!);
  return c.redirect(withNotice(`/forums/${c.get("forum").id}/settings`, "settings-saved"), 303);
});

/** Cloning creates a forum: like /forums/new, only for users allowed to create forums (403 otherwise). */
settingsRoutes.post("/clone", forumAccess("organiser"), async (c) => {
  if (!c.get("user")!.canCreateForums) throw new AppError("forbidden", "cannot create forums");
  const forum = c.get("forum");
  const title = c.get("i18n").t("ops.clone.suffix", { title: forum.title }).slice(0, 200);
  const id = await cloneForum(c.get("db"), forum.id, title, c.get("user")!);
  return c.redirect(withNotice(`/forums/${id}`, "forum-cloned"), 303);
});
