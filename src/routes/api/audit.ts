import { Hono } from "hono";
import { auditCsv, listAudit } from "../../db/queries/audit.js";
import { type AuditEntry, auditEntryForToken } from "../../domain/audit-log.js";
import { type ApiEnv, apiError, forumForOrganiser } from "./auth.js";

/**
 * GET /api/v1/forums/:id/audit — the forum's audit log, newest first, for organisers (session) and
 * the forum's read tokens; experts and stakeholders 403, anyone else 404. Entries: `id`, `action`,
 * `at` (UTC ISO), `actor` (a name, or null for the schedule), `target` {type, id}, `detail`.
 * Paging: `limit` (1..500, default 100) and `before` (an entry id); `next` is the `before` of the
 * following page, or null. `?format=csv` returns every entry as CSV (text/csv attachment).
 */
export const auditEndpoint = new Hono<ApiEnv>();

auditEndpoint.get("/forums/:id/audit", async (c) => {
  const { found, refusal } = await forumForOrganiser(c, "the audit log is for organisers");
  if (refusal) return refusal;
  const db = c.get("db");
  // Through a read token: the export rule, no names or e-mail addresses (F5); organisers signed in read it all.
  const view = (e: AuditEntry) => (found.role === "token" ? auditEntryForToken(e) : e);
  if (c.req.query("format") === "csv") {
    const all: AuditEntry[] = [];
    let before: number | null = null;
    for (;;) {
      const page = await listAudit(db, found.forum.id, { limit: 500, before });
      all.push(...page.map(view));
      if (page.length < 500) break;
      before = page.at(-1)!.id;
    }
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="forum-${found.forum.id}-audit.csv"`);
    return c.body(auditCsv(all));
  }
  const limitRaw = Number(c.req.query("limit") ?? 100);
  const beforeRaw = c.req.query("before");
  if (!Number.isInteger(limitRaw) || limitRaw < 1 || limitRaw > 500)
    return apiError(c, "bad_request", "limit must be 1..500");
  if (beforeRaw !== undefined && !/^[1-9]\d{0,12}$/.test(beforeRaw))
    return apiError(c, "bad_request", "before must be an entry id");
  const entries = await listAudit(db, found.forum.id, {
    limit: limitRaw,
    before: beforeRaw ? Number(beforeRaw) : null,
  });
  return c.json({
    forumId: found.forum.id,
    entries: entries.map(view),
    next: entries.length === limitRaw ? entries.at(-1)!.id : null,
  });
});
