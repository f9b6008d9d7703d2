import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { QuestionVersion, WordingChange } from "../../domain/questions.js";
import { type Actor, audit } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { questions, questionVersions } from "../schema.js";

export type ReviseOutcome = "revised" | "unchanged" | "open" | "missing";

const openRoundSql = (questionId: number) => sql`(SELECT r.number FROM round_questions rq
  JOIN rounds r ON r.id = rq.round_id WHERE rq.question_id = ${questionId} AND r.state = 'open' LIMIT 1)`;

/** The number of the open round that asks this question, or null. */
export async function openRoundOfQuestion(db: Db, questionId: number): Promise<number | null> {
  const res = await runOne(db, sql`SELECT ${openRoundSql(questionId)} AS n`);
  const n = (res.results[0] as { n: number | null } | undefined)?.n;
  return n == null ? null : Number(n);
}

/**
 * The number of an open round that asks an allocation question over this scenario set, or null: the
 * set's texts (and their translations) are then in front of experts and may not change mid-round.
 */
export async function openRoundOfScenarioSet(db: Db, forumId: number, setId: number): Promise<number | null> {
  const res = await runOne(
    db,
    sql`SELECT r.number AS n FROM rounds r
      JOIN round_questions rq ON rq.round_id = r.id
      JOIN questions q ON q.id = rq.question_id
      WHERE r.forum_id = ${forumId} AND r.state = 'open' AND q.kind = 'allocation'
        AND json_extract(q.config, '$.scenarioSetId') = ${setId}
      LIMIT 1`,
  );
  const n = (res.results[0] as { n: number | null } | undefined)?.n;
  return n == null ? null : Number(n);
}

/**
 * Revises a question's wording between rounds, keeping every earlier text in question_versions, in one
 * batch: the current text is stored as its version if not stored yet (so the first edit also records
 * version 1, the original), then the question gets the new text and version + 1, the new version row
 * and an audit row (`question.revise`). Every statement is conditional on no open round asking the
 * question, so an edit racing a round's opening changes nothing. `resolutionCriteria` undefined keeps
 * the current criteria (proposals have none). Used by the question wording form and by proposals.
 */
export async function reviseQuestion(
  db: Db,
  forumId: number,
  questionId: number,
  input: { title: string; body: string; resolutionCriteria?: string | undefined },
  actor: Actor,
): Promise<ReviseOutcome> {
  const notOpen = sql`NOT EXISTS (SELECT 1 FROM round_questions rq JOIN rounds r ON r.id = rq.round_id
    WHERE rq.question_id = ${questionId} AND r.state = 'open')`;
  const criteria = input.resolutionCriteria ?? null;
  const [, update] = await runBatch(db, [
    sql`INSERT OR IGNORE INTO question_versions (question_id, version, title, body, resolution_criteria, created_by, created_at)
      SELECT id, version, title, body, resolution_criteria, NULL, created_at FROM questions
      WHERE id = ${questionId} AND forum_id = ${forumId} AND ${notOpen}`,
    sql`UPDATE questions SET title = ${input.title}, body = ${input.body},
        resolution_criteria = coalesce(${criteria}, resolution_criteria), version = version + 1
      WHERE id = ${questionId} AND forum_id = ${forumId} AND ${notOpen}
        AND NOT (title = ${input.title} AND body = ${input.body}
          AND resolution_criteria = coalesce(${criteria}, resolution_criteria))`,
    sql`INSERT INTO question_versions (question_id, version, title, body, resolution_criteria, created_by)
      SELECT id, version, title, body, resolution_criteria, ${actor.id} FROM questions
      WHERE id = ${questionId} AND changes() > 0`,
    audit(
      {
        forumId,
        actor: actor.id,
        action: "question.revise",
        targetType: "question",
        targetId: questionId,
        detail: sql`json_object('version', version, 'title', title)`,
      },
      { from: sql`questions`, when: sql`id = ${questionId} AND changes() > 0` },
    ),
  ]);
  if (update!.meta.changes > 0) return "revised";
  const res = await runOne(
    db,
    sql`SELECT ${openRoundSql(questionId)} AS n FROM questions WHERE id = ${questionId} AND forum_id = ${forumId}`,
  );
  const row = res.results[0] as { n: number | null } | undefined;
  if (!row) return "missing";
  return row.n == null ? "unchanged" : "open";
}

/** A stored version of a question's wording, as the history and the "wording changed" notice show it. */
const versionColumns = {
  version: questionVersions.version,
  title: questionVersions.title,
  body: questionVersions.body,
  resolutionCriteria: questionVersions.resolutionCriteria,
  createdAt: questionVersions.createdAt,
};

/** A question's stored versions, newest first (empty until its first edit). */
export async function listQuestionVersions(db: Db, questionId: number): Promise<QuestionVersion[]> {
  return db
    .select(versionColumns)
    .from(questionVersions)
    .where(eq(questionVersions.questionId, questionId))
    .orderBy(desc(questionVersions.version));
}

/** A question's id, kind and current text (its wording, not a translation). */
export const questionTextColumns = {
  id: questions.id,
  kind: questions.kind,
  title: questions.title,
  body: questions.body,
  resolutionCriteria: questions.resolutionCriteria,
};

/** One question of a forum with its current text and version, for the wording form. */
export async function findQuestionText(db: Db, forumId: number, questionId: number) {
  return db
    .select({ ...questionTextColumns, version: questions.version })
    .from(questions)
    .where(and(eq(questions.id, questionId), eq(questions.forumId, forumId)))
    .get();
}

/**
 * Whether the wording an expert sees changed since they last saw it: since the version of their own
 * latest submitted answer in an earlier round, else since the version in force when the round of the
 * feedback (`feedbackRound`) closed. Returns that earlier text, or null when nothing changed.
 */
export async function findWordingChange(
  db: Db,
  q: { id: number; version: number },
  memberId: number,
  roundNumber: number,
  feedbackRound: { number: number; roundId: number } | null,
): Promise<WordingChange | null> {
  if (q.version <= 1) return null;
  const own = await runOne(
    db,
    sql`SELECT r.number AS number, a.question_version AS version FROM answers a JOIN rounds r ON r.id = a.round_id
      WHERE a.question_id = ${q.id} AND a.member_id = ${memberId} AND a.status = 'submitted'
        AND a.superseded_at IS NULL AND r.number < ${roundNumber}
      ORDER BY r.number DESC LIMIT 1`,
  );
  const mine = own.results[0] as { number: number; version: number } | undefined;
  let since: { round: number; version: number } | null = null;
  if (mine) since = { round: Number(mine.number), version: Number(mine.version) };
  else if (feedbackRound) {
    const v = await db
      .select({ version: questionVersions.version })
      .from(questionVersions)
      .where(
        and(
          eq(questionVersions.questionId, q.id),
          sql`${questionVersions.createdAt} <= (SELECT closed_at FROM rounds WHERE id = ${feedbackRound.roundId})`,
        ),
      )
      .orderBy(desc(questionVersions.version))
      .limit(1)
      .get();
    if (v) since = { round: feedbackRound.number, version: v.version };
  }
  if (!since || since.version >= q.version) return null;
  const previous = await db
    .select(versionColumns)
    .from(questionVersions)
    .where(and(eq(questionVersions.questionId, q.id), eq(questionVersions.version, since.version)))
    .orderBy(asc(questionVersions.version))
    .get();
  return previous ? { sinceRound: since.round, previous } : null;
}

export type { QuestionText, QuestionVersion, WordingChange } from "../../domain/questions.js";
