import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { ForumQuestionInfo, ScoringExpert } from "../../domain/forum-scores.js";
import {
  type QuantityQuestionScore,
  type QuestionScore,
  type ScoredForumQuestion,
  type ScoredQuantityForumQuestion,
  scoreForumQuestions,
  scoreQuantityQuestions,
} from "../../domain/forum-scores.js";
import { QUANTITY_LEVELS } from "../../domain/questions.js";
import type { Db } from "../client.js";
import { answers, members, questions, roundQuestions, rounds, users } from "../schema.js";
import { listCurrentResolutions, type ResolutionRow } from "./resolutions.js";
import { closedRoundsOf } from "./rounds.js";

export type ForumScoring = {
  questions: ForumQuestionInfo[];
  resolutions: Map<number, ResolutionRow>;
  /** Resolved, not annulled binary and allocation questions with every round's submitted revisions. */
  scored: ScoredForumQuestion[];
  /** Experts who answered a scored question, keyed by user id (as a string: the same across forums). */
  experts: Map<string, ScoringExpert>;
  scores: QuestionScore[];
  /** Resolved, not annulled quantity questions with every round's submitted revisions. */
  quantityScored: ScoredQuantityForumQuestion[];
  /** Interval score, CRPS and quantile loss per expert and resolved quantity question. */
  quantityScores: QuantityQuestionScore[];
};

/**
 * Everything the scores of a forum are computed from: resolved binary, allocation and quantity questions, each
 * round that asked them with its open window [opened_at, closed_at] (closed and published rounds), and
 * every submitted revision in those rounds. Experts are keyed by user id so records add up across forums.
 */
export async function loadForumScoring(db: Db, forumId: number): Promise<ForumScoring> {
  const [qs, current] = await Promise.all([
    db
      .select()
      .from(questions)
      .where(eq(questions.forumId, forumId))
      .orderBy(asc(questions.position), asc(questions.id)),
    listCurrentResolutions(db, forumId),
  ]);
  const info: ForumQuestionInfo[] = qs.map((q) => ({
    id: q.id,
    title: q.title,
    kind: q.kind,
    config: q.config,
    isSeed: Boolean(q.isSeed),
  }));
  const settled = info.filter((q) => {
    const r = current.get(q.id)?.outcome;
    return r && !("annulled" in r);
  });
  const resolved = settled.filter((q) => q.kind === "binary" || q.kind === "allocation");
  const quantities = settled.filter((q) => q.kind === "quantity");
  const experts = new Map<string, ScoringExpert>();
  if (resolved.length + quantities.length === 0)
    return {
      questions: info,
      resolutions: current,
      scored: [],
      experts,
      scores: [],
      quantityScored: [],
      quantityScores: [],
    };
  // Filtered here rather than with IN (...): D1 binds at most 100 parameters per statement.
  const wanted = new Set([...resolved, ...quantities].map((q) => q.id));
  const [allWindows, allRows] = await Promise.all([
    db
      .select({
        roundId: rounds.id,
        questionId: roundQuestions.questionId,
        opens: rounds.openedAt,
        closes: rounds.closedAt,
      })
      .from(roundQuestions)
      .innerJoin(rounds, eq(rounds.id, roundQuestions.roundId))
      .where(and(closedRoundsOf(forumId), isNotNull(rounds.openedAt), isNotNull(rounds.closedAt)))
      .orderBy(asc(rounds.number)),
    db
      .select({
        roundId: answers.roundId,
        questionId: answers.questionId,
        value: answers.value,
        time: answers.createdAt,
        memberId: members.id,
        userId: members.userId,
        pseudonym: members.pseudonym,
        name: users.name,
      })
      .from(answers)
      .innerJoin(members, eq(members.id, answers.memberId))
      .innerJoin(users, eq(users.id, members.userId))
      .where(and(eq(members.forumId, forumId), eq(answers.status, "submitted")))
      .orderBy(asc(answers.id)),
  ]);
  const windows = allWindows.filter((w) => wanted.has(w.questionId));
  const rows = allRows.filter((r) => wanted.has(r.questionId));
  for (const r of rows) {
    const key = String(r.userId);
    if (!experts.has(key))
      experts.set(key, { key, memberId: r.memberId, userId: r.userId, pseudonym: r.pseudonym, name: r.name });
  }
  /** The question's rounds, each with its submitted revisions read by `read`. */
  const roundsOf = <F>(questionId: number, read: (value: string) => F) =>
    windows
      .filter((w) => w.questionId === questionId)
      .map((w) => ({
        opens: w.opens as string,
        closes: w.closes as string,
        forecasts: rows
          .filter((a) => a.roundId === w.roundId && a.questionId === questionId)
          .map((a) => ({ expert: String(a.userId), time: a.time, ...read(a.value) })),
      }));
  const scored: ScoredForumQuestion[] = resolved.map((q) => {
    const outcome = current.get(q.id)!.outcome;
    return {
      id: q.id,
      kind: q.kind as "binary" | "allocation",
      outcome:
        "outcome" in outcome ? outcome.outcome : "scenarioIndex" in outcome ? outcome.scenarioIndex : 0,
      rounds: roundsOf(q.id, (value) => ({ p: (JSON.parse(value) as { p: number | number[] }).p })),
    };
  });
  const quantityScored: ScoredQuantityForumQuestion[] = quantities.flatMap((q) => {
    const outcome = current.get(q.id)!.outcome;
    if (!("value" in outcome) || q.config.kind !== "quantity") return [];
    return [
      {
        id: q.id,
        levels: q.config.levels ?? QUANTITY_LEVELS,
        outcome: outcome.value,
        rounds: roundsOf(q.id, (value) => ({ q: (JSON.parse(value) as { q: number[] }).q })),
      },
    ];
  });
  return {
    questions: info,
    resolutions: current,
    scored,
    experts,
    scores: scoreForumQuestions(scored),
    quantityScored,
    quantityScores: scoreQuantityQuestions(quantityScored),
  };
}

/**
 * The binary-question scores, across every forum, of the experts of `forumId`'s panel (keyed by user
 * id), for track-record weights. Each forum is scored exactly as its own scores page scores it. The
 * forums are found from the panel's memberships (indexed joins, no parameter list).
 */
export async function loadPanelScores(db: Db, forumId: number): Promise<QuestionScore[]> {
  const forumRows = await db.all<{ forumId: number; userId: number | null }>(
    sql`SELECT DISTINCT q.forum_id AS forumId, NULL AS userId
      FROM members m2
      JOIN members m1 ON m1.user_id = m2.user_id AND m1.role = 'expert'
      JOIN questions q ON q.forum_id = m1.forum_id AND q.kind = 'binary'
      JOIN resolutions r ON r.question_id = q.id AND r.superseded_at IS NULL
      WHERE m2.forum_id = ${forumId} AND m2.role = 'expert'`,
  );
  if (forumRows.length === 0) return [];
  const panel = new Set(
    (
      await db
        .select({ userId: members.userId })
        .from(members)
        .where(and(eq(members.forumId, forumId), eq(members.role, "expert")))
    ).map((m) => String(m.userId)),
  );
  const all: QuestionScore[] = [];
  for (const { forumId: id } of forumRows) {
    const scoring = await loadForumScoring(db, id);
    for (const s of scoring.scores) if (s.kind === "binary" && panel.has(s.expert)) all.push(s);
  }
  return all;
}

/** True when any question anywhere has a resolution (an indexed probe reading one row at most). */
export async function anyResolution(db: Db): Promise<boolean> {
  const row = await db.all(sql`SELECT 1 FROM resolutions WHERE question_id > 0 LIMIT 1`);
  return row.length > 0;
}

/** True when a question of this forum has a resolution (indexed: the forum's questions, then resolutions). */
export async function forumHasResolution(db: Db, forumId: number): Promise<boolean> {
  const row = await db.all(
    sql`SELECT 1 FROM questions q JOIN resolutions r ON r.question_id = q.id WHERE q.forum_id = ${forumId} LIMIT 1`,
  );
  return row.length > 0;
}

/** The forums in which a user answered as an expert, with titles. */
export async function listExpertForums(db: Db, userId: number) {
  return db
    .select({
      forumId: members.forumId,
      memberId: members.id,
      title: sql<string>`(SELECT title FROM forums WHERE id = ${members.forumId})`,
    })
    .from(members)
    .where(and(eq(members.userId, userId), eq(members.role, "expert"), eq(members.status, "active")))
    .orderBy(asc(members.forumId));
}

/** The member's own answers in a forum (every revision, drafts included), oldest first, with round numbers. */
export async function listMyForumAnswers(db: Db, forumId: number, memberId: number) {
  return db
    .select({
      questionId: answers.questionId,
      roundNumber: rounds.number,
      value: answers.value,
      status: answers.status,
      createdAt: answers.createdAt,
    })
    .from(answers)
    .innerJoin(rounds, eq(rounds.id, answers.roundId))
    .where(and(eq(rounds.forumId, forumId), eq(answers.memberId, memberId)))
    .orderBy(asc(rounds.number), asc(answers.id));
}

export type { ForumQuestionInfo, ScoringExpert } from "../../domain/forum-scores.js";
