import { and, asc, eq, sql } from "drizzle-orm";
import type { QuestionConfig, QuestionKind } from "../../domain/questions.js";
import type { QuestionSnapshot } from "../../domain/snapshot.js";
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
export async function listPublicSnapshots(db: Db, roundId: number) {
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
    snapshot: JSON.parse(r.stats) as PublicSnapshot,
  }));
}
