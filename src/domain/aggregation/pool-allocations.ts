/**
 * Pools categorical forecasts (a probability per scenario/option, summing to 1) into one allocation.
 *
 * Only each expert's latest forecast counts ({@link latestForecasts}). With N forecasts f₁…f_N over K options:
 *
 * Every pooled `value` is rescaled by {@link sumToOne}, so it adds up to exactly 1 in floating point.
 *
 * - `mean`: the linear pool, Σᵢ fᵢₖ / N.
 * - `geo-pool`: the normalised geometric pool gₖ / Σⱼ gⱼ with gₖ = (Πᵢ max(fᵢₖ, 0.001))^(1/N). Each value is
 *   floored at 0.001 (Metaculus's lower bound on a multiple-choice option, forecasting.md §1.2) so that a
 *   single expert's 0 does not veto an option, and the pool is defined when every option has a 0 somewhere.
 *   For K = 2 it is the geometric mean of odds.
 * - `weighted-mean`: the weighted linear pool Σᵢ wᵢfᵢₖ / Σᵢ wᵢ with each forecast's `weight` (track-record or
 *   Cooke weights; Stone 1961, *Ann. Math. Statist.* 32:1339).
 * - `weighted-log-pool`: the weighted logarithmic pool gₖ / Σⱼ gⱼ with gₖ = Πᵢ max(fᵢₖ, 0.001)^(wᵢ/Σw)
 *   (Genest & Zidek 1986, *Statistical Science* 1(1):114–148, §3.2), floored like `geo-pool`. Equal weights
 *   give `geo-pool`; for K = 2 it is the weighted geometric mean of odds. Worked example (hand-derivable):
 *   [0.8, 0.2] with weight 3 and [0.5, 0.5] with weight 1: g = (0.8^¾·0.5^¼, 0.2^¾·0.5^¼), so the pool is
 *   4^¾ / (4^¾ + 1) = 0.738796… for the first option.
 * - `recency-median`: the Metaculus multiple-choice community prediction (forecasting.md §1.3): weights
 *   exp(√n − √N) oldest to newest when N > 2; mₖ = the weighted median of option k (`weightedPercentile`);
 *   aₖ = mₖ − 0.001, normalised to sum 1; CPₖ = aₖ·(1 − K·0.001) + 0.001. `lower`/`upper` are the weighted
 *   25th/75th percentiles rescaled by CPₖ / mₖ (Metaculus `get_range_values`). Medians are floored at 0.001
 *   first (Metaculus inputs never go below it), which keeps every CPₖ ≥ 0.001; if all medians sit at the
 *   floor the allocation is uniform.
 *
 * @example poolAllocations("mean", [{ expert: "a", p: [0.6, 0.4] }, { expert: "b", p: [0.2, 0.8] }])
 * // { n: 2, value: [0.4, 0.6] }
 * @throws {TypeError} on an unknown method or a malformed forecast
 * @throws {RangeError} on no forecasts, a p outside [0, 1], vectors of different lengths or fewer than 2
 *   options, or a vector not summing to 1 within 1e-6
 */
import { checkProbability } from "../stats/check.js";
import { sumToOne } from "../stats/sum-to-one.js";
import { weightedPercentilesUnchecked } from "../stats/weighted-percentile.js";
import { type PooledForecast, requiredWeights } from "./forecast-weights.js";
import { latestForecasts } from "./latest-forecasts.js";
import { recencyWeights } from "./recency-weights.js";

export const ALLOCATION_POOL_METHODS = [
  "mean",
  "geo-pool",
  "recency-median",
  "weighted-mean",
  "weighted-log-pool",
] as const;
export type AllocationPoolMethod = (typeof ALLOCATION_POOL_METHODS)[number];

export type CategoricalForecast = PooledForecast & { readonly p: readonly number[] };
export type AllocationPool = { n: number; value: number[]; lower?: number[]; upper?: number[] };

/** How far a probability vector's sum may be from 1. */
export const SUM_TOLERANCE = 1e-6;
/** Metaculus's floor on a multiple-choice option probability (`multiple_choice_validation`). */
export const OPTION_FLOOR = 0.001;

const FN = "poolAllocations";

export function poolAllocations(
  method: AllocationPoolMethod,
  forecasts: readonly CategoricalForecast[],
): AllocationPool {
  if (!(ALLOCATION_POOL_METHODS as readonly string[]).includes(method))
    throw new TypeError(
      `${FN}: unknown method "${String(method)}"; expected one of ${ALLOCATION_POOL_METHODS.join(", ")}`,
    );
  const latest = latestForecasts(FN, forecasts);
  const rows = latest.map((f) => f.p);
  checkAllocations(
    FN,
    rows,
    latest.map((f) => `p of expert "${f.expert}"`),
  );
  // Every pooled allocation adds up to exactly 1 (sumToOne), not merely within the answers' tolerance.
  if (method === "mean") return { n: rows.length, value: sumToOne(columnMeans(rows)) };
  if (method === "geo-pool") return { n: rows.length, value: sumToOne(geometricPool(rows)) };
  if (method === "weighted-mean")
    return { n: rows.length, value: sumToOne(columnMeans(rows, requiredWeights(FN, method, latest))) };
  if (method === "weighted-log-pool")
    return { n: rows.length, value: sumToOne(geometricPool(rows, requiredWeights(FN, method, latest))) };
  const cp = communityPredictionMultipleChoice(rows, recencyWeights(rows.length));
  return { n: rows.length, ...cp, value: sumToOne(cp.value) };
}

/**
 * The Metaculus multiple-choice community prediction for given rows (oldest to newest) and weights
 * (omitted: equal weights, Metaculus's `unweighted` aggregation); the rule is described at {@link poolAllocations}.
 *
 * @example communityPredictionMultipleChoice([[0.6, 0.15, 0.25], [0.6, 0.25, 0.15], [0.4, 0.35, 0.25]]).value
 * // [0.5453965360072925, 0.22730173199635367, 0.22730173199635367] (Metaculus test_UnweightedAggregation)
 */
export function communityPredictionMultipleChoice(
  rows: readonly (readonly number[])[],
  weights?: readonly number[],
): { value: number[]; lower: number[]; upper: number[] } {
  const fn = "communityPredictionMultipleChoice";
  if (!Array.isArray(rows) || rows.length === 0)
    throw new RangeError(`${fn}: rows must be a non-empty array`);
  checkAllocations(
    fn,
    rows,
    rows.map((_, i) => `rows[${i}]`),
  );
  const w = weights ?? new Array<number>(rows.length).fill(1);
  if (
    w.length !== rows.length ||
    w.some((x) => !(x >= 0 && Number.isFinite(x))) ||
    !(w.reduce((a, b) => a + b, 0) > 0)
  )
    throw new RangeError(`${fn}: weights must be ${rows.length} finite numbers ≥ 0 with a positive sum`);
  const K = (rows[0] as readonly number[]).length;
  const column = new Float64Array(rows.length);
  // Per option: the weighted median, lower and upper quartiles (one selection each).
  const levels = Array.from({ length: K }, (_, k) => {
    for (let i = 0; i < rows.length; i++) column[i] = (rows[i] as readonly number[])[k] as number;
    return weightedPercentilesUnchecked(column, w, QUARTILES) as [number, number, number];
  });
  const medians = levels.map(([m]) => Math.max(m, OPTION_FLOOR));
  const shifted = medians.map((m) => m - OPTION_FLOOR);
  const total = shifted.reduce((a, b) => a + b, 0);
  const value =
    total > 0
      ? shifted.map((a) => (a / total) * (1 - K * OPTION_FLOOR) + OPTION_FLOOR)
      : medians.map(() => 1 / K);
  const rescale = (at: 1 | 2) =>
    levels.map((l, k) => (l[at] as number) * ((value[k] as number) / (medians[k] as number)));
  return { value, lower: rescale(1), upper: rescale(2) };
}

/** The levels read per option: the median, then the lower and upper quartiles. */
const QUARTILES = [0.5, 0.25, 0.75];

/** Checks that rows are probability vectors of one length ≥ 2, each summing to 1 within SUM_TOLERANCE. */
export function checkAllocations(
  fn: string,
  rows: readonly (readonly number[])[],
  names: readonly string[],
): void {
  const K = Array.isArray(rows[0]) ? rows[0].length : 0;
  rows.forEach((row, i) => {
    const name = names[i] ?? `rows[${i}]`;
    if (!Array.isArray(row)) throw new TypeError(`${fn}: ${name} must be an array of probabilities`);
    if (row.length < 2) throw new RangeError(`${fn}: ${name} must have at least 2 options`);
    if (row.length !== K) throw new RangeError(`${fn}: ${name} has ${row.length} options, expected ${K}`);
    let s = 0;
    row.forEach((p, k) => {
      checkProbability(fn, p, `${name}[${k}]`);
      s += p;
    });
    if (Math.abs(s - 1) > SUM_TOLERANCE) throw new RangeError(`${fn}: ${name} must sum to 1, sums to ${s}`);
  });
}

/** Σᵢ wᵢ·rᵢₖ / Σᵢ wᵢ per option (equal weights: the plain column means, bit for bit). */
export function columnMeans(rows: readonly (readonly number[])[], weights?: readonly number[]): number[] {
  const { sums, total } = weightedColumnSums(rows, weights, (x) => x);
  return sums.map((s) => s / total);
}

/** The (weighted) log pool: gₖ ∝ exp(Σᵢ wᵢ·ln max(rᵢₖ, 0.001) / Σᵢ wᵢ), normalised to sum 1. */
export function geometricPool(rows: readonly (readonly number[])[], weights?: readonly number[]): number[] {
  const { sums: logs, total } = weightedColumnSums(rows, weights, (x) => Math.log(Math.max(x, OPTION_FLOOR)));
  // Subtracting the largest log before exponentiating avoids underflow with many experts.
  const top = Math.max(...logs);
  const g = logs.map((l) => Math.exp((l - top) / total));
  const sum = g.reduce((a, b) => a + b, 0);
  return g.map((x) => x / sum);
}

/** Per option k, Σᵢ wᵢ·f(rᵢₖ), and Σᵢ wᵢ; every weight 1 when `weights` is omitted. */
function weightedColumnSums(
  rows: readonly (readonly number[])[],
  weights: readonly number[] | undefined,
  f: (x: number) => number,
): { sums: number[]; total: number } {
  const K = (rows[0] as readonly number[]).length;
  const sums = new Array<number>(K).fill(0);
  let total = 0;
  rows.forEach((r, i) => {
    const w = weights ? (weights[i] as number) : 1;
    total += w;
    for (let k = 0; k < K; k++) sums[k] = (sums[k] as number) + w * f(r[k] as number);
  });
  return { sums, total };
}
