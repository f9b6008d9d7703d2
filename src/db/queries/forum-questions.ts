import { and, asc, eq, ne, type SQL, sql } from "drizzle-orm";
import { storedConsensusState } from "../../domain/consensus/index.js";
import type { ForumQuestion, NewQuestion } from "../../domain/questions.js";
import { type Actor, audit } from "../audit.js";
import { readBatch, reusableRead, runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { questions, roundQuestions, rounds, snapshots } from "../schema.js";
import { closedRoundsOf } from "./rounds.js";

/**
 * The reads behind `listForumQuestions`, for a batch with a page's other reads: the forum's questions in
 * order, each question's latest closed verdict (snapshots.verdict, read from its covering index:
 * extracting them from the statistics parsed 0.7 MB of JSON per overview at 300 × 40 × 3), and the
 * questions a round which has opened asked. Their SQL is built once per isolate (reusableRead).
 */
export function forumQuestionQueries(forumId: number) {
  return [forumQuestionRows({ forumId }), latestVerdicts({ forumId }), askedQuestions({ forumId })] as const;
}

const forumQuestionRows = reusableRead((db) =>
  db
    .select()
    .from(questions)
    // Open prompts of ideas rounds are not questions to ask again (they have their own pages).
    .where(and(eq(questions.forumId, sql.placeholder("forumId")), ne(questions.kind, "idea")))
    .orderBy(asc(questions.position), asc(questions.id)),
);

// One row per question: SQLite takes a bare column's value from the row where max() is found.
const latestVerdicts = reusableRead((db) =>
  db
    .select({
      questionId: snapshots.questionId,
      roundNumber: sql<number>`max(${rounds.number})`.as("round_number"),
      verdict: snapshots.verdict,
    })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(closedRoundsOf(sql.placeholder("forumId")))
    .groupBy(snapshots.questionId),
);

// The record: questions a round has asked are never deleted.
const askedQuestions = reusableRead((db) =>
  db
    .selectDistinct({ id: roundQuestions.questionId })
    .from(roundQuestions)
    .innerJoin(rounds, eq(rounds.id, roundQuestions.roundId))
    .where(and(eq(rounds.forumId, sql.placeholder("forumId")), ne(rounds.state, "draft"))),
);

type Rows<I extends 0 | 1 | 2> = Awaited<ReturnType<typeof forumQuestionQueries>[I]>;

/** The rows of `forumQuestionQueries` as the forum's questions, each with its latest verdict. */
export function forumQuestionsOf(rows: Rows<0>, verdicts: Rows<1>, askedRows: Rows<2>): ForumQuestion[] {
  const latest = new Map(verdicts.map((v) => [v.questionId, v]));
  const asked = new Set(askedRows.map((r) => r.id));
  return rows.map((r) => {
    const snap = latest.get(r.id);
    const stats = snap?.verdict;
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
      asked: asked.has(r.id),
    };
  });
}

/** A forum's questions in order, each with the consensus verdict of its latest snapshot (one round trip). */
export async function listForumQuestions(db: Db, forumId: number): Promise<ForumQuestion[]> {
  return forumQuestionsOf(...(await readBatch(db, [...forumQuestionQueries(forumId)])));
}

/**
 * Moves a question one place up or down in the forum's order (the order rounds ask them in), audited.
 * Positions are rewritten 0..n-1 in one batch, so equal or missing positions sort out too. "edge" when
 * it is already first (up) or last (down), "missing" when it is not a question of this forum.
 */
export async function moveQuestion(
  db: Db,
  forumId: number,
  questionId: number,
  direction: "up" | "down",
  actor: number,
): Promise<"moved" | "edge" | "missing"> {
  const order = (await listForumQuestions(db, forumId)).map((q) => q.id);
  const i = order.indexOf(questionId);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0) return "missing";
  if (j < 0 || j >= order.length) return "edge";
  [order[i], order[j]] = [order[j]!, order[i]!];
  await runBatch(db, [
    ...order.map((id, position) => sql`UPDATE questions SET position = ${position} WHERE id = ${id}`),
    audit({
      forumId,
      actor,
      action: "question.move",
      targetType: "question",
      targetId: questionId,
      detail: { direction, position: j },
    }),
  ]);
  return "moved";
}

/**
 * Deletes a question no opened round has asked (a draft's question goes from the draft too), with its
 * versions and translations, audited, in one batch. "asked" when a round that opened asked it or
 * anything refers to it (answers, snapshots, posts, resolutions, an idea promoted into it): that is the
 * record and stays; "missing" when it is not a question of this forum.
 */
export async function deleteQuestion(
  db: Db,
  forumId: number,
  questionId: number,
  actor: number,
): Promise<"deleted" | "asked" | "missing"> {
  const q = await db
    .select({ id: questions.id, title: questions.title })
    .from(questions)
    .where(and(eq(questions.id, questionId), eq(questions.forumId, forumId), ne(questions.kind, "idea")))
    .get();
  if (!q) return "missing";
  const refs = await runOne(
    db,
    sql`SELECT
      EXISTS (SELECT 1 FROM round_questions rq JOIN rounds r ON r.id = rq.round_id
        WHERE rq.question_id = ${questionId} AND r.state <> 'draft')
      OR EXISTS (SELECT 1 FROM answers WHERE question_id = ${questionId})
      OR EXISTS (SELECT 1 FROM snapshots WHERE question_id = ${questionId})
      OR EXISTS (SELECT 1 FROM posts WHERE question_id = ${questionId})
      OR EXISTS (SELECT 1 FROM resolutions WHERE question_id = ${questionId})
      OR EXISTS (SELECT 1 FROM ideas WHERE question_id = ${questionId} OR promoted_question_id = ${questionId}) AS used`,
  );
  if (Number((res0(refs) as { used: number }).used)) return "asked";
  await runBatch(db, [
    sql`DELETE FROM round_questions WHERE question_id = ${questionId}`,
    sql`DELETE FROM question_translations WHERE question_id = ${questionId}`,
    sql`DELETE FROM question_versions WHERE question_id = ${questionId}`,
    sql`DELETE FROM questions WHERE id = ${questionId} AND forum_id = ${forumId}`,
    audit({
      forumId,
      actor,
      action: "question.delete",
      targetType: "question",
      targetId: questionId,
      detail: { title: q.title },
    }),
  ]);
  return "deleted";
}

const res0 = (r: { results: unknown[] }) => r.results[0];

/**
 * The statements that add a question after the forum's last one, followed by its audit row. `config` is
 * SQL that builds the question's config in the same batch (an import's allocation over a set it writes),
 * else the input's; `via` notes in the audit row where the question came from ("import").
 */
export function createQuestionStatements(
  forumId: number,
  input: NewQuestion,
  actor: Actor,
  from: { config?: SQL; via?: string } = {},
): SQL[] {
  const newId = sql`(SELECT max(id) FROM questions WHERE forum_id = ${forumId})`;
  const config = from.config ?? sql`${JSON.stringify(input.config)}`;
  return [
    sql`INSERT INTO questions (forum_id, kind, title, body, resolution_criteria, config, consensus_rule, position)
      VALUES (${forumId}, ${input.kind}, ${input.title}, ${input.body}, ${input.resolutionCriteria},
        ${config}, ${JSON.stringify(input.consensusRule)},
        (SELECT coalesce(max(position), -1) + 1 FROM questions WHERE forum_id = ${forumId}))`,
    audit({
      forumId,
      actor: actor.id,
      action: "question.create",
      targetType: "question",
      targetId: newId,
      detail: {
        kind: input.kind,
        title: input.title,
        consensusRule: input.consensusRule,
        ...(from.via ? { via: from.via } : {}),
      },
    }),
  ];
}

/** Adds a question after the forum's last one, audited, in one batch. */
export async function createQuestion(
  db: Db,
  forumId: number,
  input: NewQuestion,
  actor: Actor,
): Promise<void> {
  await runBatch(db, createQuestionStatements(forumId, input, actor));
}

export type { ForumQuestion, NewQuestion } from "../../domain/questions.js";
