import { sql } from "drizzle-orm";
import type { AttritionTable, RoundMemberRow } from "../../domain/attrition.js";
import { computeAttrition } from "../../domain/attrition.js";
import { runOne } from "../batch.js";
import type { Db } from "../client.js";

/**
 * Every round_members row of a forum's opened rounds with the expert's institution and how many of
 * the round's questions they have a current submitted answer to (one query; organisers only). The
 * per-member count is pinned to answers_member (member, round): left to itself SQLite searched
 * answers_current by round and read the whole round's answers once per member (8,492 rows for the
 * overview at 30 experts, 731,755 at 300; now linear in the panel).
 */
export async function listRoundMemberProgress(db: Db, forumId: number): Promise<RoundMemberRow[]> {
  const res = await runOne(
    db,
    sql`SELECT r.number AS roundNumber, rm.member_id AS memberId, i.name AS institution, rm.late AS late, r.state = 'open' AS open,
        (SELECT count(DISTINCT a.question_id) FROM answers a INDEXED BY answers_member
          JOIN round_questions rq ON rq.round_id = a.round_id AND rq.question_id = a.question_id
          WHERE a.round_id = rm.round_id AND a.member_id = rm.member_id
            AND a.status = 'submitted' AND a.superseded_at IS NULL) AS answered,
        (SELECT count(*) FROM round_questions rq WHERE rq.round_id = r.id) AS questions
      FROM round_members rm
      JOIN rounds r ON r.id = rm.round_id
      JOIN members m ON m.id = rm.member_id
      LEFT JOIN institutions i ON i.id = m.institution_id
      WHERE r.forum_id = ${forumId} AND r.state <> 'draft' AND m.role = 'expert'`,
  );
  return (res.results as Record<string, unknown>[]).map((r) => ({
    roundNumber: Number(r.roundNumber),
    memberId: Number(r.memberId),
    institution: (r.institution as string | null) ?? null,
    late: Boolean(r.late),
    answered: Number(r.answered),
    questions: Number(r.questions),
    ...(Number(r.open) ? { open: true } : {}),
  }));
}

/** The forum's attrition table; `foldBelow` (strict forums) folds institutions as computeAttrition says. */
export async function loadAttrition(db: Db, forumId: number, foldBelow?: number): Promise<AttritionTable> {
  return computeAttrition(await listRoundMemberProgress(db, forumId), foldBelow);
}

export type { AttritionTable, RateCell, RoundMemberRow } from "../../domain/attrition.js";
export { computeAttrition };
