/**
 * Pools binary forecasts (probabilities of "yes") into one probability.
 *
 * Only each expert's latest forecast counts ({@link latestForecasts}); the pool is then computed over those
 * N probabilities p₁…p_N, ordered oldest to newest:
 *
 * | method                 | formula                                                                 | source |
 * |------------------------|-------------------------------------------------------------------------|--------|
 * | `mean`                 | (1/N) Σ pᵢ (linear opinion pool)                                          | Stone 1961 |
 * | `median`               | sample median (mean of the two middle values when N is even)             | |
 * | `trimmed-mean`         | drop k = ⌊trim·N⌋ lowest and k highest, mean of the rest (trim ∈ [0, 0.5), default 0.1) | |
 * | `geo-odds`             | σ((1/N) Σ logit pᵢ): the geometric mean of odds                          | Satopää et al. 2014; Sevilla 2021 |
 * | `extremized`           | σ(d · (1/N) Σ logit pᵢ), d > 0 (default 1.5; d > 1 pushes away from ½)   | Satopää et al. 2014, IJF 30(2) |
 * | `recency-median`       | Metaculus community prediction: weights exp(√n − √N) (N > 2), weighted median, lower/upper the weighted 25th/75th percentiles | forecasting.md §1.3 |
 * | `performance-weighted` | Σ wᵢ pᵢ / Σ wᵢ with each forecast's `weight` (≥ 0, positive sum)          | e.g. Cooke weights |
 * | `weighted-geo-odds`    | σ(Σ wᵢ logit pᵢ / Σ wᵢ): the weighted geometric mean of odds, which for a yes/no question is the weighted (normalised) log pool Πpᵢ^wᵢ / (Πpᵢ^wᵢ + Π(1 − pᵢ)^wᵢ) | Genest & Zidek 1986, *Stat Sci* 1:114; Satopää et al. 2014 |
 *
 * Log-odds methods clamp p into [0.001, 0.999] first (see LOGIT_FLOOR); `geo-odds` is then clamped into
 * [min pᵢ, max pᵢ] so a pool of certainties stays a certainty. `extremized` is by design not bounded by
 * [min, max]. Every other method lies in [min pᵢ, max pᵢ] and is independent of input order apart from
 * `recency-median`, which depends on time order by design.
 */
import { checkFinite, checkProbability } from "../stats/check.js";
import { medianBySelection as median } from "../stats/median.js";
import { weightedPercentilesUnchecked } from "../stats/weighted-percentile.js";
import { type PooledForecast, requiredWeights } from "./forecast-weights.js";
import { latestForecasts } from "./latest-forecasts.js";
import { clampedLogit, logistic } from "./log-odds.js";
import { recencyWeightArray } from "./recency-weights.js";

export const PROBABILITY_POOL_METHODS = [
  "mean",
  "median",
  "trimmed-mean",
  "geo-odds",
  "extremized",
  "recency-median",
  "performance-weighted",
  "weighted-geo-odds",
] as const;
export type ProbabilityPoolMethod = (typeof PROBABILITY_POOL_METHODS)[number];

export type BinaryForecast = PooledForecast & { readonly p: number };
export type ProbabilityPoolOptions = { readonly trim?: number; readonly d?: number };
export type ProbabilityPool = { n: number; value: number; lower?: number; upper?: number };

/** Default share trimmed at each end by `trimmed-mean` (forecasting.md §3: α ≈ 0.1–0.25). */
export const DEFAULT_TRIM = 0.1;
/** Default extremizing factor d (an illustrative value; fit d on resolved questions before relying on it). */
export const DEFAULT_EXTREMIZING_D = 1.5;

const FN = "poolProbabilities";

/**
 * Pools binary forecasts by the named method (table above).
 *
 * @example poolProbabilities("median", [{ expert: "a", p: 0.1 }, { expert: "b", p: 0.3 }, { expert: "c", p: 0.6 }, { expert: "d", p: 0.9 }])
 * // { n: 4, value: 0.45 }
 * @example poolProbabilities("recency-median", [{ expert: "a", p: 0.8 }, { expert: "b", p: 0.7 }, { expert: "c", p: 0.6 }])
 * // { n: 3, value: 0.7, lower: 0.6, upper: 0.7 } (Metaculus test_RecencyWeightedAggregation)
 * @throws {TypeError} on an unknown method or a malformed forecast
 * @throws {RangeError} on no forecasts, p outside [0, 1], a bad option, or bad weights
 */
export function poolProbabilities(
  method: ProbabilityPoolMethod,
  forecasts: readonly BinaryForecast[],
  options: ProbabilityPoolOptions = {},
): ProbabilityPool {
  if (!(PROBABILITY_POOL_METHODS as readonly string[]).includes(method))
    throw new TypeError(
      `${FN}: unknown method "${String(method)}"; expected one of ${PROBABILITY_POOL_METHODS.join(", ")}`,
    );
  const latest = latestForecasts(FN, forecasts);
  const ps = new Float64Array(latest.length);
  for (let i = 0; i < ps.length; i++) {
    const f = latest[i] as BinaryForecast;
    if (typeof f.p !== "number" || !(f.p >= 0 && f.p <= 1))
      checkProbability(FN, f.p, `p of expert "${f.expert}"`);
    ps[i] = f.p;
  }
  const pooled = POOLS[method](ps, latest, options);
  // Rounding in a sum can land one ulp outside [min, max]; every method but `extremized` is an average.
  if (method !== "extremized") pooled.value = clampToRange(pooled.value, ps);
  return { n: ps.length, ...pooled };
}

function clampToRange(x: number, ps: Float64Array): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as number;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  return Math.min(Math.max(x, lo), hi);
}

type Pool = (
  ps: Float64Array,
  latest: readonly BinaryForecast[],
  options: ProbabilityPoolOptions,
) => Omit<ProbabilityPool, "n">;

const POOLS: Record<ProbabilityPoolMethod, Pool> = {
  mean: (ps) => ({ value: sum(ps) / ps.length }),
  median: (ps) => ({ value: median(ps) }),
  "trimmed-mean": (ps, _, options) => {
    const trim = options.trim ?? DEFAULT_TRIM;
    checkFinite(FN, trim, "trim");
    if (trim < 0 || trim >= 0.5) throw new RangeError(`${FN}: trim must be in [0, 0.5), got ${trim}`);
    const sorted = ps.slice().sort();
    const k = Math.floor(trim * sorted.length);
    return { value: sum(sorted.subarray(k, sorted.length - k)) / (sorted.length - 2 * k) };
  },
  "geo-odds": (ps) => ({ value: logistic(meanLogit(ps)) }),
  extremized: (ps, _, options) => {
    const d = options.d ?? DEFAULT_EXTREMIZING_D;
    checkFinite(FN, d, "d");
    if (d <= 0) throw new RangeError(`${FN}: d must be > 0, got ${d}`);
    return { value: logistic(d * meanLogit(ps)) };
  },
  "recency-median": (ps) => {
    const [value, lower, upper] = weightedPercentilesUnchecked(ps, recencyWeightArray(ps.length), QUARTILES);
    return { value: value as number, lower: lower as number, upper: upper as number };
  },
  "performance-weighted": (ps, latest) => ({
    value: weightedMean(ps, requiredWeights(FN, "performance-weighted", latest), (p) => p),
  }),
  // Worked example (hand-derivable): p 0.9 with weight 3 and p 0.5 with weight 1: odds 9 and 1,
  // weighted geometric mean 9^(3/4) · 1^(1/4) = 5.196…, so p = 5.196/6.196 = 0.83866.
  "weighted-geo-odds": (ps, latest) => ({
    value: logistic(weightedMean(ps, requiredWeights(FN, "weighted-geo-odds", latest), clampedLogit)),
  }),
};

/** Σᵢ wᵢ·f(pᵢ) / Σᵢ wᵢ, summed in forecast order. */
function weightedMean(ps: Float64Array, w: readonly number[], f: (p: number) => number): number {
  let total = 0;
  let weighted = 0;
  w.forEach((wi, i) => {
    total += wi;
    weighted += wi * f(ps[i] as number);
  });
  return weighted / total;
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

function meanLogit(ps: Float64Array): number {
  let s = 0;
  for (let i = 0; i < ps.length; i++) s += clampedLogit(ps[i] as number);
  return s / ps.length;
}

/** The levels of the recency-weighted pool: the median, then the lower and upper quartiles. */
const QUARTILES = [0.5, 0.25, 0.75];
