import { binPairs, type ForecastOutcome } from "./calibration-table.js";

export type MurphyDecomposition = {
  brier: number;
  reliability: number;
  resolution: number;
  uncertainty: number;
};

/**
 * Murphy's (1973) decomposition of the one-sided Brier score over forecasts grouped into `bins` equal-width
 * bins (as {@link calibrationTable}); with N pairs, bin k holding nₖ pairs of mean forecast f̄ₖ and observed
 * frequency ōₖ, and ō the overall frequency:
 *
 *   brier = (1/N) Σ (pᵢ − oᵢ)²  (computed directly from the pairs),
 *   reliability = (1/N) Σₖ nₖ (f̄ₖ − ōₖ)²,  resolution = (1/N) Σₖ nₖ (ōₖ − ō)²,  uncertainty = ō(1 − ō).
 *
 * brier = reliability − resolution + uncertainty holds exactly only when the forecasts within each bin are
 * equal (e.g. forecasts given on a grid of bin values); otherwise the difference is made up by two within-bin
 * terms, the within-bin variance of the forecasts minus twice their within-bin covariance with the outcomes
 * (Stephenson, Coelho & Jolliffe 2008, Weather and Forecasting 23:752–757). The identity is not forced here.
 *
 * @example murphyDecomposition(pairs) // pairs: p = 0.1×4 with outcomes 0,0,0,1; 0.5×4 with 0,1,0,1; 0.9×4 with 1,1,1,0
 * // { brier: 0.22333…, reliability: 0.015, resolution: 0.041666…, uncertainty: 0.25 } (forecasting.md §4)
 * @throws {RangeError} on no pairs, p outside [0, 1], an outcome other than 0/1, or bins not a positive integer
 */
export function murphyDecomposition(pairs: readonly ForecastOutcome[], bins = 10): MurphyDecomposition {
  const groups = binPairs("murphyDecomposition", pairs, bins);
  const N = pairs.length;
  let brier = 0;
  let events = 0;
  for (const { p, outcome } of pairs) {
    brier += (p - outcome) ** 2;
    events += outcome;
  }
  const base = events / N;
  let reliability = 0;
  let resolution = 0;
  for (const g of groups) {
    if (g.count === 0) continue;
    const f = g.sumP / g.count;
    const o = g.sumO / g.count;
    reliability += g.count * (f - o) ** 2;
    resolution += g.count * (o - base) ** 2;
  }
  return {
    brier: brier / N,
    reliability: reliability / N,
    resolution: resolution / N,
    uncertainty: base * (1 - base),
  };
}
