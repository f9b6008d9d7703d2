import { checkProbability } from "../stats/check.js";

export type ForecastOutcome = { readonly p: number; readonly outcome: 0 | 1 };
export type CalibrationBin = {
  lower: number;
  upper: number;
  count: number;
  /** Mean forecast in the bin; null when the bin is empty. */
  meanForecast: number | null;
  /** Share of outcomes = 1 in the bin; null when the bin is empty. */
  observedFrequency: number | null;
};

/**
 * A calibration (reliability) table: forecasts grouped into `bins` equal-width bins on [0, 1], bin b
 * covering [b/bins, (b+1)/bins) exactly as printed (the last bin includes 1; see {@link binOf}), with each bin's count,
 * mean forecast and observed frequency of the event. A calibrated forecaster has meanForecast ≈
 * observedFrequency in every bin (Murphy & Winkler 1977; forecasting.md §4). Empty bins are listed with nulls
 * so the table always has `bins` rows.
 *
 * @example calibrationTable([{ p: 0.1, outcome: 0 }, { p: 0.15, outcome: 1 }, { p: 0.9, outcome: 1 }], 2).bins
 * // [{ lower: 0, upper: 0.5, count: 2, meanForecast: 0.125, observedFrequency: 0.5 },
 * //  { lower: 0.5, upper: 1, count: 1, meanForecast: 0.9, observedFrequency: 1 }]
 * @throws {RangeError} on no pairs, p outside [0, 1], an outcome other than 0/1, or bins not a positive integer
 * @throws {TypeError} on a malformed pair
 */
export function calibrationTable(pairs: readonly ForecastOutcome[], bins = 10): { bins: CalibrationBin[] } {
  const groups = binPairs("calibrationTable", pairs, bins);
  return {
    bins: groups.map((g, b) => ({
      lower: b / bins,
      upper: (b + 1) / bins,
      count: g.count,
      meanForecast: g.count > 0 ? g.sumP / g.count : null,
      observedFrequency: g.count > 0 ? g.sumO / g.count : null,
    })),
  };
}

export type BinTotals = { count: number; sumP: number; sumO: number };

/**
 * The bin of p among `bins` equal-width bins, consistent with the printed bounds: the b with
 * b/bins ≤ p < (b+1)/bins (the last bin also takes 1). ⌊p·bins⌋ alone misplaces boundary values,
 * since 0.57·100 = 56.99999999999999 would put 0.57 in [0.56, 0.57); the
 * estimate is corrected by comparing p with the same quotients the table prints.
 *
 * @example binOf(0.57, 100) // 57: the bin printed as [0.57, 0.58)
 */
export function binOf(p: number, bins: number): number {
  let b = Math.min(Math.floor(p * bins), bins - 1);
  while (b + 1 < bins && p >= (b + 1) / bins) b++;
  while (b > 0 && p < b / bins) b--;
  return b;
}

/** Groups checked pairs into equal-width bins (shared with the Murphy decomposition). */
export function binPairs(fn: string, pairs: readonly ForecastOutcome[], bins: number): BinTotals[] {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`${fn}: bins must be a positive integer, got ${bins}`);
  if (!Array.isArray(pairs)) throw new TypeError(`${fn}: pairs must be an array`);
  if (pairs.length === 0) throw new RangeError(`${fn}: pairs must not be empty`);
  const groups: BinTotals[] = Array.from({ length: bins }, () => ({ count: 0, sumP: 0, sumO: 0 }));
  pairs.forEach((pair, i) => {
    if (typeof pair !== "object" || pair === null)
      throw new TypeError(`${fn}: pairs[${i}] must be { p, outcome }`);
    checkProbability(fn, pair.p, `pairs[${i}].p`);
    if (pair.outcome !== 0 && pair.outcome !== 1)
      throw new RangeError(`${fn}: pairs[${i}].outcome must be 0 or 1`);
    const g = groups[binOf(pair.p, bins)] as BinTotals;
    g.count++;
    g.sumP += pair.p;
    g.sumO += pair.outcome;
  });
  return groups;
}
