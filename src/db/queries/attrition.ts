import { sql } from "drizzle-orm";
import { runOne } from "../batch.js";
import type { Db } from "../client.js";

/** One expert's place in one round: from round_members (who could answer), with how much they answered. */
export type RoundMemberRow = {
  roundNumber: number;
  memberId: number;
  institution: string | null;
  late: boolean;
  answered: number;
  questions: number;
};

export type RateCell = {
  eligible: number;
  /** Submitted a current answer to every question of the round. */
  answeredAll: number;
  /** answeredAll / eligible, null without eligible experts. */
  rate: number | null;
  late: number;
  /** Share of the previous round's respondents (answered all) who did not answer all of this round; null for the first round or without previous respondents. */
  attrition: number | null;
};

export type AttritionTable = {
  rounds: ({ number: number } & RateCell)[];
  institutions: { institution: string | null; rounds: ({ number: number } & RateCell)[] }[];
};

/**
 * Response rate and attrition per round and per institution (pure): eligible = listed in
 * round_members (active experts when the round opened, plus late joiners); a respondent answered
 * every question of the round; attrition of round N = share of round N−1's respondents (of the same
 * group) who are not respondents of round N. Rounds are compared in number order, skipping none.
 */
export function computeAttrition(rows: readonly RoundMemberRow[]): AttritionTable {
  const numbers = [...new Set(rows.map((r) => r.roundNumber))].sort((a, b) => a - b);
  const cells = (subset: readonly RoundMemberRow[]) => {
    let previous: Set<number> | null = null;
    return numbers.map((number) => {
      const inRound = subset.filter((r) => r.roundNumber === number);
      const respondents = new Set(
        inRound.filter((r) => r.questions > 0 && r.answered >= r.questions).map((r) => r.memberId),
      );
      const lost = previous ? [...previous].filter((m) => !respondents.has(m)).length : 0;
      const cell = {
        number,
        eligible: inRound.length,
        answeredAll: respondents.size,
        rate: inRound.length ? respondents.size / inRound.length : null,
        late: inRound.filter((r) => r.late).length,
        attrition: previous && previous.size > 0 ? lost / previous.size : null,
      };
      previous = respondents;
      return cell;
    });
  };
  const names = [...new Set(rows.map((r) => r.institution))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return {
    rounds: cells(rows),
    institutions: names.map((institution) => ({
      institution,
      rounds: cells(rows.filter((r) => r.institution === institution)),
    })),
  };
}

/**
 * Every round_members row of a forum's opened rounds with the expert's institution and how many of
 * the round's questions they have a current submitted answer to (one query; organisers only).
 */
export async function listRoundMemberProgress(db: Db, forumId: number): Promise<RoundMemberRow[]> {
  const res = await runOne(
    db,
    sql`SELECT r.number AS roundNumber, rm.member_id AS memberId, i.name AS institution, rm.late AS late,
        (SELECT count(DISTINCT a.question_id) FROM answers a
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
  }));
}

export async function loadAttrition(db: Db, forumId: number): Promise<AttritionTable> {
  return computeAttrition(await listRoundMemberProgress(db, forumId));
}
