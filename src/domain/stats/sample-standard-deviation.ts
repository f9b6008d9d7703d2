import { checkFiniteArray } from "./check.js";
import { mean } from "./mean.js";

/**
 * The sample standard deviation s = √( Σ (xᵢ − x̄)² / (n − 1) ) (Bessel's correction; R `sd`,
 * numpy `std(ddof=1)`), by the two-pass algorithm for accuracy.
 *
 * @example sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138089935299395 (= √(32/7))
 * @throws {RangeError} when n < 2 or a value is not finite
 * @throws {TypeError} when values is not an array of numbers
 */
export function sampleStandardDeviation(values: readonly number[]): number {
  checkFiniteArray("sampleStandardDeviation", values);
  if (values.length < 2) throw new RangeError("sampleStandardDeviation: needs at least 2 values");
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (values.length - 1));
}
