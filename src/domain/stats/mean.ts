import { checkFiniteArray } from "./check.js";

/**
 * The arithmetic mean x̄ = (1/n) Σ xᵢ, summed left to right.
 *
 * @example mean([0.1, 0.3, 0.6, 0.9]) // 0.475
 * @throws {RangeError} on an empty sample or a non-finite value
 * @throws {TypeError} when values is not an array of numbers
 */
export function mean(values: readonly number[]): number {
  checkFiniteArray("mean", values);
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
