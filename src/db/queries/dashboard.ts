import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { QuestionConfig, QuestionKind } from "../../domain/questions.js";
import { type GroupStat, MIN_GROUP_SIZE, type QuestionSnapshot } from "../../domain/snapshot.js";
import type { Db } from "../client.js";
import { questions, roundQuestions, rounds, snapshots } from "../schema.js";

/** A snapshot as stakeholders may see it: no responses, so no pseudonym and no reason. */
export type PublicSnapshot = Omit<QuestionSnapshot, "responses">;

export async function listPublishedRounds(db: Db, forumId: number) {
  return db
    .select({
      id: rounds.id,
      number: rounds.number,
      publishedAt: rounds.publishedAt,
      synthesis: rounds.synthesis,
    })
    .from(rounds)
    .where(and(eq(rounds.forumId, forumId), eq(rounds.state, "published")))
    .orderBy(asc(rounds.number));
}

/**
 * The published snapshots of a round with their questions. The individual responses are removed in the
 * query itself (json_remove), so no page built on this can show who answered what.
 */
export async function listPublicSnapshots(db: Db, roundId: number, threshold = MIN_GROUP_SIZE) {
  const rows = await db
    .select({
      questionId: questions.id,
      title: questions.title,
      kind: questions.kind,
      config: questions.config,
      stats: sql<string>`json_remove(${snapshots.stats}, '$.responses')`,
    })
    .from(snapshots)
    .innerJoin(questions, eq(questions.id, snapshots.questionId))
    .innerJoin(
      roundQuestions,
      and(eq(roundQuestions.roundId, snapshots.roundId), eq(roundQuestions.questionId, snapshots.questionId)),
    )
    .where(eq(snapshots.roundId, roundId))
    .orderBy(asc(roundQuestions.position));
  return rows.map((r) => ({
    questionId: r.questionId,
    title: r.title,
    kind: r.kind as QuestionKind,
    config: r.config as QuestionConfig,
    snapshot: withGroupsOf(JSON.parse(r.stats) as PublicSnapshot, threshold),
  }));
}

/** Drops subgroups under the threshold (a forum's minimum may have been raised after the round closed). */
function withGroupsOf(s: PublicSnapshot, threshold: number): PublicSnapshot {
  const keep = (gs: GroupStat[] | undefined) => (gs ?? []).filter((g) => g.n >= threshold);
  return { ...s, groups: { institution: keep(s.groups?.institution), country: keep(s.groups?.country) } };
}

/** One question's spread in one published round: the IQR of its scalar, or of each option. */
export type SpreadPoint = {
  round: number;
  iqr: number | null;
  options: { label: string; iqr: number | null }[] | null;
};

/**
 * The IQR of every question in every published round up to `upTo`, for the convergence charts: only
 * the spread is read out of each snapshot (json_extract), never a response.
 */
export async function listPublishedSpreads(db: Db, forumId: number, upTo: number) {
  const rows = await db
    .select({
      round: rounds.number,
      questionId: snapshots.questionId,
      iqr: sql<number | null>`json_extract(${snapshots.stats}, '$.summary.iqr')`,
      options: sql<
        string | null
      >`CASE WHEN json_type(${snapshots.stats}, '$.perOption') = 'array' THEN (SELECT json_group_array(json_object('label', json_extract(o.value, '$.label'), 'iqr', json_extract(o.value, '$.summary.iqr'))) FROM json_each(${snapshots.stats}, '$.perOption') o) END`,
    })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(and(eq(rounds.forumId, forumId), eq(rounds.state, "published"), lte(rounds.number, upTo)))
    .orderBy(asc(rounds.number));
  const out = new Map<number, SpreadPoint[]>();
  for (const r of rows) {
    const options = r.options ? (JSON.parse(r.options) as { label: string; iqr: number | null }[]) : [];
    const list = out.get(r.questionId) ?? [];
    list.push({ round: r.round, iqr: r.iqr, options: options.length > 0 ? options : null });
    out.set(r.questionId, list);
  }
  return out;
}
