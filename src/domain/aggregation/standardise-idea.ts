import { checkFinite } from "../stats/check.js";

/** The interval width IDEA answers are standardised to (Hemming et al. 2018: 80%). */
export const IDEA_STANDARD_CONFIDENCE = 0.8;

/**
 * Standardises an IDEA four-step answer (lowest plausible L, highest plausible U, best estimate B, and the
 * confidence C that the truth lies in [L, U]) to an 80% interval by linear extrapolation, read as the 10th,
 * 50th and 90th percentiles:
 *
 *   q10 = B − (B − L)·(S / C),   q50 = B,   q90 = B + (U − B)·(S / C),   S = 0.8.
 *
 * Source: Hemming, Burgman, Hanea, McBride & Wintle (2018), "A practical guide to structured expert
 * elicitation using the IDEA protocol", Methods in Ecology and Evolution 9:169–180 (delphi.md §3.2).
 * Convention: C is a probability in (0, 1] (a 70% answer is 0.7); C below 0.8 widens the interval, above
 * narrows it. The IDEA protocol asks for C in 50–100%; values below are accepted but extrapolate far.
 *
 * @example standardiseIdea({ lowest: 10, highest: 30, best: 20, confidence: 0.5 })
 * // { q10: 4, q50: 20, q90: 36 } (20 − 10·0.8/0.5, 20 + 10·0.8/0.5)
 * @throws {RangeError} unless lowest ≤ best ≤ highest, all finite, and confidence in (0, 1]
 * @throws {TypeError} when a field is not a number
 */
export function standardiseIdea(answer: {
  readonly lowest: number;
  readonly highest: number;
  readonly best: number;
  readonly confidence: number;
}): { q10: number; q50: number; q90: number } {
  const fn = "standardiseIdea";
  if (typeof answer !== "object" || answer === null) throw new TypeError(`${fn}: answer must be an object`);
  const { lowest, highest, best, confidence } = answer;
  checkFinite(fn, lowest, "lowest");
  checkFinite(fn, highest, "highest");
  checkFinite(fn, best, "best");
  checkFinite(fn, confidence, "confidence");
  if (!(lowest <= best && best <= highest)) throw new RangeError(`${fn}: needs lowest ≤ best ≤ highest`);
  if (!(confidence > 0 && confidence <= 1))
    throw new RangeError(`${fn}: confidence must be in (0, 1], got ${confidence}`);
  const stretch = IDEA_STANDARD_CONFIDENCE / confidence;
  return { q10: best - (best - lowest) * stretch, q50: best, q90: best + (highest - best) * stretch };
}
