/**
 * The consensus verdict a snapshot publishes: which measure decides it when a question has several parts,
 * and whether enough experts answered for a verdict at all.
 */
import type { ConsensusRule } from "./evaluate-consensus.js";

/**
 * - `met`: enough answers, and the pre-registered rule holds;
 * - `not-met`: enough answers, and it does not;
 * - `too-few-answers`: fewer respondents than the forum's minimum, or a response rate below its minimum.
 *   The spread of one answer is zero, so without a minimum a single answer would be "consensus".
 */
export type ConsensusState = "met" | "not-met" | "too-few-answers";

/** What a forum asks before it reports a consensus verdict. */
export type ConsensusMinimum = {
  /** Respondents needed (never below {@link MIN_RESPONDENTS_FLOOR}). */
  readonly respondents: number;
  /** Share of the eligible experts who must have answered, 0..1. */
  readonly responseRate: number;
};

/**
 * The smallest minimum a forum may set. With two respondents the IQR is half their distance and a
 * share-in-band of 100% is two people agreeing; three is also the platform's floor for any group
 * statistic (DESIGN.md: subgroups of fewer than three are never shown).
 */
export const MIN_RESPONDENTS_FLOOR = 3;

/**
 * Default minimum respondents: 5, the lower end of the panel size Rowe & Wright recommend ("use between
 * five and twenty experts": Rowe & Wright 2001, "Expert opinions in forecasting: the role of the Delphi
 * technique", in Armstrong (ed.), *Principles of Forecasting*, pp. 125–144).
 */
export const DEFAULT_MIN_RESPONDENTS = 5;

/**
 * Default minimum response rate: 70% of the eligible experts, the rate Sumsion (1998, "The Delphi
 * technique: an adaptive research tool", British Journal of Occupational Therapy 61(4):153–156)
 * recommends each round keep for the results to be credible.
 */
export const DEFAULT_MIN_RESPONSE_RATE = 0.7;

/** A new forum's minimum, as its columns name it (forums.min_respondents, forums.min_response_rate). */
export const FORUM_CONSENSUS_DEFAULTS = {
  minRespondents: DEFAULT_MIN_RESPONDENTS,
  minResponseRate: DEFAULT_MIN_RESPONSE_RATE,
} as const;

export const DEFAULT_CONSENSUS_MINIMUM: ConsensusMinimum = {
  respondents: DEFAULT_MIN_RESPONDENTS,
  responseRate: DEFAULT_MIN_RESPONSE_RATE,
};

/**
 * The minimum in force: the forum's, with respondents raised to at least {@link MIN_RESPONDENTS_FLOOR}
 * and the rate clamped into [0, 1]; the defaults where the forum gives none (older exports).
 *
 * @throws {RangeError} on a non-finite or fractional respondent count, or a non-finite rate
 */
export function consensusMinimum(given?: Partial<ConsensusMinimum> | null): ConsensusMinimum {
  const respondents = given?.respondents ?? DEFAULT_MIN_RESPONDENTS;
  const responseRate = given?.responseRate ?? DEFAULT_MIN_RESPONSE_RATE;
  if (!Number.isInteger(respondents))
    throw new RangeError(`consensusMinimum: respondents must be a whole number, got ${respondents}`);
  if (!Number.isFinite(responseRate))
    throw new RangeError(`consensusMinimum: responseRate must be finite, got ${responseRate}`);
  return {
    respondents: Math.max(MIN_RESPONDENTS_FLOOR, respondents),
    responseRate: Math.min(1, Math.max(0, responseRate)),
  };
}

/**
 * True when n respondents out of `eligible` reach the minimum: n ≥ respondents and n / eligible ≥
 * responseRate (with no eligible experts, the rate is taken as met only when nobody is required).
 *
 * @example enoughAnswers(5, 6, { respondents: 5, responseRate: 0.7 }) // true (5/6 = 83%)
 * @example enoughAnswers(5, 8, { respondents: 5, responseRate: 0.7 }) // false (5/8 = 62.5%)
 */
export function enoughAnswers(n: number, eligible: number, minimum: ConsensusMinimum): boolean {
  const m = consensusMinimum(minimum);
  if (n < m.respondents) return false;
  // A rate of 7/10 is exactly 0.7; compare n ≥ rate·eligible with a slack against rounding.
  return eligible > 0 ? n >= m.responseRate * eligible - 1e-9 : m.responseRate === 0;
}

/**
 * The measure that decides a verdict over several parts (an allocation's scenarios, a ranking's
 * options, a proposal's dimensions), each of which must meet the rule: the worst part. For `iqr-at-most`
 * that is the largest IQR; for `share-in-band` the smallest share; for `kendall-at-least` (one W for the
 * whole ranking) the smallest W. Parts without a finite measure are skipped; null when none has one.
 *
 * @example decidingMeasure({ kind: "share-in-band", low: 0, high: 0.3, minShare: 0.75 }, [0.9, 0.6, 1])
 * // 0.6: the scenario that fails the rule decides it (Math.max would have published 1)
 */
export function decidingMeasure(rule: ConsensusRule, measures: readonly number[]): number | null {
  const finite = measures.filter((m) => Number.isFinite(m));
  if (finite.length === 0) return null;
  return rule.kind === "iqr-at-most" ? Math.max(...finite) : Math.min(...finite);
}

/** The state of a verdict: `too-few-answers` below the minimum, else met or not. */
export function consensusState(met: boolean, enough: boolean): ConsensusState {
  if (!enough) return "too-few-answers";
  return met ? "met" : "not-met";
}

/**
 * The state of a stored verdict, also for snapshots frozen before states existed: those carry only
 * `met`, and are read with the default minimum of respondents (a one-answer "consensus" of an old
 * round is shown as too few answers, not as agreement).
 */
export function storedConsensusState(
  consensus: { met: boolean; state?: ConsensusState } | null | undefined,
  n: number,
): ConsensusState {
  if (!consensus) return "too-few-answers";
  if (consensus.state) return consensus.state;
  return consensusState(consensus.met, n >= DEFAULT_MIN_RESPONDENTS);
}

/** A snapshot's published verdict: the rule, the deciding measure, the state and the minimum applied. */
export type ConsensusVerdict = {
  rule: ConsensusRule;
  /** True only in state `met`. */
  met: boolean;
  /** The measure that decides the verdict ({@link decidingMeasure}); null when there is none. */
  measure: number | null;
  // Optional, so snapshots stored before verdict states existed still read.
  state?: ConsensusState;
  minimum?: ConsensusMinimum;
};

/**
 * The verdict a snapshot publishes: the rule's own answer (`ruleMet`, `measure`) once the answers reach
 * the minimum; `too-few-answers` (met false, the measure still shown for transparency) below it.
 */
export function consensusVerdict(
  rule: ConsensusRule,
  ruleMet: boolean,
  measure: number | null,
  answered: { n: number; eligible: number },
  minimum?: Partial<ConsensusMinimum> | null,
): ConsensusVerdict {
  const m = consensusMinimum(minimum);
  const state = consensusState(ruleMet, enoughAnswers(answered.n, answered.eligible, m));
  return {
    rule,
    met: state === "met",
    measure: measure !== null && Number.isFinite(measure) ? measure : null,
    state,
    minimum: m,
  };
}

/**
 * The verdict over several parts (an allocation's scenarios, a ranking's options, a proposal's
 * dimensions): met when there are answers and every part meets the rule, decided by the worst part
 * ({@link decidingMeasure}), with the minimum of {@link consensusVerdict}.
 */
export function partsVerdict(
  rule: ConsensusRule,
  parts: readonly { met: boolean; measure: number | null }[],
  answered: { n: number; eligible: number },
  minimum?: Partial<ConsensusMinimum> | null,
): ConsensusVerdict {
  return consensusVerdict(
    rule,
    answered.n > 0 && parts.length > 0 && parts.every((p) => p.met),
    decidingMeasure(
      rule,
      parts.map((p) => p.measure ?? Number.NaN),
    ),
    answered,
    minimum,
  );
}
