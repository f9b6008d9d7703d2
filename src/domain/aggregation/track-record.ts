/**
 * Track-record (performance) weights for pooling probabilities, from each expert's Brier scores on
 * questions that have already resolved.
 *
 * With Bᵢ the mean Brier score of expert i over nᵢ resolved questions, B̄ the crowd's mean Brier score
 * (every scored forecast counted once: Σ nᵢBᵢ / Σ nᵢ), a sensitivity k > 0 and a prior count n₀ > 0:
 *
 *   sᵢ = nᵢ / (nᵢ + n₀)                       (credibility: 0 with no record, → 1 with a long one)
 *   B̃ᵢ = sᵢ·Bᵢ + (1 − sᵢ)·B̄                  (the expert's Brier shrunk toward the crowd's)
 *   wᵢ = exp(−k·(B̃ᵢ − B̄)) / Σⱼ exp(−k·(B̃ⱼ − B̄))
 *
 * so an expert with no resolved questions, or a panel where nobody has one, gets equal weights, and
 * an expert better (lower Brier) than the crowd weighs more the longer their record. Defaults
 * k = 10 (a Brier 0.05 better than the crowd's multiplies the weight by e^0.5 ≈ 1.65 at full
 * credibility) and n₀ = 5.
 *
 * Sources: the idea of weighting experts by measured performance is Cooke's (1991, *Experts in
 * Uncertainty*) and, for probability forecasts, Budescu & Chen (2015, "Identifying expertise to
 * extract the wisdom of crowds", Management Science 61(2)); the exponential form is the exponential
 * weights (Hedge) rule of Littlestone & Warmuth (1994) and Vovk (1990); the shrinkage nᵢ/(nᵢ + n₀) is
 * Bühlmann's (1967) credibility factor. Documented for users in docs/track-record.md.
 *
 * Pure and order-independent: the weight of an expert does not depend on the order of the input.
 */
import { checkFinite } from "../stats/check.js";

export type TrackRecord = {
  readonly expert: string;
  /** Mean Brier score over the expert's resolved questions (0..1); ignored when n = 0. */
  readonly brier: number | null;
  /** Number of resolved questions behind `brier`. */
  readonly n: number;
};
export type TrackRecordOptions = { readonly k?: number; readonly n0?: number };

export const DEFAULT_TRACK_RECORD_K = 10;
export const DEFAULT_TRACK_RECORD_N0 = 5;

const FN = "trackRecordWeights";

/**
 * Summarises per-question Brier scores ({ expert, brier } one per expert and resolved question)
 * into one record per expert: the mean Brier and the count.
 */
export function trackRecords(scores: readonly { expert: string; brier: number }[]): TrackRecord[] {
  const sums = new Map<string, { total: number; n: number }>();
  for (const s of scores) {
    checkFinite("trackRecords", s.brier, `brier of expert "${s.expert}"`);
    const acc = sums.get(s.expert) ?? { total: 0, n: 0 };
    acc.total += s.brier;
    acc.n += 1;
    sums.set(s.expert, acc);
  }
  return [...sums].map(([expert, { total, n }]) => ({ expert, brier: total / n, n }));
}

/**
 * The weight of each expert (formula above), keyed by expert; the weights sum to 1.
 *
 * @example trackRecordWeights([{ expert: "a", brier: null, n: 0 }, { expert: "b", brier: null, n: 0 }])
 * // Map { "a" => 0.5, "b" => 0.5 }
 * @throws {RangeError} on no experts, a duplicate expert, n not a non-negative integer, a Brier score
 *   outside [0, 1] for n > 0, or k/n0 not positive
 */
export function trackRecordWeights(
  records: readonly TrackRecord[],
  options: TrackRecordOptions = {},
): Map<string, number> {
  const k = options.k ?? DEFAULT_TRACK_RECORD_K;
  const n0 = options.n0 ?? DEFAULT_TRACK_RECORD_N0;
  checkFinite(FN, k, "k");
  checkFinite(FN, n0, "n0");
  if (!(k > 0)) throw new RangeError(`${FN}: k must be > 0, got ${k}`);
  if (!(n0 > 0)) throw new RangeError(`${FN}: n0 must be > 0, got ${n0}`);
  if (!Array.isArray(records) || records.length === 0) throw new RangeError(`${FN}: no experts`);
  const seen = new Set<string>();
  let scored = 0;
  let total = 0;
  for (const r of records) {
    if (seen.has(r.expert)) throw new RangeError(`${FN}: expert "${r.expert}" appears twice`);
    seen.add(r.expert);
    if (!Number.isInteger(r.n) || r.n < 0)
      throw new RangeError(`${FN}: n of expert "${r.expert}" must be a non-negative integer`);
    if (r.n === 0) continue;
    if (typeof r.brier !== "number" || !(r.brier >= 0 && r.brier <= 1))
      throw new RangeError(`${FN}: brier of expert "${r.expert}" must be in [0, 1]`);
    scored += r.n;
    total += r.n * r.brier;
  }
  const crowd = scored > 0 ? total / scored : 0;
  // Exponents relative to the best expert, so no weight overflows; sum in a fixed (sorted) order.
  const exponents = records.map((r) => {
    const s = r.n / (r.n + n0);
    const shrunk = r.n === 0 ? crowd : s * (r.brier as number) + (1 - s) * crowd;
    return -k * (shrunk - crowd);
  });
  const top = Math.max(...exponents);
  const raw = exponents.map((x) => Math.exp(x - top));
  const sum = [...raw].sort((a, b) => a - b).reduce((a, b) => a + b, 0);
  return new Map(records.map((r, i) => [r.expert, (raw[i] as number) / sum]));
}
