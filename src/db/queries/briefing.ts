import { sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { listPublicSnapshots } from "./snapshots.js";

/**
 * The published rounds a member was not part of because they joined later: rounds opened before they
 * joined and for which they were not eligible. Each with its synthesis and its public snapshots
 * (responses removed in the query).
 */
export async function listBriefingRounds(
  db: Db,
  forum: { id: number; minGroupSize: number },
  member: { id: number; joinedAt: string | null },
) {
  const forumId = forum.id;
  const rows = await db.all<{
    id: number;
    number: number;
    synthesis: string;
    publishedAt: string | null;
  }>(sql`
    SELECT r.id AS id, r.number AS number, r.synthesis AS synthesis, r.published_at AS publishedAt FROM rounds r
    WHERE r.forum_id = ${forumId} AND r.state = 'published' AND r.kind = 'standard'
      AND r.opened_at < coalesce(${member.joinedAt}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      AND NOT EXISTS (SELECT 1 FROM round_members rm WHERE rm.round_id = r.id AND rm.member_id = ${member.id})
    ORDER BY r.number`);
  // A briefing is read by an expert, who also reads pseudonymous answers: no subgroups (visibility.ts, F3).
  return Promise.all(
    rows.map(async (r) => ({ ...r, cards: await listPublicSnapshots(db, forum, r.id, false) })),
  );
}
