import { checkFiniteArray, sortedCopy } from "../stats/check.js";
import { quantileSortedType7 } from "../stats/quantile-type7.js";

export type RandUclaDisagreement = { ipr: number; ipras: number; disagree: boolean };

/**
 * The RAND/UCLA Appropriateness Method's disagreement test for ratings on a 1–9 scale
 * (Fitch et al. 2001, *The RAND/UCLA Appropriateness Method User's Manual*, MR-1269, ch. 8):
 *
 *   IPR = P70 − P30,  AI = |(P30 + P70)/2 − 5|,  IPRAS = 2.35 + 1.5·AI,  disagreement iff IPR > IPRAS.
 *
 * Convention: P30 and P70 are type-7 quantiles, like every quantile in this engine (the manual computes
 * them with its own percentile routine, which can differ slightly on small panels).
 * The constants 2.35 and 1.5 are calibrated for the 1–9 scale; callers on other scales should not use it
 * ({@link summariseRatings} reports null there).
 *
 * @example randUclaDisagreement([1, 1, 1, 5, 9, 9, 9, 9, 9])
 * // P30 = 1 + 0.4·4 = 2.6, P70 = 9: IPR 6.4, AI |5.8 − 5| = 0.8, IPRAS 3.55 → disagree: true
 * @throws {RangeError} on no ratings or a non-finite rating
 */
export function randUclaDisagreement(ratings: readonly number[]): RandUclaDisagreement {
  checkFiniteArray("randUclaDisagreement", ratings, "ratings");
  const sorted = sortedCopy(ratings);
  const p30 = quantileSortedType7(sorted, 0.3);
  const p70 = quantileSortedType7(sorted, 0.7);
  const ipr = p70 - p30;
  const ipras = 2.35 + 1.5 * Math.abs((p30 + p70) / 2 - 5);
  return { ipr, ipras, disagree: ipr > ipras };
}
