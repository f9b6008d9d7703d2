import { checkFiniteArray } from "./check.js";
import { scratch, selectRanks } from "./select.js";

/**
 * The sample median: the middle order statistic, or the mean of the two middle ones when n is even
 * (numpy.median, R median; equals the type-7 quantile at p = 0.5 up to the last bit).
 *
 * @example median([3, 1, 4, 1]) // 2 ((1 + 3) / 2)
 * @throws {RangeError} on an empty sample or a non-finite value
 * @throws {TypeError} when values is not an array of numbers
 */
export function median(values: readonly number[]): number {
  checkFiniteArray("median", values);
  return medianBySelection(values);
}

/**
 * {@link median} of a non-empty finite sample (no checks) by selecting the middle order statistics,
 * expected O(n); the same value as sorting first.
 */
export function medianBySelection(values: ArrayLike<number>): number {
  const n = values.length;
  const v = scratch(0, n);
  for (let i = 0; i < n; i++) v[i] = values[i] as number;
  const mid = n >> 1;
  if (n % 2 === 1) return selectRanks(v, n, [mid])[0] as number;
  const [a, b] = selectRanks(v, n, [mid - 1, mid]) as [number, number];
  return (a + b) / 2;
}

/** {@link median} of an ascending-sorted, non-empty sample (no checks). */
export function medianSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
