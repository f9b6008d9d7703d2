import { Hono } from "hono";
import { AuditPage } from "../../../views/pages/organiser/Audit.js";
import { listAudit } from "../../db/queries/audit.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { forumPage } from "../crumbs.js";
import { renderPage } from "../render.js";

const PAGE = 50;

/** GET /forums/:id/audit: the audit log for organisers, newest first, 50 a page (`?before=<id>`). */
export const auditRoutes = new Hono<ForumEnv>();

auditRoutes.get("/audit", forumAccess("organiser"), async (c) => {
  const raw = c.req.query("before");
  const before = raw && /^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : null;
  const entries = await listAudit(c.get("db"), c.get("forum").id, { limit: PAGE, before });
  const title = c.get("i18n").t("ops.audit.title");
  return renderPage(
    c,
    forumPage(
      c,
      title,
      <AuditPage
        forumId={c.get("forum").id}
        entries={entries}
        older={entries.length === PAGE ? entries.at(-1)!.id : null}
        newer={before !== null}
      />,
    ),
  );
});
