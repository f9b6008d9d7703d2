import { Hono } from "hono";
import { AuditPage } from "../../../views/pages/organiser/Audit.js";
import { listAudit } from "../../db/queries/audit.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { renderForumPage } from "../crumbs.js";

const PAGE = 50;

/** GET /forums/:id/audit: the audit log for organisers, newest first, 50 a page (`?before=<id>`). */
export const auditRoutes = new Hono<ForumEnv>();

auditRoutes.get("/audit", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const raw = c.req.query("before");
  const before = raw && /^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : null;
  const entries = await listAudit(db, forum.id, { limit: PAGE, before });
  const older = entries.length === PAGE ? entries.at(-1)!.id : null;
  return renderForumPage(
    c,
    i18n.t("ops.audit.title"),
    <AuditPage forumId={forum.id} entries={entries} older={older} newer={before !== null} />,
  );
});
