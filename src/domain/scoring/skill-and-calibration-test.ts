/**
 * How much better than a reference the forecasts are, and whether they are calibrated as a whole, for
 * yes/no forecast–outcome pairs (each pair one forecast p of the event and its outcome o ∈ {0, 1}).
 *
 * - Brier skill score (Wilks 2011, *Statistical Methods in the Atmospheric Sciences*, 3rd ed., ch. 8: the
 *   skill score (A − A_ref)/(A_perf − A_ref) with the Brier score as A and A_perf = 0): BSS = 1 − BS / BS_ref with BS = mean (p − o)². 1 is perfect, 0 no better than the
 *   reference, negative worse. References: the base rate (the climatological forecast ō for every pair, so
 *   BS_ref = ō(1 − ō); Murphy 1973) and any other forecasts on the same pairs, such as the equal-weight
 *   pool. Undefined (null) when BS_ref = 0 (the reference is perfect, e.g. every outcome the same).
 * - Spiegelhalter's Z (Spiegelhalter 1986, *Statistics in Medicine* 5:421–433): under the hypothesis that every p is
 *   the true probability, Z = Σ (oᵢ − pᵢ)(1 − 2pᵢ) / √(Σ (1 − 2pᵢ)² pᵢ(1 − pᵢ)) is approximately
 *   standard normal; two-sided p = P(|N(0, 1)| ≥ |Z|) = P(χ²₁ ≥ Z²). Z is null when the variance is 0
 *   (every p is 0, ½ or 1, so the statistic carries no information).
 *
 * Worked examples (hand-derivable):
 * - p = 0.8, 0.3, 0.6, 0.1 with outcomes 1, 0, 1, 0: BS = (0.04 + 0.09 + 0.16 + 0.01)/4 = 0.075, ō = ½,
 *   BS_ref = ¼, BSS = 1 − 0.075/0.25 = 0.7.
 * - p = 0.2, 0.8 with outcomes 0, 1: Z = ((−0.2)(0.6) + (0.2)(−0.6)) / √(2·0.36·0.16) = −1/√2,
 *   two-sided p = erfc(½) = 0.47950012218695…
 */
import { chiSquareSurvival } from "../special/chi-square.js";
import { checkProbability } from "../stats/check.js";
import type { ForecastOutcome } from "./calibration-table.js";

function check(fn: string, pairs: readonly ForecastOutcome[]): void {
  if (!Array.isArray(pairs)) throw new TypeError(`${fn}: pairs must be an array`);
  if (pairs.length === 0) throw new RangeError(`${fn}: pairs must not be empty`);
  pairs.forEach((x, i) => {
    if (typeof x !== "object" || x === null) throw new TypeError(`${fn}: pairs[${i}] must be an object`);
    checkProbability(fn, x.p, `pairs[${i}].p`);
    if (x.outcome !== 0 && x.outcome !== 1) throw new RangeError(`${fn}: pairs[${i}].outcome must be 0 or 1`);
  });
}

const brier = (pairs: readonly ForecastOutcome[], p: (i: number) => number) =>
  pairs.reduce((s, x, i) => s + (p(i) - x.outcome) ** 2, 0) / pairs.length;

export type BrierSkill = { brier: number; reference: number; skill: number | null };

/**
 * Brier skill score of `pairs` against `reference` (one probability per pair, e.g. the equal-weight pool's
 * forecast of the same question), or against the base rate when `reference` is omitted.
 *
 * @example brierSkillScore([{ p: 0.8, outcome: 1 }, { p: 0.3, outcome: 0 }, { p: 0.6, outcome: 1 },
 *   { p: 0.1, outcome: 0 }]) // { brier: 0.075, reference: 0.25, skill: 0.7 }
 * @throws {RangeError} on no pairs, a probability outside [0, 1], an outcome other than 0/1, or a
 *   reference of another length
 */
export function brierSkillScore(
  pairs: readonly ForecastOutcome[],
  reference?: readonly number[],
): BrierSkill {
  const fn = "brierSkillScore";
  check(fn, pairs);
  let ref: (i: number) => number;
  if (reference === undefined) {
    const base = pairs.reduce((s, x) => s + x.outcome, 0) / pairs.length;
    ref = () => base;
  } else {
    if (!Array.isArray(reference) || reference.length !== pairs.length)
      throw new RangeError(`${fn}: reference must have one probability per pair (${pairs.length})`);
    reference.forEach((p, i) => {
      checkProbability(fn, p, `reference[${i}]`);
    });
    ref = (i) => reference[i] as number;
  }
  const bs = brier(pairs, (i) => (pairs[i] as ForecastOutcome).p);
  const bsRef = brier(pairs, ref);
  return { brier: bs, reference: bsRef, skill: bsRef > 0 ? 1 - bs / bsRef : null };
}

export type SpiegelhalterZ = { z: number | null; p: number | null };

/**
 * Spiegelhalter's calibration test (module comment).
 *
 * @example spiegelhalterZ([{ p: 0.2, outcome: 0 }, { p: 0.8, outcome: 1 }])
 * // { z: −0.7071067811865476, p: 0.4795001221869535 }
 * @throws {RangeError} as {@link brierSkillScore}
 */
export function spiegelhalterZ(pairs: readonly ForecastOutcome[]): SpiegelhalterZ {
  check("spiegelhalterZ", pairs);
  let num = 0;
  let variance = 0;
  for (const { p, outcome } of pairs) {
    num += (outcome - p) * (1 - 2 * p);
    variance += (1 - 2 * p) ** 2 * p * (1 - p);
  }
  if (!(variance > 0)) return { z: null, p: null };
  const z = num / Math.sqrt(variance);
  return { z, p: chiSquareSurvival(z * z, 1) };
}
