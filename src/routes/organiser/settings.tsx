import type { Context } from "hono";
import { Hono } from "hono";
import { SettingsPage, type SettingsValues } from "../../../views/pages/organiser/Settings.js";
import { cloneForum } from "../../db/queries/clone.js";
import { saveForumSettings } from "../../db/queries/forum-settings.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm, validateForm } from "../../validation/forms.js";
import { formatReminderSteps, forumSettingsForm } from "../../validation/settings.js";
import { renderForumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";

/** /forums/:id/settings (sender name, consent text, reminder days, retention) and POST /forums/:id/clone. */
export const settingsRoutes = new Hono<ForumEnv>();

function page(
  c: Context<ForumEnv>,
  values: SettingsValues,
  errors: Record<string, string> = {},
  status: 200 | 422 = 200,
) {
  const { forum, i18n, user } = c.var;
  return renderForumPage(
    c,
    i18n.t("ops.settings.title"),
    <SettingsPage forumId={forum.id} values={values} errors={errors} canClone={user!.canCreateForums} />,
    status,
  );
}

settingsRoutes.get("/settings", forumAccess("organiser"), (c) => {
  const f = c.var.forum;
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
  const { db, forum, user } = c.var;
  await saveForumSettings(db, forum.id, form.output, user!);
  return c.redirect(withNotice(`/forums/${forum.id}/settings`, "settings-saved"), 303);
});

/** Cloning creates a forum: like /forums/new, only for users allowed to create forums (403 otherwise). */
settingsRoutes.post("/clone", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n, user } = c.var;
  if (!user!.canCreateForums) throw new AppError("forbidden", "cannot create forums");
  const title = i18n.t("ops.clone.suffix", { title: forum.title }).slice(0, 200);
  const id = await cloneForum(db, forum.id, title, user!);
  return c.redirect(withNotice(`/forums/${id}`, "forum-cloned"), 303);
});
