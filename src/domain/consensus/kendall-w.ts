import { chiSquareSurvival } from "../special/chi-square.js";
import { checkFiniteArray } from "../stats/check.js";

export type KendallW = { m: number; n: number; W: number; chi2: number; df: number };

/**
 * Kendall's coefficient of concordance W for m experts each ranking the same n items, with the correction
 * for ties (Kendall & Babington Smith 1939; Siegel & Castellan 1988, *Nonparametric Statistics for the
 * Behavioral Sciences*, 2nd ed., §9.5, eq. 9.16):
 *
 *   Rₖ = Σᵢ rᵢₖ,  S = Σₖ (Rₖ − R̄)²,  W = 12·S / ( m²(n³ − n) − m·Σᵢ Tᵢ ),  Tᵢ = Σ_groups (t³ − t),
 *   χ² = m(n − 1)·W with df = n − 1 (large-sample test).
 *
 * Each row is re-ranked with average ranks for ties, so a row of proper ranks is unchanged, [1, 2, 2, 4] is
 * read as [1, 2.5, 2.5, 4], and a row of scores (higher = later rank) is also accepted.
 * W is 1 for perfect agreement and 0 for none (delphi.md §2: 0.7 is "strong", Schmidt 1997).
 *
 * @example kendallW([[1, 2, 3], [1, 2, 3]]) // { m: 2, n: 3, W: 1, chi2: 4, df: 2 }
 * @throws {RangeError} with fewer than 2 experts or 2 items, rows of different lengths, a non-finite value,
 *   or when every row ties all items (W undefined)
 * @throws {TypeError} when rankings is not an array of number arrays
 */
export function kendallW(rankings: readonly (readonly number[])[]): KendallW {
  const fn = "kendallW";
  if (!Array.isArray(rankings)) throw new TypeError(`${fn}: rankings must be an array of arrays`);
  if (rankings.length < 2) throw new RangeError(`${fn}: needs at least 2 rankings, got ${rankings.length}`);
  rankings.forEach((row, i) => {
    checkFiniteArray(fn, row, `rankings[${i}]`);
  });
  const m = rankings.length;
  const n = (rankings[0] as readonly number[]).length;
  if (n < 2) throw new RangeError(`${fn}: needs at least 2 items, got ${n}`);
  const R = new Float64Array(n);
  let ties = 0;
  rankings.forEach((row, i) => {
    if (row.length !== n)
      throw new RangeError(`${fn}: rankings[${i}] has ${row.length} items, expected ${n}`);
    const { ranks, tieSum } = averageRanks(row);
    for (let k = 0; k < n; k++) R[k] = (R[k] as number) + (ranks[k] as number);
    ties += tieSum;
  });
  const meanR = (m * (n + 1)) / 2;
  let S = 0;
  for (let k = 0; k < n; k++) S += ((R[k] as number) - meanR) ** 2;
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (!(denominator > 0)) throw new RangeError(`${fn}: every ranking ties all items, so W is undefined`);
  const W = (12 * S) / denominator;
  return { m, n, W, chi2: m * (n - 1) * W, df: n - 1 };
}

/** Average ranks (1-based) of a row, and Σ (t³ − t) over its groups of tied values. */
function averageRanks(row: readonly number[]): { ranks: Float64Array; tieSum: number } {
  const order = row.map((_, i) => i).sort((a, b) => (row[a] as number) - (row[b] as number));
  const ranks = new Float64Array(row.length);
  let tieSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && row[order[end + 1] as number] === row[order[start] as number]) end++;
    const t = end - start + 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k] as number] = rank;
    tieSum += t ** 3 - t;
    start = end + 1;
  }
  return { ranks, tieSum };
}

export type KendallWTest = KendallW & {
  /** W without the tie correction: 12·S / (m²(n³ − n)). Equal to W when no row has ties. */
  Wuncorrected: number;
  /** P(χ²(n − 1) ≥ chi2): the large-sample test of W = 0 (Siegel & Castellan 1988, §9.5, eq. 9.17). */
  p: number;
};

/**
 * {@link kendallW} with the large-sample p-value of its chi-square statistic and the W a reader gets
 * without the tie correction (tables that predate the correction print it).
 *
 * Worked example (hand-derivable): three experts ranking [1, 2, 3, 4], [1, 2.5, 2.5, 4], [2, 1, 3, 4]:
 * R = (4, 5.5, 8.5, 12), S = 37.5, Σ T = 6; W = 12·37.5 / (9·60 − 3·6) = 25/29,
 * W uncorrected = 450/540 = 5/6, χ² = 3·3·25/29 = 225/29 ≈ 7.7586 on 3 df, p ≈ 0.05125.
 *
 * @throws as {@link kendallW}
 */
export function kendallWTest(rankings: readonly (readonly number[])[]): KendallWTest {
  const w = kendallW(rankings);
  const { m, n } = w;
  const ties = rankings.reduce((s, row) => s + averageRanks(row).tieSum, 0);
  const uncorrected = (w.W * (m * m * (n ** 3 - n) - m * ties)) / (m * m * (n ** 3 - n));
  return { ...w, Wuncorrected: uncorrected, p: chiSquareSurvival(w.chi2, w.df) };
}
