import { checkFinite, checkFiniteArray, sortedCopy } from "../stats/check.js";
import { quantileSortedType7 } from "../stats/quantile-type7.js";
import { kendallW } from "./kendall-w.js";

/**
 * A pre-registered consensus rule, stored by the web app as JSON with each question.
 * - `iqr-at-most`: consensus when the type-7 IQR is ≤ `max` (e.g. IQR ≤ 1 on a 4–5-point scale: Raskin 1994;
 *   Rayens & Hahn 2000, reviewed by von der Gracht 2012).
 * - `kendall-at-least`: for rankings, consensus when Kendall's W (with ties) is ≥ `min` (0.7 "strong",
 *   Schmidt 1997); applied by {@link evaluateRankingConsensus}.
 * - `share-in-band`: consensus when the share of values in [low, high] (inclusive) is ≥ `minShare` (percent
 *   agreement; median threshold 0.75 across 100 studies, Diamond et al. 2014).
 */
export type ConsensusRule =
  | { kind: "iqr-at-most"; max: number }
  | { kind: "share-in-band"; low: number; high: number; minShare: number }
  | { kind: "kendall-at-least"; min: number };

export const CONSENSUS_RULE_KINDS = ["iqr-at-most", "share-in-band", "kendall-at-least"] as const;

/**
 * Slack on the comparison with the threshold, so a verdict does not flip on the last bit of a float
 * (an IQR of 1.0000000000000002 against max 1).
 */
const TOLERANCE = 1e-9;

/**
 * Checks that a value (typically parsed JSON) is a well-formed {@link ConsensusRule}.
 *
 * @throws {TypeError} on a non-object, an unknown kind or a non-number field
 * @throws {RangeError} on max < 0, low > high, minShare outside [0, 1], or a non-finite field
 */
export function assertConsensusRule(
  rule: unknown,
  fn = "assertConsensusRule",
): asserts rule is ConsensusRule {
  if (typeof rule !== "object" || rule === null) throw new TypeError(`${fn}: rule must be an object`);
  const r = rule as Record<string, unknown>;
  if (r.kind === "iqr-at-most") {
    checkFinite(fn, r.max, "rule.max");
    if (r.max < 0) throw new RangeError(`${fn}: rule.max must be ≥ 0, got ${r.max}`);
    return;
  }
  if (r.kind === "share-in-band") {
    checkFinite(fn, r.low, "rule.low");
    checkFinite(fn, r.high, "rule.high");
    checkFinite(fn, r.minShare, "rule.minShare");
    if (r.low > r.high) throw new RangeError(`${fn}: rule.low must be ≤ rule.high`);
    if (r.minShare < 0 || r.minShare > 1)
      throw new RangeError(`${fn}: rule.minShare must be in [0,1], got ${r.minShare}`);
    return;
  }
  if (r.kind === "kendall-at-least") {
    checkFinite(fn, r.min, "rule.min");
    if (r.min < 0 || r.min > 1) throw new RangeError(`${fn}: rule.min must be in [0,1], got ${r.min}`);
    return;
  }
  throw new TypeError(
    `${fn}: unknown rule kind "${String(r.kind)}"; expected one of ${CONSENSUS_RULE_KINDS.join(", ")}`,
  );
}

/**
 * Applies a consensus rule to one question's values (ratings, probabilities, or one scenario's shares).
 * `measure` is the IQR (`iqr-at-most`; lower is more agreement) or the share in the band
 * (`share-in-band`; higher is more agreement); `met` compares it with the threshold, inclusive, with a
 * 1e-9 slack against rounding.
 *
 * @example evaluateConsensus({ kind: "iqr-at-most", max: 1 }, [7, 8, 8, 9]) // { met: true, measure: 0.5 }
 * @example evaluateConsensus({ kind: "share-in-band", low: 7, high: 9, minShare: 0.75 }, [7, 8, 3, 9])
 * // { met: true, measure: 0.75 }
 * @throws {RangeError} on no values or a non-finite value, or a bad rule (see {@link assertConsensusRule})
 * @throws {TypeError} on an unknown rule kind, or `kendall-at-least` (it needs rankings: see
 *   {@link evaluateRankingConsensus})
 */
export function evaluateConsensus(
  rule: ConsensusRule,
  values: readonly number[],
): { met: boolean; measure: number } {
  const fn = "evaluateConsensus";
  assertConsensusRule(rule, fn);
  checkFiniteArray(fn, values);
  if (rule.kind === "iqr-at-most") {
    const sorted = sortedCopy(values);
    const measure = quantileSortedType7(sorted, 0.75) - quantileSortedType7(sorted, 0.25);
    return { met: measure <= rule.max + TOLERANCE, measure };
  }
  if (rule.kind === "kendall-at-least")
    throw new TypeError(`${fn}: a kendall-at-least rule applies to rankings (evaluateRankingConsensus)`);
  let inside = 0;
  for (const v of values) if (v >= rule.low && v <= rule.high) inside++;
  const measure = inside / values.length;
  return { met: measure >= rule.minShare - TOLERANCE, measure };
}

/**
 * Applies a `kendall-at-least` rule to rankings (one row per expert, one rank per item): `measure` is
 * Kendall's W with the tie correction ({@link kendallW}), `met` when W ≥ `min` (inclusive, 1e-9 slack).
 * With fewer than 2 rankings, W is undefined: `{ met: false, measure: NaN }`.
 *
 * @example evaluateRankingConsensus({ kind: "kendall-at-least", min: 0.7 }, [[1, 2, 3], [1, 3, 2], [1, 2, 3]])
 * // S = (3 − 6)² + (7 − 6)² + (8 − 6)² = 14, W = 12·14 / (9·24) = 0.7777… → { met: true, measure: 0.7777… }
 * @throws {TypeError} on a rule of another kind
 * @throws {RangeError} on a bad rule or malformed rankings (see {@link kendallW})
 */
export function evaluateRankingConsensus(
  rule: ConsensusRule,
  rankings: readonly (readonly number[])[],
): { met: boolean; measure: number } {
  const fn = "evaluateRankingConsensus";
  assertConsensusRule(rule, fn);
  if (rule.kind !== "kendall-at-least")
    throw new TypeError(`${fn}: expected a kendall-at-least rule, got ${rule.kind}`);
  if (rankings.length < 2) return { met: false, measure: Number.NaN };
  const { W } = kendallW(rankings);
  return { met: W >= rule.min - TOLERANCE, measure: W };
}
