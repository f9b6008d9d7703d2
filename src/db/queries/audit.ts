import { sql } from "drizzle-orm";
import { csvDocument } from "../../csv.js";
import type { AuditEntry } from "../../domain/audit-log.js";
import { runOne } from "../batch.js";
import type { Db } from "../client.js";

/**
 * A forum's audit log, newest first (ties by id), `limit` entries before the entry `before` (keyset
 * paging, stable while rows are appended). Actors are named (organisers read this), never by pseudonym.
 */
export async function listAudit(
  db: Db,
  forumId: number,
  opts: { limit: number; before?: number | null } = { limit: 50 },
): Promise<AuditEntry[]> {
  const res = await runOne(
    db,
    sql`SELECT a.id, a.at, a.action, u.name AS actor, a.target_type AS targetType, a.target_id AS targetId, a.detail,
        (SELECT m.role FROM members m WHERE m.forum_id = a.forum_id AND m.user_id = a.actor_user_id) AS actorRole
      FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
      WHERE a.forum_id = ${forumId} ${opts.before ? sql`AND a.id < ${opts.before}` : sql``}
      ORDER BY a.id DESC LIMIT ${opts.limit}`,
  );
  return (res.results as Record<string, unknown>[]).map((r) => ({
    id: Number(r.id),
    at: String(r.at),
    action: String(r.action),
    actor: (r.actor as string | null) ?? null,
    actorRole: (r.actorRole as string | null) ?? null,
    target: { type: String(r.targetType), id: (r.targetId as string | null) ?? null },
    detail: parse(r.detail),
  }));
}

function parse(raw: unknown): unknown {
  if (typeof raw !== "string") return raw ?? null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** The audit log as CSV (header: at, action, actor, target_type, target_id, detail), by the app's one CSV writer. */
export function auditCsv(entries: readonly AuditEntry[], scheduleLabel = "schedule"): string {
  return csvDocument([
    ["at", "action", "actor", "target_type", "target_id", "detail"],
    ...entries.map((e) => [
      e.at,
      e.action,
      e.actor ?? scheduleLabel,
      e.target.type,
      e.target.id ?? "",
      e.detail == null ? "" : JSON.stringify(e.detail),
    ]),
  ]);
}

export type { AuditEntry } from "../../domain/audit-log.js";
