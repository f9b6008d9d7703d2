/**
 * Question kinds, their settings and the shape of an answer to each. Probabilities are 0..1 here;
 * percentages exist only in views.
 */
import type { ConsensusRule } from "./consensus/index.js";
import type { PromoteAs } from "./ideas.js";
import type { ProposalAnswer, ProposalConfig } from "./proposals.js";

export const QUESTION_KINDS = ["binary", "allocation", "quantity", "rating", "ranking"] as const;
/** Every kind, also those made by their own flows (proposals and ideas-round prompts: src/domain/proposals.ts). */
export const ALL_QUESTION_KINDS = [...QUESTION_KINDS, "proposal", "idea"] as const;
export type QuestionKind = (typeof ALL_QUESTION_KINDS)[number];

/** The quantile levels a quantity question elicits (5th, 50th, 95th percentiles). */
export const QUANTITY_LEVELS = [0.05, 0.5, 0.95] as const;

export type ScenarioRef = { id: number; title: string };

export type QuestionConfig =
  | { kind: "binary" }
  | { kind: "allocation"; scenarioSetId: number; scenarios: ScenarioRef[] }
  | {
      kind: "quantity";
      unit: string;
      /** EXCALIBUR scale of an imported item (Cooke's model works on logarithms for "log"); default "uni". */
      scale?: "uni" | "log";
      /** Quantile levels of imported answers when not 5/50/95 (e.g. [0.1, 0.5, 0.9]); such forums are read-only. */
      levels?: number[];
      /** The item id of an imported EXCALIBUR item (kept for the export). */
      itemId?: string;
    }
  | { kind: "rating"; min: number; max: number; minLabel: string; maxLabel: string }
  /** Experts order `options`; an answer gives each option's rank (1 = first). */
  | { kind: "ranking"; options: string[] }
  /** Rated on two or more dimensions (Policy Delphi); a trend has likelihood and impact. */
  | ProposalConfig
  /** An open prompt of an ideas round: answered with items (table ideas), never with answers. */
  | { kind: "idea"; becomes?: PromoteAs };

export type AnswerValue =
  | { kind: "binary"; p: number }
  | { kind: "allocation"; p: number[] }
  | { kind: "quantity"; q: [number, number, number] }
  | { kind: "rating"; r: number }
  /** ranks[i] is the rank of option i (1 = first): a permutation of 1..n. */
  | { kind: "ranking"; ranks: number[] }
  | ProposalAnswer;

/**
 * The one number per answer that group statistics (median, IQR, consensus) are computed on:
 * the probability, the rating, or the median of a quantity. Allocations have one per scenario and
 * rankings one rank per option, so they have none.
 */
export function scalarOf(value: AnswerValue): number {
  switch (value.kind) {
    case "binary":
      return value.p;
    case "quantity":
      return value.q[1];
    case "rating":
      return value.r;
    case "allocation":
      throw new TypeError("scalarOf: an allocation has one value per scenario");
    case "ranking":
      throw new TypeError("scalarOf: a ranking has one rank per option");
    case "proposal":
      throw new TypeError("scalarOf: a proposal has one rating per dimension");
  }
}

/** Parses a stored answer value (JSON text) for a question kind; throws TypeError on a malformed row. */
export function parseAnswerValue(kind: QuestionKind, json: string): AnswerValue {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const bad = () => new TypeError(`parseAnswerValue: malformed ${kind} answer ${json}`);
  switch (kind) {
    case "binary":
      if (typeof raw.p !== "number") throw bad();
      return { kind, p: raw.p };
    case "allocation":
      if (!Array.isArray(raw.p) || !raw.p.every((x) => typeof x === "number")) throw bad();
      return { kind, p: raw.p as number[] };
    case "quantity":
      if (!Array.isArray(raw.q) || raw.q.length !== 3 || !raw.q.every((x) => typeof x === "number"))
        throw bad();
      return { kind, q: raw.q as [number, number, number] };
    case "rating":
      if (typeof raw.r !== "number") throw bad();
      return { kind, r: raw.r };
    case "ranking":
      if (!Array.isArray(raw.ranks) || !raw.ranks.every((x) => Number.isInteger(x))) throw bad();
      return { kind, ranks: raw.ranks as number[] };
    case "proposal":
      if (!Array.isArray(raw.ratings) || !raw.ratings.every((x) => typeof x === "number")) throw bad();
      return { kind, ratings: raw.ratings as number[] };
    case "idea":
      throw bad();
  }
}

/** The JSON text stored for an answer value (kind is implied by the question). */
export function serialiseAnswerValue(value: AnswerValue): string {
  const { kind: _kind, ...rest } = value;
  return JSON.stringify(rest);
}

/** True when `ranks` gives each of n options a distinct rank 1..n (a complete ranking, no ties). */
export function isCompleteRanking(ranks: readonly number[], n: number): boolean {
  if (ranks.length !== n) return false;
  const seen = new Set<number>();
  for (const r of ranks) {
    if (!Number.isInteger(r) || r < 1 || r > n || seen.has(r)) return false;
    seen.add(r);
  }
  return true;
}

export type StoredAnswer = {
  id: number;
  value: AnswerValue;
  rationale: string;
  status: "draft" | "submitted";
  createdAt: string;
  questionVersion: number;
};

export type QuestionText = { title: string; body: string; resolutionCriteria: string };

export type QuestionVersion = QuestionText & { version: number; createdAt: string };

export type WordingChange = { sinceRound: number; previous: QuestionVersion };

export type NewQuestion = {
  kind: QuestionKind;
  title: string;
  body: string;
  resolutionCriteria: string;
  config: QuestionConfig;
  consensusRule: ConsensusRule;
};

export type ForumQuestion = NewQuestion & {
  id: number;
  position: number;
  /** The consensus verdict of the question's snapshot in the latest closed or published round that asked it. */
  latest: { roundNumber: number; met: boolean; n: number } | null;
  /** Asked in a round that has opened: from then on it is part of the record (never deleted). */
  asked?: boolean;
};

/** A stored question (questions table) as pages read it. */
export type Question = NewQuestion & {
  id: number;
  forumId: number;
  position: number;
  version: number;
  isSeed: boolean;
  fromIdeaId: number | null;
  createdAt: string;
};
