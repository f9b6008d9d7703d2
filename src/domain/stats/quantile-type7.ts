import { checkFiniteArray, checkProbability, sortedCopy } from "./check.js";

/**
 * The p-quantile of a sample by linear interpolation between order statistics: R's `quantile(type = 7)`,
 * numpy's default `numpy.quantile(method="linear")`, Excel's `PERCENTILE.INC`.
 *
 * Formula (Hyndman & Fan 1996, definition 7): sort the sample x₍₁₎ ≤ … ≤ x₍ₙ₎, let h = (n − 1)·p,
 * j = ⌊h⌋, g = h − j; Q(p) = x₍ⱼ₊₁₎ + g·(x₍ⱼ₊₂₎ − x₍ⱼ₊₁₎). The interpolation is done as numpy's `_lerp`
 * does it (from the upper point when g ≥ 0.5), so results agree with numpy to the last bit.
 *
 * @example quantileType7([1, 2, 3, 4], 0.25) // 1.75 (h = 0.75, 1 + 0.75·(2 − 1))
 * @throws {RangeError} on an empty sample, a non-finite value, or p outside [0, 1]
 * @throws {TypeError} when values is not an array of numbers
 */
export function quantileType7(values: readonly number[], p: number): number {
  checkFiniteArray("quantileType7", values);
  checkProbability("quantileType7", p);
  return quantileSortedType7(sortedCopy(values), p);
}

/**
 * {@link quantileType7} on an already ascending-sorted sample (no checks, no copy): for callers that take
 * several quantiles of one sample.
 */
export function quantileSortedType7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const j = Math.floor(h);
  const g = h - j;
  const a = sorted[j] as number;
  if (j + 1 >= sorted.length) return a;
  const b = sorted[j + 1] as number;
  const diff = b - a;
  // b − a overflows only for neighbours of opposite sign near the double limit; the weighted sum
  // a·(1 − g) + b·g then stays finite (it lies between a and b).
  if (!Number.isFinite(diff)) return a * (1 - g) + b * g;
  return g >= 0.5 ? b - diff * (1 - g) : a + diff * g;
}
