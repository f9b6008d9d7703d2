/**
 * A forum export (what `GET /api/v1/forums/:id/export` serves to organisers) and the round results
 * recomputed from it. `roundResultsFromExport(export, n)` computes every question's snapshot exactly as
 * closing round n did (src/db/queries/round-control.ts `storeSnapshots`): the same engine call, the
 * same inputs (eligible count, the forum's minimum group size, the current submitted answers in
 * submission order), so its JSON equals what `GET /api/v1/forums/:id/rounds/:n/results` serves.
 * Pure: no I/O; errors are TypeError/RangeError with a message naming the bad path.
 */
import { assertConsensusRule } from "./consensus/index.js";
import { INSTANT_FORMAT, instantProblem } from "./iso-time.js";
import { type AnswerValue, type NewQuestion, QUESTION_KINDS, type QuestionKind } from "./questions.js";
import { isClosed, type RoundState } from "./rounds.js";
import { computeQuestionSnapshot, previousRoundOf, type QuestionSnapshot } from "./snapshot.js";
import type { PreviousRound } from "./stability.js";

export const EXPORT_FORMAT = "scenario-forum-export";
export const EXPORT_VERSION = 1;

export type { RoundState } from "./rounds.js";

export type ExportAnswer = {
  questionId: number;
  pseudonym: string;
  institution: string | null;
  country: string | null;
  /** True when the respondent and their institution joined at the founding stage (stage 1). */
  founding?: boolean;
  /** When this (current) answer was submitted, ISO 8601 UTC. */
  time: string;
  value: AnswerValue;
  rationale: string;
};

export type ForumExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  forum: {
    id: number;
    title: string;
    description: string;
    anonymity: "quasi" | "strict";
    mode: "rounds" | "realtime";
    minGroupSize: number;
    /** The minimum for a consensus verdict; exports written before it existed carry none (defaults). */
    minRespondents?: number;
    minResponseRate?: number;
  };
  scenarioSets: {
    id: number;
    title: string;
    scenarios: {
      id: number;
      position: number;
      title: string;
      narrative: string;
      /** Organiser-given texts in other languages (present only when there are some). */
      translations?: { locale: string; title: string; narrative: string; drivers: string }[];
    }[];
  }[];
  questions: (NewQuestion & {
    id: number;
    position: number;
    /** Organiser-given texts in other languages (present only when there are some). */
    translations?: { locale: string; title: string; body: string; resolutionCriteria: string }[];
  })[];
  rounds: {
    number: number;
    state: RoundState;
    openedAt: string | null;
    closedAt: string | null;
    publishedAt: string | null;
    /** Experts who could answer: the frozen count once the round has closed. */
    eligible: number;
    /** Eligible experts, late joiners among them, and how many answered; frozen at close (absent in older exports). */
    participation?: { eligible: number; late: number; answered: number } | null;
    /** The round's questions in their order (results list them in this order). */
    questionIds: number[];
    /** Every current submitted answer, in submission order (oldest first). */
    answers: ExportAnswer[];
    /**
     * An ideas round (round 0): every item under its author's pseudonym, with the organisers' decisions
     * (merged into another item, rejected with a reason, promoted to a question). Absent on other rounds.
     */
    ideas?: ExportIdea[];
  }[];
};

export type ExportIdea = {
  id: number;
  /** The prompt (an `idea` question) the item answers. */
  questionId: number;
  pseudonym: string;
  title: string;
  explanation: string;
  editedTitle: string | null;
  editedExplanation: string | null;
  status: "submitted" | "merged" | "rejected" | "promoted";
  mergedInto: number | null;
  rejectReason: string | null;
  promotedQuestionId: number | null;
};

export type ResultsQuestion = {
  id: number;
  kind: QuestionKind;
  title: string;
  snapshot: QuestionSnapshot;
};

/** The results of one closed or published round: what the results endpoint and `analyse round` print. */
export type RoundResults = {
  forumId: number;
  round: { number: number; state: "closed" | "published" };
  questions: ResultsQuestion[];
};

/** Builds the results document from stored snapshots (or recomputed ones): one place decides the shape. */
export function roundResults(
  forumId: number,
  round: { number: number; state: "closed" | "published" },
  questions: ResultsQuestion[],
): RoundResults {
  return { forumId, round: { number: round.number, state: round.state }, questions };
}

/**
 * Recomputes round `n`'s snapshots from a forum export.
 * @throws {TypeError} on a malformed export
 * @throws {RangeError} when round n does not exist or is not closed or published
 */
export function roundResultsFromExport(data: unknown, n: number): RoundResults {
  const exp = checkExport(data);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`round must be a whole number, got ${n}`);
  const round = exp.rounds.find((r) => r.number === n);
  if (!round)
    throw new RangeError(
      `round ${n} is not in the export (rounds: ${exp.rounds.map((r) => r.number).join(", ") || "none"})`,
    );
  if (round.state !== "closed" && round.state !== "published")
    throw new RangeError(`round ${n} is ${round.state}; results exist only for closed or published rounds`);
  const byId = new Map(exp.questions.map((q) => [q.id, q]));
  const compute = (r: ForumExport["rounds"][number], id: number, previous: PreviousRound | null) => {
    const q = byId.get(id);
    if (!q) throw new TypeError(`round ${r.number} names question ${id}, which is not in questions`);
    return computeQuestionSnapshot({
      config: q.config,
      rule: q.consensusRule,
      eligible: r.eligible,
      minGroupSize: exp.forum.minGroupSize,
      minimum: { respondents: exp.forum.minRespondents, responseRate: exp.forum.minResponseRate },
      answers: r.answers.filter((a) => a.questionId === id),
      previous,
    });
  };
  const questions = round.questionIds.map((id) => {
    // Stability, as at close: the latest earlier closed round that asked the question.
    const earlier = exp.rounds
      .filter((r) => r.number < n && isClosed(r.state as RoundState) && r.questionIds.includes(id))
      .sort((a, b) => b.number - a.number)[0];
    const previous = earlier ? previousRoundOf(earlier.number, compute(earlier, id, null)) : null;
    const q = byId.get(id);
    return {
      id,
      kind: q?.kind as QuestionKind,
      title: q?.title ?? "",
      snapshot: compute(round, id, previous),
    };
  });
  // The same JSON round trip the stored snapshots went through (NaN and undefined vanish alike).
  return JSON.parse(
    JSON.stringify(roundResults(exp.forum.id, { number: n, state: round.state }, questions)),
  ) as RoundResults;
}

type Obj = Record<string, unknown>;

function obj(v: unknown, path: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new TypeError(`${path} must be an object`);
  return v as Obj;
}
function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new TypeError(`${path} must be an array`);
  return v;
}
function int(v: unknown, path: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new TypeError(`${path} must be a whole number`);
  return v;
}
function str(v: unknown, path: string): string {
  if (typeof v !== "string") throw new TypeError(`${path} must be a string`);
  return v;
}
function finite(v: unknown, path: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`${path} must be a finite number`);
  return v;
}

function checkValue(kind: QuestionKind, v: unknown, path: string): AnswerValue {
  const o = obj(v, path);
  if (o.kind !== kind) throw new TypeError(`${path}.kind must be "${kind}"`);
  switch (kind) {
    case "binary": {
      const p = finite(o.p, `${path}.p`);
      if (p < 0 || p > 1) throw new TypeError(`${path}.p must be in [0,1]`);
      return { kind, p };
    }
    case "allocation":
      return { kind, p: arr(o.p, `${path}.p`).map((x, i) => finite(x, `${path}.p[${i}]`)) };
    case "quantity": {
      const q = arr(o.q, `${path}.q`).map((x, i) => finite(x, `${path}.q[${i}]`));
      if (q.length !== 3) throw new TypeError(`${path}.q must have three quantiles`);
      return { kind, q: q as [number, number, number] };
    }
    case "rating":
      return { kind, r: finite(o.r, `${path}.r`) };
    case "ranking":
      return { kind, ranks: arr(o.ranks, `${path}.ranks`).map((x, i) => int(x, `${path}.ranks[${i}]`)) };
    default:
      throw new TypeError(`${path}: answers to ${String(kind)} questions have no results`);
  }
}

/** Checks an export's shape deeply enough that recomputing cannot fail on a malformed value. */
export function checkExport(data: unknown): ForumExport {
  const root = obj(data, "export");
  if (root.format !== EXPORT_FORMAT) throw new TypeError(`export.format must be "${EXPORT_FORMAT}"`);
  if (root.version !== EXPORT_VERSION) throw new TypeError(`export.version must be ${EXPORT_VERSION}`);
  const forum = obj(root.forum, "forum");
  int(forum.id, "forum.id");
  int(forum.minGroupSize, "forum.minGroupSize");
  if (forum.minRespondents !== undefined) int(forum.minRespondents, "forum.minRespondents");
  if (forum.minResponseRate !== undefined) {
    const rate = forum.minResponseRate;
    if (typeof rate !== "number" || !(rate >= 0 && rate <= 1))
      throw new TypeError("forum.minResponseRate must be a number from 0 to 1");
  }
  const kinds = new Map<number, QuestionKind>();
  arr(root.questions, "questions").forEach((raw, i) => {
    const q = obj(raw, `questions[${i}]`);
    const id = int(q.id, `questions[${i}].id`);
    const kind = q.kind as QuestionKind;
    if (!(QUESTION_KINDS as readonly string[]).includes(kind))
      throw new TypeError(`questions[${i}].kind must be one of ${QUESTION_KINDS.join(", ")}`);
    const config = obj(q.config, `questions[${i}].config`);
    if (config.kind !== kind) throw new TypeError(`questions[${i}].config.kind must be "${kind}"`);
    if (kind === "allocation") arr(config.scenarios, `questions[${i}].config.scenarios`);
    str(q.title, `questions[${i}].title`);
    try {
      assertConsensusRule(q.consensusRule);
    } catch (e) {
      throw new TypeError(`questions[${i}].consensusRule: ${(e as Error).message}`);
    }
    kinds.set(id, kind);
  });
  arr(root.rounds, "rounds").forEach((raw, i) => {
    const r = obj(raw, `rounds[${i}]`);
    int(r.number, `rounds[${i}].number`);
    if (!["draft", "open", "closed", "published"].includes(r.state as string))
      throw new TypeError(`rounds[${i}].state must be draft, open, closed or published`);
    const eligible = int(r.eligible, `rounds[${i}].eligible`);
    if (eligible < 0) throw new TypeError(`rounds[${i}].eligible must not be negative`);
    arr(r.questionIds, `rounds[${i}].questionIds`).forEach((x, j) => {
      int(x, `rounds[${i}].questionIds[${j}]`);
    });
    arr(r.answers, `rounds[${i}].answers`).forEach((rawA, j) => {
      const path = `rounds[${i}].answers[${j}]`;
      const a = obj(rawA, path);
      const kind = kinds.get(int(a.questionId, `${path}.questionId`));
      if (!kind) throw new TypeError(`${path}.questionId names no question of the export`);
      str(a.pseudonym, `${path}.pseudonym`);
      const problem = instantProblem(str(a.time, `${path}.time`));
      if (problem !== null) throw new TypeError(`${path}.time must be ${INSTANT_FORMAT} (${problem})`);
      str(a.rationale, `${path}.rationale`);
      if (a.founding !== undefined && typeof a.founding !== "boolean")
        throw new TypeError(`${path}.founding must be true or false`);
      for (const k of ["institution", "country"] as const) if (a[k] !== null) str(a[k], `${path}.${k}`);
      checkValue(kind, a.value, `${path}.value`);
    });
  });
  return data as ForumExport;
}
