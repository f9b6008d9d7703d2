/**
 * Pools quantile forecasts of a quantity (each expert gives values q₁ < … < q_K at shared levels
 * α₁ < … < α_K in (0, 1)).
 *
 * - `quantile-average` (Vincentization): the pooled j-th quantile is the mean of the experts' j-th quantiles.
 *   Keeps the shape and width of a typical expert's distribution.
 * - `linear-pool`: the equal-weight mixture of the experts' piecewise-linear CDFs, read back at the same
 *   levels. Each expert's CDF runs linearly through (L, 0), (q₁, α₁), …, (q_K, α_K), (U, 1): Cooke's
 *   convention for the classical model's decision maker (Cooke 1991; delphi.md §3.1) and the SHELF linear
 *   pool (F_LP(x) = Σ wᵢ Fᵢ(x)). [L, U] is `bounds` when given, else the intrinsic range
 *   [lo − k(hi − lo), hi + k(hi − lo)] over all quantiles with overshoot k = 0.1. The mixture is piecewise
 *   linear between the union of all experts' points, so its quantiles are found exactly by linear
 *   interpolation there. A mixture is wider than any quantile average.
 *
 * Only each expert's latest forecast counts (by `time`, or input order when there are no times).
 *
 * Weighted pools: when the forecasts carry a `weight` (track-record or Cooke weights), the quantile average
 * is Σᵢ wᵢ·qᵢⱼ / Σᵢ wᵢ and the linear pool the mixture Σᵢ wᵢ·Fᵢ(x) / Σᵢ wᵢ (Cooke's decision maker is this
 * mixture with his global weights). Worked example (hand-derivable): medians 1 (weight 3) and 5 (weight 1)
 * average to 2; with bounds [0, 10] the linear pool's median solves ¾·F₁(x) + ¼·F₂(x) = ½ on [1, 5], where
 * F₁ = ½ + (x − 1)/18 and F₂ = x/10, so 5(x − 1) + 3x = 15 and x = 2.5.
 *
 * @example poolQuantiles("quantile-average", { levels: [0.05, 0.5, 0.95],
 *   forecasts: [{ expert: "a", q: [1, 2, 3] }, { expert: "b", q: [3, 4, 5] }] }) // { n: 2, value: [2, 3, 4] }
 * @example poolQuantiles("linear-pool", { levels: [0.5], bounds: [0, 4],
 *   forecasts: [{ expert: "a", q: [1] }, { expert: "b", q: [3] }] }) // { n: 2, value: [2] }
 * @throws {TypeError} on an unknown method or a malformed forecast
 * @throws {RangeError} on no forecasts, levels not strictly increasing inside (0, 1), quantiles not strictly
 *   increasing, a length mismatch, or bounds that do not strictly contain every quantile
 */
import { checkFiniteArray } from "../stats/check.js";
import { largestMagnitude, mean } from "../stats/mean.js";
import { optionalWeights, type PooledForecast } from "./forecast-weights.js";
import { latestForecasts } from "./latest-forecasts.js";
import { quantileSupport } from "./quantile-support.js";

export const QUANTILE_POOL_METHODS = ["quantile-average", "linear-pool"] as const;
export type QuantilePoolMethod = (typeof QUANTILE_POOL_METHODS)[number];

/** A quantity forecast; its weight (track record or Cooke) is on every forecast or on none (equal weights). */
export type QuantileForecast = PooledForecast & { readonly q: readonly number[] };
export type QuantilePoolInput = {
  readonly levels: readonly number[];
  readonly forecasts: readonly QuantileForecast[];
  readonly bounds?: readonly [number, number];
};
export type QuantilePool = { n: number; value: number[] };

const FN = "poolQuantiles";

export function poolQuantiles(method: QuantilePoolMethod, input: QuantilePoolInput): QuantilePool {
  if (!(QUANTILE_POOL_METHODS as readonly string[]).includes(method))
    throw new TypeError(
      `${FN}: unknown method "${String(method)}"; expected one of ${QUANTILE_POOL_METHODS.join(", ")}`,
    );
  if (typeof input !== "object" || input === null) throw new TypeError(`${FN}: input must be an object`);
  const { levels } = input;
  checkFiniteArray(FN, levels, "levels");
  levels.forEach((a, j) => {
    if (!(a > 0 && a < 1)) throw new RangeError(`${FN}: levels[${j}] must be in (0, 1), got ${a}`);
    if (j > 0 && !(a > (levels[j - 1] as number)))
      throw new RangeError(`${FN}: levels must be strictly increasing`);
  });
  const latest = latestForecasts(FN, input.forecasts);
  const rows = latest.map((f) => {
    const name = `q of expert "${f.expert}"`;
    checkFiniteArray(FN, f.q, name);
    if (f.q.length !== levels.length)
      throw new RangeError(`${FN}: ${name} has ${f.q.length} values for ${levels.length} levels`);
    f.q.forEach((x, j) => {
      if (j > 0 && !(x > (f.q[j - 1] as number)))
        throw new RangeError(`${FN}: ${name} must be strictly increasing`);
    });
    return f.q;
  });
  const weights = optionalWeights(FN, method, latest);
  if (method === "quantile-average")
    return {
      n: rows.length,
      // mean() sums without overflow for values near the double limit; so does the scaled weighted mean.
      value: levels.map((_, j) =>
        weights
          ? weightedMean(
              rows.map((r) => r[j] as number),
              weights,
            )
          : mean(rows.map((r) => r[j] as number)),
      ),
    };
  return { n: rows.length, value: linearPool(levels, rows, input.bounds, weights) };
}

/** Σ wᵢxᵢ / Σ wᵢ, with the values scaled by their largest magnitude so huge finite values cannot overflow. */
function weightedMean(xs: readonly number[], w: readonly number[]): number {
  const scale = largestMagnitude(xs) || 1;
  let total = 0;
  let sum = 0;
  xs.forEach((x, i) => {
    total += w[i] as number;
    sum += (w[i] as number) * (x / scale);
  });
  return (sum / total) * scale;
}

function linearPool(
  levels: readonly number[],
  rows: readonly (readonly number[])[],
  bounds: readonly [number, number] | undefined,
  weights?: readonly number[],
): number[] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    lo = Math.min(lo, r[0] as number);
    hi = Math.max(hi, r[r.length - 1] as number);
  }
  const [L, U] = quantileSupport(FN, lo, hi, bounds);
  // No bounds, one level and one shared value: every expert is certain of the same number.
  if (L === U) return levels.map(() => lo);
  const cdfs = rows.map((r) => ({ x: [L, ...r, U], y: [0, ...levels, 1] }));
  const xs = [...new Set(cdfs.flatMap((c) => c.x))].sort((a, b) => a - b);
  const totalWeight = weights ? weights.reduce((a, b) => a + b, 0) : cdfs.length;
  const F = xs.map(
    (x) =>
      cdfs.reduce((s, c, i) => s + (weights ? (weights[i] as number) : 1) * interpolate(c.x, c.y, x), 0) /
      totalWeight,
  );
  // The pooled CDF inverted at each level: F is non-decreasing, so read it the other way round.
  return levels.map((alpha) => interpolate(F, xs, alpha));
}

/**
 * Piecewise-linear interpolation of (x, y) at t, for x non-decreasing and t within [x₀, x_last]: the
 * first segment whose right end reaches t; on a flat segment (equal x at both ends) its left y.
 */
function interpolate(x: readonly number[], y: readonly number[], t: number): number {
  let j = 1;
  while (j < x.length - 1 && (x[j] as number) < t) j++;
  const x0 = x[j - 1] as number;
  const x1 = x[j] as number;
  const y0 = y[j - 1] as number;
  const y1 = y[j] as number;
  return x1 === x0 ? y0 : y0 + ((t - x0) / (x1 - x0)) * (y1 - y0);
}
