import type { Context } from "hono";
import { Hono } from "hono";
import { PanelImportPage } from "../../../views/pages/organiser/Import.js";
import { newSecret } from "../../crypto.js";
import { type ImportInvite, importPanel, listMemberEmails } from "../../db/queries/panel-import.js";
import { defaultStage } from "../../db/queries/stages.js";
import { mailBudget } from "../../mail/budget.js";
import { i18nFor, recipientSettings } from "../../mail/language.js";
import { sendBatchAfterResponse } from "../../mail/outbox.js";
import { invitationMail } from "../../mail/templates.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { checkPanelCsv, type PanelRow } from "../../validation/csv.js";
import { renderForumPage } from "../crumbs.js";
import { appOrigin } from "../origin.js";
import { countInQuery } from "../params.js";
import { readImportForm } from "./import-form.js";

/**
 * /forums/:id/panel/import: a panel from CSV (name, email, institution, country[, role]). POST with
 * step=preview (pasted text or an uploaded file) shows every row with its errors and sends nothing;
 * step=confirm re-checks the same text and invites the valid rows (one batch per 20 rows).
 */
export const importRoutes = new Hono<ForumEnv>();

const MAX_ROWS = 500;

function page(
  c: Context<ForumEnv>,
  p: {
    csv: string;
    rows: PanelRow[] | null;
    error?: string;
    done?: number;
    held?: { count: number; cap: number };
  },
  status: 200 | 422 = 200,
) {
  const { forum, i18n } = c.var;
  const title = i18n.t("ops.import.title");
  return renderForumPage(c, title, <PanelImportPage forumId={forum.id} {...p} />, status);
}

importRoutes.get("/panel/import", forumAccess("organiser"), (c) => {
  const held = countInQuery(c, "held", 4);
  const cap = countInQuery(c, "cap", 7);
  return page(c, {
    csv: "",
    rows: null,
    done: countInQuery(c, "done", 4),
    held: held === undefined || cap === undefined ? undefined : { count: held, cap },
  });
});

importRoutes.post("/panel/import", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const { text: csv, confirm } = await readImportForm(c.req, "csv", 200_000);
  if (!csv.trim()) return page(c, { csv, rows: null, error: "ops.import.error.empty" }, 422);
  const members = await listMemberEmails(db, forum.id);
  const rows = checkPanelCsv(csv, (e) => members.has(e));
  if (rows.length > MAX_ROWS) return page(c, { csv, rows: null, error: "ops.import.error.tooMany" }, 422);
  if (!confirm) return page(c, { csv, rows });
  // Bulk invitations stop at the sending budget (src/mail/budget.ts); the page says how many were held.
  const budget = await mailBudget(db, c.env, forum.id);
  const all = rows.filter((r) => r.errors.length === 0);
  const valid = all.slice(0, budget.remaining);
  const held = all.length - valid.length;
  const inviter = user!;
  const settings = await recipientSettings(
    db,
    valid.map((r) => r.email),
  );
  const invites: ImportInvite[] = [];
  for (const r of valid) {
    const { token, hash } = await newSecret();
    // In the invitee's language: their own setting if they have an account, else the forum's.
    const mail = invitationMail(
      i18nFor(settings.get(r.email.toLowerCase()) ?? { locale: null }, forum.defaultLocale, forum.mode),
      {
        forum: forum.title,
        inviter: inviter.name,
        name: r.name,
        link: `${appOrigin(c)}/auth/${token}`,
        role: r.role,
        anonymity: forum.anonymity,
      },
    );
    invites.push({
      name: r.name,
      email: r.email,
      role: r.role,
      institution: r.institution && r.country ? { name: r.institution, country: r.country } : null,
      tokenHash: hash,
      mail: { ...mail, replyTo: inviter.email },
    });
  }
  const done = await importPanel(db, forum.id, invites, inviter, await defaultStage(db, forum.id));
  await sendBatchAfterResponse(c);
  const heldQuery = held > 0 ? `&held=${held}&cap=${budget.cap}` : "";
  return c.redirect(`/forums/${forum.id}/panel/import?done=${done}${heldQuery}`, 303);
});
