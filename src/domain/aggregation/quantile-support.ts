import { checkFinite } from "../stats/check.js";

/**
 * Overshoot k of the intrinsic range (Cooke 1991; the TU Delft/EXCALIBUR default), shared by the linear
 * pool and the CRPS so both read a quantile forecast as the same distribution.
 */
export const QUANTILE_OVERSHOOT = 0.1;

/**
 * The ends [L, U] of the piecewise-linear CDF through quantiles spanning [lo, hi], which runs from (L, 0)
 * through the quantiles to (U, 1): the question's `bounds` when given (a RangeError unless they strictly
 * contain [lo, hi]), else the intrinsic range [lo − k(hi − lo), hi + k(hi − lo)] with k = QUANTILE_OVERSHOOT
 * (a single point when lo = hi). Used by the linear pool (pool-quantiles.ts) and the CRPS (quantity-scores.ts).
 *
 * @example quantileSupport("f", 2, 12) // [1, 13]
 */
export function quantileSupport(
  fn: string,
  lo: number,
  hi: number,
  bounds?: readonly [number, number],
): [number, number] {
  if (bounds === undefined) return [lo - QUANTILE_OVERSHOOT * (hi - lo), hi + QUANTILE_OVERSHOOT * (hi - lo)];
  if (!Array.isArray(bounds) || bounds.length !== 2)
    throw new TypeError(`${fn}: bounds must be [lower, upper]`);
  checkFinite(fn, bounds[0], "bounds[0]");
  checkFinite(fn, bounds[1], "bounds[1]");
  const [L, U] = bounds;
  if (!(L < lo && U > hi))
    throw new RangeError(`${fn}: bounds [${L}, ${U}] must strictly contain every quantile`);
  return [L, U];
}
