import { sql } from "drizzle-orm";
import { audit } from "../audit.js";
import { runOne } from "../batch.js";
import type { Db } from "../client.js";
import { eraseUser } from "./erasure.js";

export type RetentionReport = { forums: number[]; erased: number };

/**
 * Applies each closed forum's retention setting: once `closed_at` + `retention_days` has passed, the
 * experts of that forum who are not yet erased and belong (invited or active) to no other forum that
 * is still open (closed_at IS NULL) are erased with eraseUser (identity tombstoned, answers kept under
 * their pseudonyms), with `member.erase` audit rows that have no actor and `{reason: "retention"}`,
 * then one `forum.retention` audit row per forum that erased someone. Idempotent: erased users are
 * never selected again, so a second run changes nothing and audits nothing.
 */
export async function applyRetention(db: Db, nowMs = Date.now()): Promise<RetentionReport> {
  const now = new Date(nowMs).toISOString();
  const due = await runOne(
    db,
    sql`SELECT id FROM forums WHERE closed_at IS NOT NULL AND retention_days IS NOT NULL
      AND strftime('%Y-%m-%dT%H:%M:%fZ', closed_at, '+' || retention_days || ' days') <= ${now}
      ORDER BY id`,
  );
  const report: RetentionReport = { forums: [], erased: 0 };
  for (const { id: forumId } of due.results as { id: number }[]) {
    const users = await runOne(
      db,
      sql`SELECT DISTINCT u.id FROM members m JOIN users u ON u.id = m.user_id
        WHERE m.forum_id = ${forumId} AND m.role = 'expert' AND u.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM members o JOIN forums f ON f.id = o.forum_id
            WHERE o.user_id = u.id AND o.forum_id <> ${forumId} AND o.status IN ('invited', 'active')
              AND f.closed_at IS NULL)`,
    );
    let erased = 0;
    for (const { id } of users.results as { id: number }[])
      if (await eraseUser(db, Number(id), nowMs, { actor: null, reason: "retention" })) erased++;
    if (erased > 0) {
      await runOne(
        db,
        audit({
          forumId,
          actor: null,
          action: "forum.retention",
          targetType: "forum",
          targetId: forumId,
          detail: { erased },
        }),
      );
      report.forums.push(Number(forumId));
      report.erased += erased;
    }
  }
  return report;
}
