/**
 * Policy proposals (Policy Delphi): an item rated on two or more dimensions chosen by the organiser,
 * e.g. desirability and feasibility on 1–5, with a rationale. A trend from an ideas round is a proposal
 * rated on likelihood and impact (`trend: true`). Pure: no I/O.
 */
import {
  type ConsensusRule,
  type ConsensusState,
  detectPolarisation,
  evaluateConsensus,
  type Polarisation,
} from "./consensus/index.js";
import type { QuestionSnapshot } from "./snapshot.js";
import { describeSample } from "./stats/index.js";

export type ProposalDimension = {
  key: string;
  label: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
};

export type ProposalConfig = { kind: "proposal"; dimensions: ProposalDimension[]; trend?: boolean };
/** ratings[i] is the rating on dimensions[i]. */
export type ProposalAnswer = { kind: "proposal"; ratings: number[] };

/** The Policy Delphi pair (Turoff 1970): desirability and feasibility, 1–5. */
export const DEFAULT_PROPOSAL_DIMENSIONS: readonly ProposalDimension[] = [
  {
    key: "desirability",
    label: "Desirability",
    min: 1,
    max: 5,
    minLabel: "Very undesirable",
    maxLabel: "Very desirable",
  },
  {
    key: "feasibility",
    label: "Feasibility",
    min: 1,
    max: 5,
    minLabel: "Definitely infeasible",
    maxLabel: "Definitely feasible",
  },
];

/** A trend is rated for likelihood and impact, 1–5 (the axes of a trend radar). */
export const TREND_DIMENSIONS: readonly ProposalDimension[] = [
  {
    key: "likelihood",
    label: "Likelihood",
    min: 1,
    max: 5,
    minLabel: "Very unlikely",
    maxLabel: "Almost certain",
  },
  { key: "impact", label: "Impact", min: 1, max: 5, minLabel: "Negligible", maxLabel: "Very large" },
];

/** The consensus rule given to promoted proposals and trends: IQR ≤ 1 on a 5-point scale (Raskin 1994). */
export const DEFAULT_PROPOSAL_RULE: ConsensusRule = { kind: "iqr-at-most", max: 1 };

export type Summary = ReturnType<typeof describeSample>;

export type DimensionSummary = {
  key: string;
  label: string;
  n: number;
  summary: Summary | null;
  /** The ratings on this dimension, ascending, with no pseudonym. */
  distribution: number[];
  /**
   * The question's consensus rule applied to this dimension's ratings alone; `state` (absent in older
   * snapshots) is `too-few-answers` when the proposal has fewer answers than the forum's minimum.
   */
  consensus: { met: boolean; measure: number | null; state?: ConsensusState };
  /** Split panel and splits along institutions or countries (consensus/polarisation.ts); absent in older snapshots. */
  polarisation?: Polarisation;
};

/** Checks a proposal config: at least two dimensions, unique keys, integer scales with min < max. */
export function assertProposalConfig(config: unknown): asserts config is ProposalConfig {
  const c = config as ProposalConfig;
  if (c?.kind !== "proposal" || !Array.isArray(c.dimensions))
    throw new TypeError("assertProposalConfig: not a proposal config");
  if (c.dimensions.length < 2) throw new RangeError("assertProposalConfig: at least two dimensions");
  const keys = new Set<string>();
  for (const d of c.dimensions) {
    if (!Number.isInteger(d.min) || !Number.isInteger(d.max) || d.min >= d.max)
      throw new RangeError(`assertProposalConfig: dimension ${d.key} needs integers min < max`);
    if (keys.has(d.key)) throw new RangeError(`assertProposalConfig: duplicate dimension ${d.key}`);
    keys.add(d.key);
  }
}

/**
 * Per-dimension statistics of a proposal's ratings: n, type-7 median and quartiles, the distribution
 * and the question's consensus rule applied to each dimension on its own (so "consensus on
 * desirability, none on feasibility" is a possible and reported result).
 */
export function summariseProposal(
  config: ProposalConfig,
  rule: ConsensusRule,
  ratings: readonly (readonly number[])[],
  /** Each rater's institution and country (same order as `ratings`), for splits along groups. */
  raters?: readonly { institution?: string | null; country?: string | null }[],
  minGroupSize = 3,
): DimensionSummary[] {
  return config.dimensions.map((d, i) => {
    const values = ratings.map((r) => r[i]).filter((x): x is number => typeof x === "number");
    const rated = ratings
      .map((r, k) => ({ value: r[i], institution: raters?.[k]?.institution, country: raters?.[k]?.country }))
      .filter(
        (
          r,
        ): r is {
          value: number;
          institution: string | null | undefined;
          country: string | null | undefined;
        } => typeof r.value === "number",
      );
    const verdict = values.length > 0 ? evaluateConsensus(rule, values) : null;
    return {
      key: d.key,
      label: d.label,
      n: values.length,
      summary: values.length > 0 ? describeSample(values) : null,
      distribution: [...values].sort((a, b) => a - b),
      consensus: {
        met: verdict?.met ?? false,
        measure: verdict && Number.isFinite(verdict.measure) ? verdict.measure : null,
      },
      polarisation: detectPolarisation(rated, { min: d.min, max: d.max }, minGroupSize),
    };
  });
}

export type RankableProposal = { id: number; dimensions: readonly DimensionSummary[] };

/**
 * Orders proposals for the ranked list. The rule (shown in words beside the list):
 * 1. higher median on the first dimension (desirability), then
 * 2. higher median on the second dimension (feasibility), then
 * 3. lower IQR on the first dimension, then lower IQR on the second (more agreement first), then
 * 4. the lower question id (the order they were written), so the order is total and stable.
 * Proposals without ratings come last. Returns a new array; the input is not changed.
 */
export function rankProposals<P extends RankableProposal>(proposals: readonly P[]): P[] {
  const med = (p: P, i: number) => p.dimensions[i]?.summary?.median ?? Number.NEGATIVE_INFINITY;
  const iqr = (p: P, i: number) => p.dimensions[i]?.summary?.iqr ?? Number.POSITIVE_INFINITY;
  return [...proposals].sort(
    (a, b) =>
      med(b, 0) - med(a, 0) ||
      med(b, 1) - med(a, 1) ||
      iqr(a, 0) - iqr(b, 0) ||
      iqr(a, 1) - iqr(b, 1) ||
      a.id - b.id,
  );
}

export type ProposalRow = {
  id: number;
  title: string;
  body: string;
  version: number;
  config: ProposalConfig;
  /** True while a round that asks it is open (it cannot be revised then). */
  inOpenRound: boolean;
  history: { version: number; title: string; body: string; createdAt: string }[];
};

export type ProposalResult = {
  questionId: number;
  title: string;
  config: ProposalConfig;
  roundNumber: number;
  snapshot: Omit<QuestionSnapshot, "responses">;
};
