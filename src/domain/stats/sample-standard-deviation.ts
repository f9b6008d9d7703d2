import { checkFiniteArray } from "./check.js";
import { largestMagnitude, mean } from "./mean.js";

/**
 * The sample standard deviation s = √( Σ (xᵢ − x̄)² / (n − 1) ) (Bessel's correction; R `sd`,
 * numpy `std(ddof=1)`), by the two-pass algorithm for accuracy.
 *
 * Overflow: when a square or the sum of squares leaves the double range (values beyond about 10¹⁵⁴),
 * the deviation is computed on the values divided by their largest magnitude m and multiplied back,
 * s = m·sd(xᵢ/m). Ordinary samples take the first path, bit for bit as before.
 *
 * @example sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138089935299395 (= √(32/7))
 * @example sampleStandardDeviation([1e200, 3e200]) // 1.414213562373095e200
 * @throws {RangeError} when n < 2, a value is not finite, or the deviation itself exceeds the largest
 *   double (e.g. [−1.7e308, 1.7e308]): rescale such input (a larger unit)
 * @throws {TypeError} when values is not an array of numbers
 */
export function sampleStandardDeviation(values: readonly number[]): number {
  checkFiniteArray("sampleStandardDeviation", values);
  if (values.length < 2) throw new RangeError("sampleStandardDeviation: needs at least 2 values");
  const plain = twoPass(values);
  if (Number.isFinite(plain)) return plain;
  const m = largestMagnitude(values);
  const scaled = twoPass(values.map((v) => v / m)) * m;
  if (!Number.isFinite(scaled))
    throw new RangeError(
      "sampleStandardDeviation: the standard deviation exceeds the largest double; rescale the values",
    );
  return scaled;
}

function twoPass(values: readonly number[]): number {
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (values.length - 1));
}
