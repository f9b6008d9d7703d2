import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { QuestionKind } from "../../domain/questions.js";
import type { Outcome, ResolutionRow, ResolvableQuestion } from "../../domain/resolutions.js";
import { type Actor, audit, changed } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { questions, resolutions, users } from "../schema.js";
import { refreshAfterResolution, storeForumScores } from "./dashboard-scores.js";

/** Question kinds that can be resolved (ratings and rankings are judgements, never resolved). */
export const RESOLVABLE_KINDS: readonly QuestionKind[] = ["binary", "allocation", "quantity"];

/** A question of the forum, or undefined (another forum's question is not found). */
export async function findForumQuestion(
  db: Db,
  forumId: number,
  questionId: number,
): Promise<ResolvableQuestion | undefined> {
  const row = await db
    .select()
    .from(questions)
    .where(and(eq(questions.forumId, forumId), eq(questions.id, questionId)))
    .get();
  if (!row) return undefined;
  return {
    id: row.id,
    forumId: row.forumId,
    kind: row.kind,
    title: row.title,
    resolutionCriteria: row.resolutionCriteria,
    config: row.config,
    isSeed: Boolean(row.isSeed),
  };
}

/** Every resolution of a question, newest first (the first is current unless superseded). */
export async function listResolutionHistory(db: Db, questionId: number): Promise<ResolutionRow[]> {
  const rows = await db
    .select({ r: resolutions, name: users.name })
    .from(resolutions)
    .leftJoin(users, eq(users.id, resolutions.resolvedBy))
    .where(eq(resolutions.questionId, questionId))
    .orderBy(desc(resolutions.id));
  return rows.map(({ r, name }) => ({
    id: r.id,
    questionId: r.questionId,
    outcome: r.outcome as Outcome,
    resolvedOn: r.resolvedOn,
    sourceNote: r.sourceNote,
    resolvedBy: name,
    createdAt: r.createdAt,
    supersededAt: r.supersededAt,
  }));
}

/** The current (not superseded) resolution of each resolved question of a forum. */
export async function listCurrentResolutions(db: Db, forumId: number): Promise<Map<number, ResolutionRow>> {
  const rows = await db
    .select({ r: resolutions })
    .from(resolutions)
    .innerJoin(questions, eq(questions.id, resolutions.questionId))
    .where(and(eq(questions.forumId, forumId), isNull(resolutions.supersededAt)))
    .orderBy(asc(resolutions.id));
  return new Map(
    rows.map(({ r }) => [
      r.questionId,
      {
        id: r.id,
        questionId: r.questionId,
        outcome: r.outcome as Outcome,
        resolvedOn: r.resolvedOn,
        sourceNote: r.sourceNote,
        resolvedBy: null,
        createdAt: r.createdAt,
        supersededAt: null,
      },
    ]),
  );
}

/**
 * The outcomes readers may see beside the panel's forecasts (dashboard, report, shared pages): every
 * current resolution of the forum's questions, except a seed question's while the forum is open (its
 * true value is what Cooke's model scores the experts on; it is revealed when the forum closes).
 */
export async function listReaderOutcomes(
  db: Db,
  forum: { id: number; closedAt: string | null },
): Promise<Map<number, Outcome>> {
  const rows = await db
    .select({ questionId: resolutions.questionId, outcome: resolutions.outcome, isSeed: questions.isSeed })
    .from(resolutions)
    .innerJoin(questions, eq(questions.id, resolutions.questionId))
    .where(and(eq(questions.forumId, forum.id), isNull(resolutions.supersededAt)));
  return new Map(
    rows
      .filter((r) => forum.closedAt !== null || !r.isSeed)
      .map((r) => [r.questionId, r.outcome as Outcome] as const),
  );
}

/**
 * Resolves (or re-resolves) a question in one batch: the current resolution, if any, is marked
 * superseded, the new one appended, and the change audited with the previous outcome, so a
 * re-resolution is never silent.
 */
export async function resolveQuestion(
  db: Db,
  q: { forumId: number; questionId: number },
  input: { outcome: Outcome; resolvedOn: string; sourceNote: string },
  actor: Actor,
  nowMs = Date.now(),
): Promise<void> {
  const now = new Date(nowMs).toISOString();
  const previous = await db
    .select({ outcome: resolutions.outcome })
    .from(resolutions)
    .where(and(eq(resolutions.questionId, q.questionId), isNull(resolutions.supersededAt)))
    .get();
  await runBatch(db, [
    sql`UPDATE resolutions SET superseded_at = ${now}
      WHERE question_id = ${q.questionId} AND superseded_at IS NULL`,
    sql`INSERT INTO resolutions (question_id, outcome, resolved_on, source_note, resolved_by, created_at)
      SELECT ${q.questionId}, ${JSON.stringify(input.outcome)}, ${input.resolvedOn}, ${input.sourceNote}, ${actor.id}, ${now}
      WHERE EXISTS (SELECT 1 FROM questions WHERE id = ${q.questionId} AND forum_id = ${q.forumId})`,
    audit({
      forumId: q.forumId,
      actor: actor.id,
      action: previous ? "question.reresolve" : "question.resolve",
      targetType: "question",
      targetId: q.questionId,
      detail: {
        from: previous?.outcome ?? null,
        to: input.outcome,
        resolvedOn: input.resolvedOn,
        sourceNote: input.sourceNote,
      },
    }),
  ]);
  // The stored track-record pools, accuracy and decision maker that depend on this outcome.
  await refreshAfterResolution(db, q.forumId);
}

/** Marks or unmarks a quantity question as a seed (calibration) question, audited. */
export async function setSeed(
  db: Db,
  forumId: number,
  questionId: number,
  isSeed: boolean,
  actor: Actor,
): Promise<void> {
  await runBatch(db, [
    sql`UPDATE questions SET is_seed = ${isSeed ? 1 : 0}
      WHERE id = ${questionId} AND forum_id = ${forumId} AND kind = 'quantity'`,
    audit(
      {
        forumId,
        actor: actor.id,
        action: "question.seed",
        targetType: "question",
        targetId: questionId,
        detail: { isSeed },
      },
      { when: changed },
    ),
  ]);
  // Seeds weigh the experts in Cooke's decision maker.
  await storeForumScores(db, forumId);
}

/** Closes the whole forum (seed values are revealed then). Returns false when it was already closed. */
export async function closeForum(db: Db, forumId: number, actor: Actor, nowMs = Date.now()) {
  const now = new Date(nowMs).toISOString();
  const [update] = await runBatch(db, [
    sql`UPDATE forums SET closed_at = ${now} WHERE id = ${forumId} AND closed_at IS NULL`,
    audit(
      { forumId, actor: actor.id, action: "forum.close", targetType: "forum", targetId: forumId },
      { when: changed },
    ),
  ]);
  // Cooke's decision maker appears on the dashboard once the forum is closed.
  if (update!.meta.changes > 0) await storeForumScores(db, forumId);
  return update!.meta.changes > 0;
}

export type { Outcome, ResolutionRow, ResolvableQuestion } from "../../domain/resolutions.js";
