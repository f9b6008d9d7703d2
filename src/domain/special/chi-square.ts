import { gammaQ } from "./gamma.js";

/**
 * Upper tail of the chi-square distribution: P(X > x) for X ~ χ²(df).
 *
 * Formula: 1 − F_χ²(df)(x) = Q(df/2, x/2), the upper regularised incomplete gamma function,
 * evaluated directly (not as 1 − P) so the result stays accurate in relative terms far into the
 * tail (values of 1e-12 and far below, which Cooke's calibration score of a poor expert reaches).
 * Q is ./gamma.ts's `gammaQ` (a power series below x = a + 1, a continued fraction above), within
 * 1e-12 relative of stdlib's Boost-derived `gammainc` wherever the tail is above 1e-290
 * (tests/unit/special-gamma.test.ts); it replaced that library, which was an eighth of the Worker.
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
  return gammaQ(df / 2, x / 2);
}
