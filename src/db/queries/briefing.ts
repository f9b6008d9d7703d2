import { sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { listProposalResults } from "./proposals.js";
import { listPublicSnapshots } from "./snapshots.js";
import { listRoundEligibility } from "./stages.js";

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
  return Promise.all(rows.map(async (r) => ({ ...r, cards: await listPublicSnapshots(db, forum, r.id) })));
}

/** What the dashboard's issue-10 section needs: proposal results (published only) and eligibility per round. */
export async function loadProposalDashboard(db: Db, forumId: number, roundId: number | null) {
  const [results, eligibility] = await Promise.all([
    roundId ? listProposalResults(db, forumId, { roundId }) : Promise.resolve([]),
    listRoundEligibility(db, forumId, { publishedOnly: true }),
  ]);
  return { results, eligibility };
}
