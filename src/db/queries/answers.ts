import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { StoredAnswer } from "../../domain/questions.js";
import {
  type AnswerValue,
  parseAnswerValue,
  type QuestionKind,
  serialiseAnswerValue,
} from "../../domain/questions.js";
import { type Bound, runBatch, runOne, type Statement } from "../batch.js";
import type { Db } from "../client.js";
import { answers } from "../schema.js";
import { recountTallies, withTally } from "./round-tallies.js";

export type SaveOutcome = "saved" | "unchanged" | "closed";

/**
 * Recounts round_members.answered (the round's questions with a current submitted answer) for one member
 * of a round, or for all of them: part of every batch that writes answers, so the count is never stale.
 * Reads one index entry per answer of that member in the round (answers_member).
 */
export function refreshAnswered(roundId: number, memberId?: number): Statement {
  return sql`UPDATE round_members SET answered = (
      SELECT count(DISTINCT a.question_id) FROM answers a INDEXED BY answers_member
      JOIN round_questions rq ON rq.round_id = a.round_id AND rq.question_id = a.question_id
      WHERE a.round_id = round_members.round_id AND a.member_id = round_members.member_id
        AND a.status = 'submitted' AND a.superseded_at IS NULL)
    WHERE round_id = ${roundId}${memberId === undefined ? sql`` : sql` AND member_id = ${memberId}`}`;
}

/**
 * After a bulk write of a round's answers (or its close): every member's answered count, then the round's
 * kept counts (round_tallies), in the same batch.
 */
export const refreshRoundCounts = (roundId: number): Statement[] => [
  refreshAnswered(roundId),
  ...recountTallies(roundId),
];

/**
 * Appends a revision of an expert's answer, in one batch:
 * 1. the current row is marked superseded, unless it is identical (same value, rationale and status);
 * 2. the new row is inserted only if no current row remains and the round is still open;
 * 3. the member's answered count is recounted, and their share of the round's kept counts (round_tallies)
 *    taken out before and put back after (withTally), so the counts move by what the save changed.
 * Identical concurrent submissions therefore create one revision, and nothing is stored once the round
 * has closed (D1 runs a batch as one transaction, and writes are serialised).
 */
export async function saveAnswer(
  db: Db,
  a: {
    roundId: number;
    questionId: number;
    memberId: number;
    value: AnswerValue;
    rationale: string;
    status: "draft" | "submitted";
    questionVersion: number;
  },
  nowMs = Date.now(),
): Promise<SaveOutcome> {
  const now = new Date(nowMs).toISOString();
  const value = serialiseAnswerValue(a.value);
  const roundOpen = sql`EXISTS (SELECT 1 FROM rounds WHERE id = ${a.roundId} AND state = 'open')`;
  const member = sql`rm.round_id = ${a.roundId} AND rm.member_id = ${a.memberId}`;
  const [, superseded, inserted] = await runBatch(
    db,
    withTally(member, [
      sql`UPDATE answers SET superseded_at = ${now}
      WHERE round_id = ${a.roundId} AND question_id = ${a.questionId} AND member_id = ${a.memberId}
        AND superseded_at IS NULL AND ${roundOpen}
        AND NOT (value = ${value} AND rationale = ${a.rationale} AND status = ${a.status})`,
      sql`INSERT INTO answers (round_id, question_id, member_id, value, rationale, status, question_version, created_at)
      SELECT ${a.roundId}, ${a.questionId}, ${a.memberId}, ${value}, ${a.rationale}, ${a.status}, ${a.questionVersion}, ${now}
      WHERE ${roundOpen} AND NOT EXISTS (SELECT 1 FROM answers WHERE round_id = ${a.roundId}
        AND question_id = ${a.questionId} AND member_id = ${a.memberId} AND superseded_at IS NULL)`,
      refreshAnswered(a.roundId, a.memberId),
    ]),
  );
  void superseded;
  if (inserted!.meta.changes > 0) return "saved";
  const open = await runOne(db, sql`SELECT 1 FROM rounds WHERE id = ${a.roundId} AND state = 'open'`);
  return open.results.length > 0 ? "unchanged" : "closed";
}

/** The member's current answer per question of a round (their own rows only). */
export async function listMyCurrentAnswers(
  db: Db,
  roundId: number,
  memberId: number,
  kinds: Map<number, QuestionKind>,
) {
  const rows = await db
    .select()
    .from(answers)
    .where(and(eq(answers.roundId, roundId), eq(answers.memberId, memberId), isNull(answers.supersededAt)));
  const out = new Map<number, StoredAnswer>();
  for (const r of rows) {
    const kind = kinds.get(r.questionId);
    if (kind) out.set(r.questionId, toStored(r, kind));
  }
  return out;
}

/** Every revision the member made of one question in one round, newest first. */
export async function listMyRevisions(
  db: Db,
  roundId: number,
  questionId: number,
  memberId: number,
  kind: QuestionKind,
) {
  return storedAnswers(await myRevisions(db, roundId, questionId, memberId), kind);
}

/**
 * listMyRevisions's query, newest first; the round by id or (to run in one batch with the round's
 * lookup) by `roundIdByNumber`.
 */
export const myRevisions = (
  db: Db,
  roundId: number | SQL<number>,
  questionId: Bound<number>,
  memberId: Bound<number>,
) =>
  db
    .select()
    .from(answers)
    .where(
      and(eq(answers.roundId, roundId), eq(answers.questionId, questionId), eq(answers.memberId, memberId)),
    )
    .orderBy(desc(answers.id));

/** Rows of `answers` as the answers they hold, their values read as a `kind` question's. */
export const storedAnswers = (rows: (typeof answers.$inferSelect)[], kind: QuestionKind): StoredAnswer[] =>
  rows.map((r) => toStored(r, kind));

function toStored(r: typeof answers.$inferSelect, kind: QuestionKind): StoredAnswer {
  return {
    id: r.id,
    value: parseAnswerValue(kind, r.value),
    rationale: r.rationale,
    status: r.status,
    createdAt: r.createdAt,
    questionVersion: r.questionVersion,
  };
}

/** The member's submitted answer that stood when a round closed (their own row only), or null. */
export async function findMySubmittedAnswer(
  db: Db,
  roundId: number,
  questionId: number,
  memberId: number,
  kind: QuestionKind,
) {
  const [row] = await mySubmittedAnswer(db, roundId, questionId, memberId);
  return row ? toStored(row, kind) : null;
}

/** findMySubmittedAnswer's query (at most one row); the round by id or as a subquery (previousRoundIdOf). */
export const mySubmittedAnswer = (
  db: Db,
  roundId: number | SQL<number>,
  questionId: Bound<number>,
  memberId: Bound<number>,
) =>
  db
    .select()
    .from(answers)
    .where(
      and(
        eq(answers.roundId, roundId),
        eq(answers.questionId, questionId),
        eq(answers.memberId, memberId),
        isNull(answers.supersededAt),
        eq(answers.status, "submitted"),
      ),
    )
    .limit(1);

export type { StoredAnswer } from "../../domain/questions.js";
