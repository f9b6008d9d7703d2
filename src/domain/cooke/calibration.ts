import { chiSquareSurvival } from "../special/index.js";

/**
 * The bin (0..K) a realisation x falls in given an expert's K quantiles: the number of quantiles
 * strictly below x. Bins are x ≤ q_1, q_1 < x ≤ q_2, …, x > q_K, so a realisation equal to a
 * quantile falls in the lower bin (Cooke 1991; anduryl `count_realizations_per_bin`).
 */
export function seedBin(quantiles: readonly number[], x: number): number {
  let bin = 0;
  while (bin < quantiles.length && (quantiles[bin] as number) < x) bin++;
  return bin;
}

/**
 * Cooke's calibration score (statistical accuracy), Cooke 1991 §12; anduryl `calibration_score`:
 * with s_b = counts_b / Σ counts the empirical bin shares and p the bin probabilities,
 *
 *   I(s, p) = Σ_b s_b ln(s_b / p_b)   (0 · ln 0 = 0)
 *   Cal = 1 − F_χ²(K)( 2 · N · calpower · I(s, p) ),
 *
 * where K = number of bins − 1 and N is the smallest number of seeds any expert answered (so that
 * experts who skipped seeds are not favoured). The χ² tail is computed directly, so tiny scores
 * (1e-12 and below) keep their relative accuracy.
 *
 * @throws RangeError when the counts are empty or all zero, or N is not a positive number.
 */
export function calibrationScore(
  counts: readonly number[],
  p: readonly number[],
  nMin: number,
  calpower: number,
): number {
  let total = 0;
  for (let b = 0; b < counts.length; b++) total += counts[b] as number;
  if (counts.length !== p.length || !(total > 0))
    throw new RangeError("calibrationScore: counts must match the bins and hold at least one seed");
  if (!(nMin > 0)) throw new RangeError(`calibrationScore: N must be positive, got ${nMin}`);
  let divergence = 0;
  for (let b = 0; b < counts.length; b++) {
    const count = counts[b] as number;
    if (count > 0) divergence += (count / total) * Math.log(count / total / (p[b] as number));
  }
  // I(s, p) >= 0 exactly; rounding can leave -1e-17 when s equals p.
  return chiSquareSurvival(Math.max(0, 2 * nMin * calpower * divergence), p.length - 1);
}
