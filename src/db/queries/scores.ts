import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { TrackRecord } from "../../domain/aggregation/index.js";
import {
  type QuestionScore,
  recordsFrom,
  type ScoredForumQuestion,
  scoreForumQuestions,
} from "../../domain/forum-scores.js";
import type { QuestionConfig, QuestionKind } from "../../domain/questions.js";
import type { Db } from "../client.js";
import { answers, members, questions, resolutions, roundQuestions, rounds, users } from "../schema.js";
import { listCurrentResolutions, type ResolutionRow } from "./resolutions.js";

export type ScoringExpert = {
  key: string;
  memberId: number;
  userId: number;
  pseudonym: string;
  name: string;
};
export type ForumQuestionInfo = {
  id: number;
  title: string;
  kind: QuestionKind;
  config: QuestionConfig;
  isSeed: boolean;
};

export type ForumScoring = {
  questions: ForumQuestionInfo[];
  resolutions: Map<number, ResolutionRow>;
  /** Resolved, not annulled binary and allocation questions with every round's submitted revisions. */
  scored: ScoredForumQuestion[];
  /** Experts who answered a scored question, keyed by user id (as a string: the same across forums). */
  experts: Map<string, ScoringExpert>;
  scores: QuestionScore[];
};

/**
 * Everything the scores of a forum are computed from: resolved binary and allocation questions, each
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
    kind: q.kind as QuestionKind,
    config: q.config as QuestionConfig,
    isSeed: Boolean(q.isSeed),
  }));
  const resolved = info.filter((q) => {
    const r = current.get(q.id)?.outcome;
    return r && !("annulled" in r) && (q.kind === "binary" || q.kind === "allocation");
  });
  const experts = new Map<string, ScoringExpert>();
  if (resolved.length === 0)
    return { questions: info, resolutions: current, scored: [], experts, scores: [] };
  const ids = resolved.map((q) => q.id);
  const [windows, rows] = await Promise.all([
    db
      .select({
        roundId: rounds.id,
        questionId: roundQuestions.questionId,
        opens: rounds.openedAt,
        closes: rounds.closedAt,
      })
      .from(roundQuestions)
      .innerJoin(rounds, eq(rounds.id, roundQuestions.roundId))
      .where(
        and(
          eq(rounds.forumId, forumId),
          inArray(rounds.state, ["closed", "published"]),
          isNotNull(rounds.openedAt),
          isNotNull(rounds.closedAt),
          inArray(roundQuestions.questionId, ids),
        ),
      )
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
      .where(
        and(eq(members.forumId, forumId), eq(answers.status, "submitted"), inArray(answers.questionId, ids)),
      )
      .orderBy(asc(answers.id)),
  ]);
  for (const r of rows) {
    const key = String(r.userId);
    if (!experts.has(key))
      experts.set(key, { key, memberId: r.memberId, userId: r.userId, pseudonym: r.pseudonym, name: r.name });
  }
  const scored: ScoredForumQuestion[] = resolved.map((q) => {
    const outcome = current.get(q.id)!.outcome;
    return {
      id: q.id,
      kind: q.kind as "binary" | "allocation",
      outcome:
        "outcome" in outcome ? outcome.outcome : "scenarioIndex" in outcome ? outcome.scenarioIndex : 0,
      rounds: windows
        .filter((w) => w.questionId === q.id)
        .map((w) => ({
          opens: w.opens as string,
          closes: w.closes as string,
          forecasts: rows
            .filter((a) => a.roundId === w.roundId && a.questionId === q.id)
            .map((a) => {
              const v = JSON.parse(a.value) as { p: number | number[] };
              return { expert: String(a.userId), time: a.time, p: v.p };
            }),
        })),
    };
  });
  return { questions: info, resolutions: current, scored, experts, scores: scoreForumQuestions(scored) };
}

/**
 * The binary-question scores of the given users across every forum they answered as experts, keyed by
 * user id, for track-record weights. Each forum is scored exactly as its own scores page scores it.
 */
export async function loadUserScores(db: Db, userIds: readonly number[]): Promise<QuestionScore[]> {
  if (userIds.length === 0) return [];
  const forumRows = await db
    .selectDistinct({ forumId: questions.forumId })
    .from(resolutions)
    .innerJoin(questions, eq(questions.id, resolutions.questionId))
    .innerJoin(members, eq(members.forumId, questions.forumId))
    .where(
      and(
        isNull(resolutions.supersededAt),
        eq(questions.kind, "binary"),
        inArray(members.userId, [...userIds]),
        eq(members.role, "expert"),
      ),
    );
  const wanted = new Set(userIds.map(String));
  const all: QuestionScore[] = [];
  for (const { forumId } of forumRows) {
    const scoring = await loadForumScoring(db, forumId);
    for (const s of scoring.scores) if (s.kind === "binary" && wanted.has(s.expert)) all.push(s);
  }
  return all;
}

/** Track records of users (by user id) over their resolved binary questions, leaving one question out. */
export async function loadTrackRecords(
  db: Db,
  userIds: readonly number[],
  without?: number,
): Promise<TrackRecord[]> {
  return recordsFrom(await loadUserScores(db, userIds), without);
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
