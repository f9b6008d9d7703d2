/**
 * Tests of change between two rounds on the same experts (stability; Kalaian & Kasim 2012, *Practical
 * Assessment, Research & Evaluation* 17(5), recommend the Wilcoxon signed-rank test for paired ratings
 * and McNemar's test for yes/no answers). Both two-sided.
 *
 * Wilcoxon signed-rank (Wilcoxon 1945; Hollander, Wolfe & Chicken 2014, *Nonparametric Statistical
 * Methods*, 3rd ed., §3.1): dᵢ = currentᵢ − previousᵢ; zero differences are dropped (Wilcoxon's
 * convention, scipy's default `zero_method="wilcox"`), n counts the rest; |d| are ranked with average
 * ranks for ties; W⁺ = Σ ranks of positive d, W⁻ = n(n+1)/2 − W⁺, `statistic` = min(W⁺, W⁻).
 * - Exact when n ≤ {@link WILCOXON_EXACT_MAX} and no |d| are tied: p = min(1, 2·P(W⁺ ≤ min(W⁺, W⁻)))
 *   under H₀, where every sign pattern has probability 2⁻ⁿ (the counts of subsets of {1..n} by sum).
 * - Otherwise normal: z = (|W⁺ − n(n+1)/4| − ½) / σ (continuity correction, clipped at 0),
 *   σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over groups of t tied |d|; p = P(|N(0,1)| ≥ z).
 * Worked example (scipy.stats.wilcoxon's documentation, Darwin's paired plant heights from Fisher 1935):
 * d = 6, 8, 14, 16, 23, 24, 28, 29, 41, −48, 49, 56, 60, −67, 75 → n 15, statistic 24, exact p = 0.041259765625.
 *
 * McNemar (McNemar 1947; Agresti 2013, *Categorical Data Analysis*, 3rd ed., §11.1): b = pairs 0 → 1,
 * c = pairs 1 → 0. Exact when b + c < {@link MCNEMAR_EXACT_BELOW}: p = min(1, 2·P(X ≤ min(b, c))),
 * X ~ Binomial(b + c, ½); otherwise χ² = (|b − c| − 1)² / (b + c) on 1 df (continuity correction).
 * Worked examples: b = 1, c = 6 → exact p = 2·(1 + 7)/2⁷ = 0.125; Agresti's presidential approval
 * b = 150, c = 86 → χ² = 63²/236 = 16.8178 (17.36 without the correction).
 */
import { chiSquareSurvival } from "../special/chi-square.js";
import { checkFiniteArray } from "../stats/check.js";

/** Largest n for the exact signed-rank distribution (2ⁿ sign patterns counted by sum; tables stop near 30). */
export const WILCOXON_EXACT_MAX = 25;
/** Discordant pairs below which McNemar's test is exact (the usual rule of thumb, b + c < 25). */
export const MCNEMAR_EXACT_BELOW = 25;

export type WilcoxonSignedRank = {
  /** Non-zero differences. */
  n: number;
  wPlus: number;
  wMinus: number;
  statistic: number;
  /** Two-sided p; null when every difference is 0 (nothing to test). */
  p: number | null;
  exact: boolean;
};

/**
 * @example wilcoxonSignedRank([0, 0, 0, 0, 0], [1, 2, 3, 4, 5]) // { n: 5, wPlus: 15, wMinus: 0, statistic: 0, p: 0.0625, exact: true }
 * @throws {RangeError} on empty or non-finite values, or lists of different lengths
 */
export function wilcoxonSignedRank(
  previous: readonly number[],
  current: readonly number[],
): WilcoxonSignedRank {
  checkPairs("wilcoxonSignedRank", previous, current);
  const d = current.map((x, i) => x - (previous[i] as number)).filter((x) => x !== 0);
  const n = d.length;
  if (n === 0) return { n: 0, wPlus: 0, wMinus: 0, statistic: 0, p: null, exact: true };
  const order = d.map((_, i) => i).sort((a, b) => Math.abs(d[a] as number) - Math.abs(d[b] as number));
  const ranks = new Float64Array(n);
  let tieSum = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    const abs = Math.abs(d[order[start] as number] as number);
    while (end + 1 < n && Math.abs(d[order[end + 1] as number] as number) === abs) end++;
    const t = end - start + 1;
    for (let k = start; k <= end; k++) ranks[order[k] as number] = (start + end) / 2 + 1;
    tieSum += t ** 3 - t;
    start = end + 1;
  }
  let wPlus = 0;
  d.forEach((x, i) => {
    if (x > 0) wPlus += ranks[i] as number;
  });
  const total = (n * (n + 1)) / 2;
  const wMinus = total - wPlus;
  const statistic = Math.min(wPlus, wMinus);
  if (n <= WILCOXON_EXACT_MAX && tieSum === 0) {
    // counts[s] = number of subsets of {1..n} with sum s.
    const counts = new Float64Array(total + 1);
    counts[0] = 1;
    for (let r = 1; r <= n; r++)
      for (let s = total; s >= r; s--) counts[s] = (counts[s] as number) + (counts[s - r] as number);
    let tail = 0;
    for (let s = 0; s <= statistic; s++) tail += counts[s] as number;
    return { n, wPlus, wMinus, statistic, p: Math.min(1, (2 * tail) / 2 ** n), exact: true };
  }
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
  const z = sd > 0 ? Math.max(0, Math.abs(wPlus - total / 2) - 0.5) / sd : 0;
  return { n, wPlus, wMinus, statistic, p: chiSquareSurvival(z * z, 1), exact: false };
}

export type McNemar = {
  /** Pairs that went 0 → 1 (b) and 1 → 0 (c). */
  b: number;
  c: number;
  /** χ² with continuity correction when not exact; null when exact. */
  chi2: number | null;
  /** Two-sided p; null without discordant pairs. */
  p: number | null;
  exact: boolean;
};

/**
 * @example mcnemar([0, 1, 1, 1, 1, 1, 1], [1, 0, 0, 0, 0, 0, 0]) // b 1, c 6: { p: 0.125, exact: true }
 * @throws {RangeError} unless both lists hold only 0 and 1 and pair up
 */
export function mcnemar(previous: readonly number[], current: readonly number[]): McNemar {
  const fn = "mcnemar";
  checkPairs(fn, previous, current);
  let b = 0;
  let c = 0;
  previous.forEach((x, i) => {
    const y = current[i] as number;
    if ((x !== 0 && x !== 1) || (y !== 0 && y !== 1))
      throw new RangeError(`${fn}: answers must be 0 or 1 (pair ${i}: ${x}, ${y})`);
    if (x === 0 && y === 1) b++;
    if (x === 1 && y === 0) c++;
  });
  const m = b + c;
  if (m === 0) return { b, c, chi2: null, p: null, exact: true };
  if (m < MCNEMAR_EXACT_BELOW) {
    let tail = 0;
    let coef = 1; // C(m, 0)
    for (let k = 0; k <= Math.min(b, c); k++) {
      tail += coef;
      coef = (coef * (m - k)) / (k + 1);
    }
    return { b, c, chi2: null, p: Math.min(1, (2 * tail) / 2 ** m), exact: true };
  }
  const chi2 = (Math.abs(b - c) - 1) ** 2 / m;
  return { b, c, chi2, p: chiSquareSurvival(chi2, 1), exact: false };
}

/** Throws unless `previous` and `current` are non-empty lists of finite numbers of the same length (pairs). */
function checkPairs(fn: string, previous: readonly number[], current: readonly number[]): void {
  checkFiniteArray(fn, previous, "previous");
  checkFiniteArray(fn, current, "current");
  if (previous.length !== current.length)
    throw new RangeError(
      `${fn}: previous and current must pair up (${previous.length} vs ${current.length})`,
    );
}
