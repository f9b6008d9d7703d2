import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { storedConsensusState } from "../../domain/consensus/index.js";
import type { ForumQuestion, NewQuestion } from "../../domain/questions.js";
import { audit } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { questions, rounds, snapshots } from "../schema.js";

/** A forum's questions in order, each with the consensus verdict of its latest snapshot. */
export async function listForumQuestions(db: Db, forumId: number): Promise<ForumQuestion[]> {
  const rows = await db
    .select()
    .from(questions)
    // Open prompts of ideas rounds are not questions to ask again (they have their own pages).
    .where(and(eq(questions.forumId, forumId), ne(questions.kind, "idea")))
    .orderBy(asc(questions.position), asc(questions.id));
  if (rows.length === 0) return [];
  const snaps = await db
    .select({ questionId: snapshots.questionId, roundNumber: rounds.number, stats: snapshots.stats })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(
      and(
        eq(rounds.forumId, forumId),
        inArray(rounds.state, ["closed", "published"]),
        inArray(
          snapshots.questionId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(desc(rounds.number));
  return rows.map((r) => {
    const snap = snaps.find((s) => s.questionId === r.id);
    const stats = snap?.stats;
    return {
      id: r.id,
      position: r.position,
      kind: r.kind,
      title: r.title,
      body: r.body,
      resolutionCriteria: r.resolutionCriteria,
      config: r.config,
      consensusRule: r.consensusRule,
      latest:
        snap && stats
          ? {
              roundNumber: snap.roundNumber,
              // "met" only with enough answers (older snapshots are read with the default minimum).
              met: storedConsensusState(stats.consensus, stats.n ?? 0) === "met",
              n: stats.n ?? 0,
            }
          : null,
    };
  });
}

/** Adds a question after the forum's last one, audited, in one batch. */
export async function createQuestion(
  db: Db,
  forumId: number,
  input: NewQuestion,
  actor: { id: number },
): Promise<void> {
  const newId = sql`(SELECT max(id) FROM questions WHERE forum_id = ${forumId})`;
  await runBatch(db, [
    sql`INSERT INTO questions (forum_id, kind, title, body, resolution_criteria, config, consensus_rule, position)
      VALUES (${forumId}, ${input.kind}, ${input.title}, ${input.body}, ${input.resolutionCriteria},
        ${JSON.stringify(input.config)}, ${JSON.stringify(input.consensusRule)},
        (SELECT coalesce(max(position), -1) + 1 FROM questions WHERE forum_id = ${forumId}))`,
    audit({
      forumId,
      actor: actor.id,
      action: "question.create",
      targetType: "question",
      targetId: newId,
      detail: { kind: input.kind, title: input.title, consensusRule: input.consensusRule },
    }),
  ]);
}

export type { ForumQuestion, NewQuestion } from "../../domain/questions.js";
