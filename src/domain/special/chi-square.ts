import gammainc from "@stdlib/math-base-special-gammainc";

/**
 * Upper tail of the chi-square distribution: P(X > x) for X ~ χ²(df).
 *
 * Formula: 1 − F_χ²(df)(x) = Q(df/2, x/2), the upper regularised incomplete gamma function,
 * evaluated directly (not as 1 − P) so the result stays accurate in relative terms far into the
 * tail (values of 1e-12 and far below, which Cooke's calibration score of a poor expert reaches).
 * Q comes from stdlib's `gammainc(x, a, regularized = true, upper = true)` (series, continued
 * fraction and Temme's uniform asymptotics, after Boost.Math), which is pure JavaScript.
 *
 * Example: chiSquareSurvival(50, 2) = e^−25 ≈ 1.3888e-11.
 *
 * @throws RangeError when x is negative or not a number, or df is not a positive finite number.
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`chiSquareSurvival: df must be a positive finite number, got ${df}`);
  if (Number.isNaN(x) || x < 0) throw new RangeError(`chiSquareSurvival: x must be >= 0, got ${x}`);
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return gammainc(x / 2, df / 2, true, true);
}
