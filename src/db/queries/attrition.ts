import { sql } from "drizzle-orm";
import {
  type AttritionTable,
  attritionByInstitution,
  attritionByRound,
  computeAttrition,
  type RoundMemberRow,
} from "../../domain/attrition.js";
import { runOne } from "../batch.js";
import type { Db } from "../client.js";
import { listGroupTallies, listRoundTotals } from "./round-tallies.js";

/**
 * The recount that the kept counts (round_tallies) must always equal, through computeAttrition's
 * `tallyRoster`: every round_members row of a forum's opened rounds with the expert's institution and how many of
 * the round's questions they have a current submitted answer to (one query; organisers only). That count
 * is kept on the row by every write of answers (round_members.answered), so the overview reads no answer:
 * counted per request it read every answer of every round (8,492 rows at 30 experts, 731,755 at 300
 * before it was pinned to an index, then one index entry per answer).
 */
export async function listRoundMemberProgress(db: Db, forumId: number): Promise<RoundMemberRow[]> {
  const res = await runOne(
    db,
    sql`SELECT r.number AS roundNumber, rm.member_id AS memberId, i.name AS institution, rm.late AS late, r.state = 'open' AS open,
        rm.answered AS answered, coalesce(q.questions, 0) AS questions
      FROM round_members rm
      LEFT JOIN (SELECT rq.round_id AS round_id, count(*) AS questions FROM round_questions rq
          JOIN rounds r2 ON r2.id = rq.round_id WHERE r2.forum_id = ${forumId} AND r2.state <> 'draft'
          GROUP BY rq.round_id) q ON q.round_id = rm.round_id
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

/**
 * The forum's attrition table, per round and per institution (rounds × institutions rows); `foldBelow`
 * (strict forums) folds institutions as attritionByInstitution says.
 */
export async function loadAttrition(db: Db, forumId: number, foldBelow?: number): Promise<AttritionTable> {
  const [totals, groups] = await Promise.all([listRoundTotals(db, forumId), listGroupTallies(db, forumId)]);
  const shown = new Set(totals.map((t) => t.roundNumber));
  return {
    rounds: attritionByRound(totals),
    institutions: attritionByInstitution(
      totals.map((t) => ({ number: t.roundNumber, open: t.open })),
      groups.filter((g) => shown.has(g.roundNumber)),
      foldBelow,
    ),
  };
}

export type { AttritionTable, RateCell, RoundMemberRow } from "../../domain/attrition.js";
export { computeAttrition };
