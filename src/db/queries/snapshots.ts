import { and, asc, desc, eq, lt, lte, sql } from "drizzle-orm";
import type { GroupStat, PublicSnapshot, QuestionSnapshot, SpreadPoint } from "../../domain/snapshot.js";
import {
  disclosableGroups,
  groupThreshold,
  hiddenSnapshotPaths,
  viewSnapshot,
} from "../../domain/visibility.js";
import type { Db } from "../client.js";
import { questions, roundQuestions, rounds, snapshots } from "../schema.js";
import { closedRoundsOf } from "./rounds.js";

/**
 * Every read of stored statistics (snapshots.stats): public (responses removed in SQL, so nothing built
 * on them can carry a pseudonym or a reason) or full, with the group threshold applied here only.
 */

/**
 * snapshots.stats without the given JSON paths, removed in SQL so they never leave the database. Without
 * responses it starts from public_stats, the copy stored without them at close, so a reader's page parses
 * no JSON in SQL (only an expert's, to drop the subgroups); rows stored before that column existed fall
 * back to removing the responses here.
 */
export function withoutPaths(paths: readonly string[]) {
  const responsesHidden = paths.includes("$.responses");
  const base = responsesHidden
    ? sql`coalesce(${snapshots.publicStats}, json_remove(${snapshots.stats}, '$.responses'))`
    : sql`${snapshots.stats}`;
  const rest = paths.filter((p) => p !== "$.responses");
  if (rest.length === 0) return base;
  return sql`json_remove(${base}, ${sql.join(
    rest.map((p) => sql.raw(`'${p.replace(/[^$.a-zA-Z_]/g, "")}'`)),
    sql`, `,
  )})`;
}

/** The smallest group the forum ever shows statistics for (the engine's rule, visibility.ts). */
export { groupThreshold };

/**
 * Drops subgroups under the threshold or whose complement is (visibility.ts `disclosableGroups`), again at
 * every read: a forum's minimum may have been raised after the round closed, and snapshots stored before
 * complementary suppression existed are held to it too (the country-inside-institution check needs the
 * answers, so it happens when the snapshot is computed).
 */
export function applyGroupThreshold<S extends Pick<QuestionSnapshot, "groups" | "n">>(
  s: S,
  threshold: number,
): S {
  const groups = { institution: s.groups?.institution ?? [], country: s.groups?.country ?? [] };
  return { ...s, groups: disclosableGroups<GroupStat>(groups, s.n, threshold, new Map()) };
}

/**
 * The published snapshots of a round with their questions. The individual responses are removed in the
 * query itself (json_remove), so no page built on this can show who answered what.
 */
export async function listPublicSnapshots(
  db: Db,
  forum: { minGroupSize: number },
  roundId: number,
  /** Experts never receive subgroups (visibility.ts, F3); responses are never part of a public snapshot. */
  subgroups = true,
  /** Only this question's snapshot (a card's breakdown, loaded on its own). */
  questionId?: number,
) {
  const view = { responses: false, subgroups };
  const rows = await db
    .select({
      questionId: questions.id,
      title: questions.title,
      kind: questions.kind,
      config: questions.config,
      stats: sql<string>`${withoutPaths(hiddenSnapshotPaths(view))}`,
      derived: snapshots.derived,
    })
    .from(snapshots)
    .innerJoin(questions, eq(questions.id, snapshots.questionId))
    .innerJoin(
      roundQuestions,
      and(eq(roundQuestions.roundId, snapshots.roundId), eq(roundQuestions.questionId, snapshots.questionId)),
    )
    .where(
      and(
        eq(snapshots.roundId, roundId),
        questionId === undefined ? undefined : eq(snapshots.questionId, questionId),
      ),
    )
    .orderBy(asc(roundQuestions.position));
  const threshold = groupThreshold(forum);
  return rows.map((r) => ({
    questionId: r.questionId,
    title: r.title,
    kind: r.kind,
    config: r.config,
    snapshot: viewSnapshot(applyGroupThreshold(JSON.parse(r.stats) as PublicSnapshot, threshold), view),
    /** What the panel's track records add (null on rows stored before it existed). */
    derived: r.derived,
  }));
}

/**
 * The IQR of every question in every published round up to `upTo`, for the convergence lines: the
 * spread stored beside each snapshot at close (snapshots.spread), never the statistics themselves.
 */
export async function listPublishedSpreads(db: Db, forumId: number, upTo: number) {
  const rows = await db
    .select({
      round: rounds.number,
      questionId: snapshots.questionId,
      spread: snapshots.spread,
    })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(and(eq(rounds.forumId, forumId), eq(rounds.state, "published"), lte(rounds.number, upTo)))
    .orderBy(asc(rounds.number));
  const out = new Map<number, SpreadPoint[]>();
  for (const r of rows) {
    // Every row has its spread (stored at close, filled by migration 0011 for older ones).
    const spread = r.spread ?? { iqr: null, options: null };
    const options = spread.options ?? [];
    const list = out.get(r.questionId) ?? [];
    list.push({ round: r.round, iqr: spread.iqr, options: options.length > 0 ? options : null });
    out.set(r.questionId, list);
  }
  return out;
}

/**
 * For each question of the forum with a frozen snapshot (closed or published round), the latest such
 * snapshot and its round number (one query); only rounds numbered below `beforeRound`, and only the
 * `questionIds`, when given.
 */
export async function listLatestSnapshots(
  db: Db,
  forumId: number,
  only: { beforeRound?: number } = {},
): Promise<Map<number, { roundNumber: number; stats: QuestionSnapshot }>> {
  const rows = await db
    .select({ questionId: snapshots.questionId, roundNumber: rounds.number, stats: snapshots.stats })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(
      and(
        closedRoundsOf(forumId),
        only.beforeRound === undefined ? undefined : lt(rounds.number, only.beforeRound),
      ),
    )
    .orderBy(desc(rounds.number));
  const out = new Map<number, { roundNumber: number; stats: QuestionSnapshot }>();
  for (const r of rows) if (!out.has(r.questionId)) out.set(r.questionId, r);
  return out;
}

/**
 * For each question with a snapshot in an earlier closed round of the forum than `roundId`, the latest
 * such snapshot and its round number. Used when a round closes, to store stability.
 */
export async function listPreviousSnapshots(
  db: Db,
  forumId: number,
  roundId: number,
): Promise<Map<number, { roundNumber: number; stats: QuestionSnapshot }>> {
  const current = await db.select({ number: rounds.number }).from(rounds).where(eq(rounds.id, roundId)).get();
  if (!current) return new Map();
  return listLatestSnapshots(db, forumId, { beforeRound: current.number });
}
