import { checkFiniteArray, sortedCopy } from "./check.js";

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
  return medianSorted(sortedCopy(values));
}

/** {@link median} of an ascending-sorted, non-empty sample (no checks). */
export function medianSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
