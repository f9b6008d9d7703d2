import { checkFiniteArray, sortedCopy } from "./check.js";
import { mean } from "./mean.js";
import { medianSorted } from "./median.js";
import { quantileSortedType7 } from "./quantile-type7.js";
import { sampleStandardDeviation } from "./sample-standard-deviation.js";

export type SampleDescription = {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
  /**
   * Coefficient of variation sd / mean; null when sd is null, the mean is 0, or the mean is so close to 0
   * that sd / mean exceeds the largest double (the coefficient means nothing there).
   */
  cv: number | null;
  min: number;
  max: number;
  /** Type-7 quartiles (R default, numpy default). */
  q1: number;
  median: number;
  q3: number;
  /** q3 − q1. */
  iqr: number;
};

/**
 * The group statistics shown for a question: n, mean, sample SD, coefficient of variation, min, max,
 * type-7 quartiles, median and IQR.
 *
 * Conventions: quartiles by linear interpolation (R type 7, see {@link quantileType7}); sd with n − 1;
 * cv = sd / mean (scipy `variation(ddof=1)`), which is only meaningful on a ratio-like scale with mean > 0
 * (delphi.md §2). Rather than NaN or ±∞, `sd` is null when n < 2 and `cv` is null when sd is null or the
 * mean is exactly 0 (or so near 0 that sd / mean overflows), so the result always serialises to JSON.
 * Values near the double limit are summed scaled ({@link mean}, {@link sampleStandardDeviation}); a
 * spread that no double can hold (an SD or IQR beyond 1.8·10³⁰⁸) is refused with a RangeError.
 *
 * @example describeSample([1, 2, 3, 4])
 * // { n: 4, mean: 2.5, sd: 1.2909944487358056, cv: 0.5163977794943222, min: 1, max: 4,
 * //   q1: 1.75, median: 2.5, q3: 3.25, iqr: 1.5 }
 * @throws {RangeError} on an empty sample or a non-finite value
 * @throws {TypeError} when values is not an array of numbers
 */
export function describeSample(values: readonly number[]): SampleDescription {
  checkFiniteArray("describeSample", values);
  const sorted = sortedCopy(values);
  const n = sorted.length;
  const m = mean(values);
  const sd = n >= 2 ? sampleStandardDeviation(values) : null;
  const q1 = quantileSortedType7(sorted, 0.25);
  const q3 = quantileSortedType7(sorted, 0.75);
  const cv = sd === null || m === 0 ? null : sd / m;
  if (!Number.isFinite(q3 - q1))
    throw new RangeError(
      "describeSample: the interquartile range exceeds the largest double; rescale the values",
    );
  return {
    n,
    mean: m,
    sd,
    cv: cv !== null && Number.isFinite(cv) ? cv : null,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    q1,
    median: medianSorted(sorted),
    q3,
    iqr: q3 - q1,
  };
}
