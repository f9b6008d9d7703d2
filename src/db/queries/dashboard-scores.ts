import { eq, sql } from "drizzle-orm";
import type { TrackRecord } from "../../domain/aggregation/index.js";
import {
  cookeDecisionMakers,
  type ForumScores,
  medianPoolAccuracy,
  recordsFrom,
  type SnapshotDerived,
  trackRecordPooled,
} from "../../domain/forum-scores.js";
import { runBatch, type Statement } from "../batch.js";
import type { Db } from "../client.js";
import { forums, rounds } from "../schema.js";
import { loadForumCooke } from "./cooke.js";
import { closedRoundsOf } from "./rounds.js";
import { anyResolution, forumHasResolution, loadForumScoring, loadPanelScores } from "./scores.js";
import { listCurrentSubmittedAnswers, type SubmittedAnswer } from "./submitted-answers.js";

/**
 * The dashboard's numbers from resolutions, computed on writes and stored, so that a dashboard request
 * reads them with the rows it reads anyway (the forum row, one snapshot row per card) whatever the
 * panel's history:
 *
 * - the track-record pool of each binary and allocation question → snapshots.derived, when the round
 *   closes and again for every closed round of every forum sharing an expert when a question resolves;
 * - accuracy and Cooke's decision maker → forums.scores, when a round closes, a question resolves or
 *   the forum closes.
 *
 * Every number comes from the engine (src/domain/forum-scores.ts).
 */

/** The panel's track records (across every forum), or none when nothing anywhere is resolved. */
export async function loadPanelRecords(db: Db, forumId: number): Promise<TrackRecord[]> {
  if (!(await anyResolution(db))) return [];
  return recordsFrom(await loadPanelScores(db, forumId));
}

/**
 * Each binary or allocation question's derived values, from a round's current submitted answers (the
 * snapshot's own read, listCurrentSubmittedAnswers). With no record anywhere the weights are equal: `{}`
 * (readers show the snapshot's mean, exactly as before records existed).
 */
export function deriveFromAnswers(
  answers: readonly SubmittedAnswer[],
  records: readonly TrackRecord[],
): Map<number, SnapshotDerived> {
  const out = new Map<number, SnapshotDerived>();
  const byQuestion = new Map<
    number,
    { expert: string; time: string; p: number | number[]; kind: string }[]
  >();
  for (const a of answers) {
    if (a.value.kind !== "binary" && a.value.kind !== "allocation") continue;
    const list = byQuestion.get(a.questionId) ?? [];
    list.push({ expert: String(a.userId), time: a.time, p: a.value.p, kind: a.value.kind });
    byQuestion.set(a.questionId, list);
  }
  for (const [questionId, forecasts] of byQuestion) {
    const value = records.length === 0 ? null : trackRecordPooled(forecasts[0]!.kind, forecasts, records);
    out.set(questionId, value === null ? {} : { trackRecord: value });
  }
  return out;
}

/** deriveFromAnswers over a round's current submitted answers. */
export async function deriveRoundValues(
  db: Db,
  roundId: number,
  records: readonly TrackRecord[],
): Promise<Map<number, SnapshotDerived>> {
  return deriveFromAnswers((await listCurrentSubmittedAnswers(db, { roundId })).answers, records);
}

const storeDerived = (roundId: number, questionId: number, d: SnapshotDerived): Statement =>
  sql`UPDATE snapshots SET derived = ${JSON.stringify(d)} WHERE round_id = ${roundId} AND question_id = ${questionId}`;

/** Computes and stores the derived values of a closed round's snapshots (round close; legacy rows). */
export async function storeRoundDerived(
  db: Db,
  forumId: number,
  roundId: number,
  records?: readonly TrackRecord[],
): Promise<Map<number, SnapshotDerived>> {
  const derived = await deriveRoundValues(db, roundId, records ?? (await loadPanelRecords(db, forumId)));
  await runBatch(
    db,
    [...derived].map(([questionId, d]) => storeDerived(roundId, questionId, d)),
  );
  return derived;
}

/** Computes the forum's accuracy and decision maker (engine) from its resolutions. */
export async function computeForumScores(
  db: Db,
  forum: { id: number; closedAt: string | null },
): Promise<ForumScores> {
  if (!(await forumHasResolution(db, forum.id))) return { accuracy: null, decisionMaker: [] };
  const scoring = await loadForumScoring(db, forum.id);
  const study = forum.closedAt !== null ? await loadForumCooke(db, forum.id) : null;
  return {
    accuracy: medianPoolAccuracy(scoring.scored),
    decisionMaker: study
      ? cookeDecisionMakers(
          study.input,
          study.questions.map((q) => ({ questionId: q.id, itemId: q.itemId })),
        )
      : [],
  };
}

/** Recomputes and stores forums.scores (round close, resolution, forum close). */
export async function storeForumScores(db: Db, forumId: number): Promise<ForumScores> {
  const forum = await db
    .select({ id: forums.id, closedAt: forums.closedAt })
    .from(forums)
    .where(eq(forums.id, forumId))
    .get();
  if (!forum) return { accuracy: null, decisionMaker: [] };
  const scores = await computeForumScores(db, forum);
  await db.update(forums).set({ scores }).where(eq(forums.id, forumId));
  return scores;
}

/**
 * After a question of `forumId` resolves (or re-resolves): the experts who answered it have new
 * records, so every closed round of every forum that shares an expert with this forum gets its
 * track-record pools recomputed, and this forum its accuracy and decision maker. Heavy by nature, but
 * on the organiser's write, never on a reader's request.
 */
export async function refreshAfterResolution(db: Db, forumId: number): Promise<void> {
  const affected = await db.all<{ forumId: number }>(
    sql`SELECT DISTINCT m2.forum_id AS forumId FROM members m1
      JOIN members m2 ON m2.user_id = m1.user_id AND m2.role = 'expert'
      WHERE m1.forum_id = ${forumId} AND m1.role = 'expert'`,
  );
  const ids = new Set([forumId, ...affected.map((a) => a.forumId)]);
  for (const id of ids) {
    const closed = await db.select({ id: rounds.id }).from(rounds).where(closedRoundsOf(id));
    if (closed.length === 0) continue;
    const records = await loadPanelRecords(db, id);
    const statements: Statement[] = [];
    for (const r of closed) {
      for (const [questionId, d] of await deriveRoundValues(db, r.id, records))
        statements.push(storeDerived(r.id, questionId, d));
    }
    await runBatch(db, statements);
  }
  await storeForumScores(db, forumId);
}

/**
 * The forum's stored scores for the dashboard; computed and stored once if the forum was resolved
 * before scores were stored (null column), otherwise no query at all.
 */
export async function readForumScores(
  db: Db,
  forum: { id: number; closedAt: string | null; scores: ForumScores | null },
): Promise<ForumScores> {
  if (forum.scores) return forum.scores;
  if (!(await forumHasResolution(db, forum.id))) return { accuracy: null, decisionMaker: [] };
  return storeForumScores(db, forum.id);
}

/** Attaches the stored track-record pool to binary and allocation cards (the mean with equal weights). */
export function withTrackRecords<
  C extends {
    questionId: number;
    config: { kind: string };
    snapshot: { pooled: Record<string, number | number[]> };
  },
>(cards: C[], derived: ReadonlyMap<number, SnapshotDerived>): C[] {
  return cards.map((card) => {
    if (card.config.kind !== "binary" && card.config.kind !== "allocation") return card;
    const value = derived.get(card.questionId)?.trackRecord ?? card.snapshot.pooled.mean;
    if (value === undefined) return card;
    return {
      ...card,
      snapshot: { ...card.snapshot, pooled: { ...card.snapshot.pooled, "track-record": value } },
    };
  });
}
