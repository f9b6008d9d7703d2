import { and, asc, desc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Question as EngineQuestion } from "../../domain/questions.js";
import type { Round } from "../../domain/rounds.js";
import { CLOSED_STATES } from "../../domain/rounds.js";
import type { QuestionSnapshot } from "../../domain/snapshot.js";
import { hiddenSnapshotPaths, type SnapshotView, viewSnapshot } from "../../domain/visibility.js";
import { type Bound, readBatch, reusableRead } from "../batch.js";
import type { Db } from "../client.js";
import { questions, roundQuestions, rounds, snapshots } from "../schema.js";
import { withoutPaths } from "./snapshots.js";

export type RoundRow = typeof rounds.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type Question = QuestionRow;

// The drizzle rows are exactly the engine's Round and Question (views read those): checked here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rowsMatchEngineTypes: [Same<RoundRow, Round>, Same<QuestionRow, EngineQuestion>] = [true, true];
void rowsMatchEngineTypes;

export function toQuestion(row: QuestionRow): Question {
  return row;
}

export async function getRoundByNumber(
  db: Db,
  forumId: number,
  number: number,
): Promise<RoundRow | undefined> {
  return roundByNumber(db, forumId, number).get();
}

/*
 * Queries by the round's number rather than its id, to run in one D1 batch with the lookup of the round
 * itself (`db.batch`: one round trip for what a page needs first; src/routes/answering.tsx).
 */

/** The round numbered `number` of a forum (a list of at most one). */
export const roundByNumber = (db: Db, forumId: Bound<number>, number: Bound<number>) =>
  db
    .select()
    .from(rounds)
    .where(and(eq(rounds.forumId, forumId), eq(rounds.number, number)))
    .limit(1);

/** The id of the round numbered `number` of a forum, as a subquery. */
export const roundIdByNumber = (forumId: Bound<number>, number: Bound<number>) =>
  sql<number>`(SELECT ${rounds.id} FROM ${rounds} WHERE ${rounds.forumId} = ${forumId} AND ${rounds.number} = ${number})`;

/** The questions of the round numbered `number`, in their order (rows `{ q }`). */
export const roundQuestionsByNumber = (db: Db, forumId: Bound<number>, number: Bound<number>) =>
  db
    .select({ q: questions })
    .from(roundQuestions)
    .innerJoin(questions, eq(questions.id, roundQuestions.questionId))
    .where(eq(roundQuestions.roundId, roundIdByNumber(forumId, number)))
    .orderBy(asc(roundQuestions.position));

/** The question `questionId` as asked in the round numbered `number` (a list of at most one row `{ q }`). */
export const roundQuestionByNumber = (
  db: Db,
  forumId: Bound<number>,
  number: Bound<number>,
  questionId: Bound<number>,
) =>
  db
    .select({ q: questions })
    .from(roundQuestions)
    .innerJoin(questions, eq(questions.id, roundQuestions.questionId))
    .where(
      and(
        eq(roundQuestions.roundId, roundIdByNumber(forumId, number)),
        eq(roundQuestions.questionId, questionId),
      ),
    )
    .limit(1);

export async function listRounds(db: Db, forumId: number): Promise<RoundRow[]> {
  return (await readBatch(db, [roundsQuery(forumId)]))[0];
}

/** A forum's rounds in order, as a query (for a batch with a page's other reads). */
export const roundsQuery = (forumId: number) => forumRounds({ forumId });

const forumRounds = reusableRead((db) =>
  db
    .select()
    .from(rounds)
    .where(eq(rounds.forumId, sql.placeholder("forumId")))
    .orderBy(asc(rounds.number)),
);

export async function findOpenRound(db: Db, forumId: number): Promise<RoundRow | undefined> {
  return db
    .select()
    .from(rounds)
    .where(and(eq(rounds.forumId, forumId), eq(rounds.state, "open")))
    .orderBy(desc(rounds.number))
    .get();
}

/** The questions of a round in their order. */
export async function listRoundQuestions(db: Db, roundId: number): Promise<Question[]> {
  const rows = await db
    .select({ q: questions })
    .from(roundQuestions)
    .innerJoin(questions, eq(questions.id, roundQuestions.questionId))
    .where(eq(roundQuestions.roundId, roundId))
    .orderBy(asc(roundQuestions.position));
  return rows.map((r) => toQuestion(r.q));
}

export async function getRoundQuestion(
  db: Db,
  roundId: number,
  questionId: number,
): Promise<Question | undefined> {
  const row = await db
    .select({ q: questions })
    .from(roundQuestions)
    .innerJoin(questions, eq(questions.id, roundQuestions.questionId))
    .where(and(eq(roundQuestions.roundId, roundId), eq(roundQuestions.questionId, questionId)))
    .get();
  return row ? toQuestion(row.q) : undefined;
}

/**
 * The frozen snapshot of a question from the latest closed round before `beforeNumber` that asked it,
 * as `view` allows (visibility.ts): what it hides is removed in SQL and never leaves the database.
 */
export async function findPreviousSnapshot(
  db: Db,
  forumId: number,
  questionId: number,
  beforeNumber: number,
  view: SnapshotView,
) {
  const [row] = await previousSnapshotQuery(db, forumId, questionId, beforeNumber, view);
  return row && previousSnapshotOf(row, view);
}

/** findPreviousSnapshot's query (a list of at most one row), to run alone or in a batch. */
export function previousSnapshotQuery(
  db: Db,
  forumId: Bound<number>,
  questionId: Bound<number>,
  beforeNumber: Bound<number>,
  view: SnapshotView,
) {
  return db
    .select({
      roundNumber: rounds.number,
      roundId: rounds.id,
      synthesis: rounds.synthesis,
      stats: sql<string>`${withoutPaths(hiddenSnapshotPaths(view))}`,
    })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(
      and(
        eq(snapshots.questionId, questionId),
        eq(snapshots.roundId, previousRoundIdOf(db, forumId, questionId, beforeNumber)),
      ),
    );
}

/**
 * The id of the latest closed round before `beforeNumber` that asked `questionId` (has its snapshot), as
 * a subquery: the round of previousSnapshotQuery, for reading the expert's own answer there in the same batch.
 */
export const previousRoundIdOf = (
  db: Db,
  forumId: Bound<number>,
  questionId: Bound<number>,
  beforeNumber: Bound<number>,
) =>
  sql<number>`(${db
    .select({ id: rounds.id })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(
      and(closedRoundsOf(forumId), eq(snapshots.questionId, questionId), lt(rounds.number, beforeNumber)),
    )
    .orderBy(desc(rounds.number))
    .limit(1)})`;

/** A row of previousSnapshotQuery with its statistics parsed, as `view` allows. */
export function previousSnapshotOf(
  row: { roundNumber: number; roundId: number; synthesis: string; stats: string },
  view: SnapshotView,
) {
  return { ...row, stats: viewSnapshot(JSON.parse(row.stats) as QuestionSnapshot, view) };
}

/** The open round of the forum numbered after `number`, if any (its experts read round `number`'s feedback). */
export async function findOpenRoundAfter(db: Db, forumId: number, number: number) {
  return db
    .select({ number: rounds.number })
    .from(rounds)
    .where(and(eq(rounds.forumId, forumId), eq(rounds.state, "open"), gt(rounds.number, number)))
    .get();
}

/** All snapshots of a round, keyed by question id. */
export async function listRoundSnapshots(db: Db, roundId: number) {
  return db
    .select({ questionId: snapshots.questionId, stats: snapshots.stats })
    .from(snapshots)
    .where(eq(snapshots.roundId, roundId));
}

/** The forum's closed rounds (closed or published: answers final, snapshots stored), as a condition. */
export const closedRoundsOf = (forumId: Bound<number>) =>
  and(eq(rounds.forumId, forumId), inArray(rounds.state, CLOSED_STATES));

export const countSql = sql<number>`count(*)`;
