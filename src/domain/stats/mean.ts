import { checkFiniteArray } from "./check.js";

/**
 * The arithmetic mean x̄ = (1/n) Σ xᵢ, summed left to right.
 *
 * Overflow: when the running sum leaves the double range (values near 1.8·10³⁰⁸), the mean is computed
 * again on the values divided by the largest magnitude s, x̄ = s·(1/n) Σ (xᵢ/s), which is exact up to
 * rounding and always finite (|x̄| ≤ s). Ordinary samples take the first path, bit for bit as before.
 *
 * @example mean([0.1, 0.3, 0.6, 0.9]) // 0.475
 * @example mean([1e308, 1e308]) // 1e308 (the plain sum would be Infinity)
 * @throws {RangeError} on an empty sample or a non-finite value
 * @throws {TypeError} when values is not an array of numbers
 */
export function mean(values: readonly number[]): number {
  checkFiniteArray("mean", values);
  let sum = 0;
  for (const v of values) sum += v;
  if (Number.isFinite(sum)) return sum / values.length;
  return scaledMean(values, largestMagnitude(values));
}

/** The largest |xᵢ| of a non-empty finite sample. */
export function largestMagnitude(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s = Math.max(s, Math.abs(values[i] as number));
  return s;
}

/** s·(1/n) Σ (xᵢ/s): the mean without overflow, for s = the largest magnitude (> 0). */
function scaledMean(values: readonly number[], s: number): number {
  let sum = 0;
  for (const v of values) sum += v / s;
  return (sum / values.length) * s;
}
