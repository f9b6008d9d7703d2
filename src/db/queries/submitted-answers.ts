import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { type AnswerValue, parseAnswerValue } from "../../domain/questions.js";
import type { Db } from "../client.js";
import { answers, institutions, members, questions, rounds } from "../schema.js";

/**
 * The one read of snapshot input: a round's current submitted answers and how many experts could
 * answer it. The closed-round snapshot (round-control.ts), the Real-Time live snapshot (realtime.ts),
 * the export (export.ts, recomputed by `analyse round`) and the track-record pool all read here, so
 * they count the same people.
 *
 * Eligibility, one rule: the round's roster (round_members: every active expert when it opened, plus
 * late joiners), counting a member who is active, or who was removed after the round closed (the close
 * counted them). A round opened before rosters existed has none: then every expert of the forum is on it.
 */

/** One current submitted answer as a snapshot reads it (submission order: oldest first). */
export type SubmittedAnswer = {
  questionId: number;
  /** The expert across forums (track-record weights); never leaves the query layer. */
  userId: number;
  pseudonym: string;
  institution: string | null;
  country: string | null;
  /** Member and institution (if any) of the founding stage (stage 1). */
  founding: boolean;
  time: string;
  value: AnswerValue;
  rationale: string;
};

export type SnapshotAnswers = { eligible: number; answers: SubmittedAnswer[] };

/** SQL: member `m` is on round `r`'s roster and counts for it (see the rule above). */
export const countsForRound = (memberId: SQL, roundId: SQL, closedAt: SQL, forumId: SQL, m = "m") =>
  sql`(EXISTS (SELECT 1 FROM round_members rm WHERE rm.round_id = ${roundId} AND rm.member_id = ${memberId})
      OR (NOT EXISTS (SELECT 1 FROM round_members rm WHERE rm.round_id = ${roundId})
        AND ${sql.raw(m)}.forum_id = ${forumId} AND ${sql.raw(m)}.role = 'expert'))
    AND (${sql.raw(m)}.status = 'active'
      OR (${sql.raw(m)}.status = 'removed' AND ${closedAt} IS NOT NULL AND ${sql.raw(m)}.removed_at > ${closedAt}))`;

/** The current submitted answers of a round (or of one of its questions), and its eligible count. */
export async function listCurrentSubmittedAnswers(
  db: Db,
  opts: { roundId: number; questionId?: number },
): Promise<SnapshotAnswers> {
  const eligibleSql = sql<number>`(SELECT count(*) FROM members m, rounds r
      WHERE r.id = ${opts.roundId} AND m.forum_id = r.forum_id AND m.role = 'expert'
        AND ${countsForRound(sql`m.id`, sql`r.id`, sql`r.closed_at`, sql`r.forum_id`)})`;
  const [rows, eligible] = await Promise.all([
    db
      .select({
        questionId: answers.questionId,
        kind: questions.kind,
        userId: members.userId,
        pseudonym: members.pseudonym,
        institution: institutions.name,
        country: institutions.country,
        founding: sql<number>`(${members.stage} = 1 AND coalesce(${institutions.stage}, 1) = 1)`,
        time: answers.createdAt,
        value: answers.value,
        rationale: answers.rationale,
      })
      .from(answers)
      .innerJoin(rounds, eq(rounds.id, answers.roundId))
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .innerJoin(members, eq(members.id, answers.memberId))
      .leftJoin(institutions, eq(institutions.id, members.institutionId))
      .where(
        and(
          eq(answers.roundId, opts.roundId),
          opts.questionId === undefined ? undefined : eq(answers.questionId, opts.questionId),
          isNull(answers.supersededAt),
          eq(answers.status, "submitted"),
          countsForRound(
            sql`${answers.memberId}`,
            sql`${rounds.id}`,
            sql`${rounds.closedAt}`,
            sql`${rounds.forumId}`,
            "members",
          ),
        ),
      )
      .orderBy(asc(answers.id)),
    db.get<{ n: number }>(sql`SELECT ${eligibleSql} AS n`),
  ]);
  return {
    eligible: Number(eligible?.n ?? 0),
    answers: rows.map(({ kind, founding, value, ...r }) => ({
      ...r,
      founding: Number(founding) === 1,
      value: parseAnswerValue(kind, value),
    })),
  };
}
