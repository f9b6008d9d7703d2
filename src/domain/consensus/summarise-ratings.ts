import { checkFiniteArray } from "../stats/check.js";
import { describeSample } from "../stats/describe-sample.js";
import { type Band, bandCategory, checkBand } from "./band.js";
import { type RandUclaDisagreement, randUclaDisagreement } from "./rand-ucla-disagreement.js";

export type RatingsInput = {
  readonly scale: readonly [number, number];
  readonly band: readonly [number, number];
  readonly ratings: readonly number[];
  /** The same experts' ratings in the previous round, in the same order. */
  readonly previous?: readonly number[];
};

export type RatingsSummary = {
  n: number;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
  mean: number;
  sd: number | null;
  cv: number | null;
  agreement: number;
  disagreement: RandUclaDisagreement | null;
  changed?: number;
  iqrChange?: number;
};

/**
 * The `consensus` output of the analysis command (ANALYSIS-CLI.md): n, median, type-7 quartiles and IQR,
 * mean, sample SD, CV (see {@link describeSample}: null when n < 2 or mean = 0), and
 *
 * - `agreement`: share of ratings inside `band`, inclusive (percent agreement; delphi.md §2);
 * - `disagreement`: the RAND/UCLA test ({@link randUclaDisagreement}) when `scale` is exactly [1, 9]; null
 *   on any other scale, because its constants (2.35, 1.5, the midpoint 5) are calibrated for 1–9 only;
 * - with `previous` (same experts, same order): `changed`, the share of experts whose category (below /
 *   inside / above band) differs between rounds, and `iqrChange` = IQR(ratings) − IQR(previous) (negative:
 *   the panel converged).
 *
 * @example summariseRatings({ scale: [1, 9], band: [7, 9], ratings: [7, 8, 9, 3], previous: [5, 8, 9, 3] })
 * // { n: 4, median: 7.5, q1: 6, q3: 8.25, iqr: 2.25, mean: 6.75, sd: 2.6299556396765835,
 * //   cv: 0.3896230577298642, agreement: 0.75, disagreement: { ipr: 1.5, ipras: 5.875, disagree: false },
 * //   changed: 0.25, iqrChange: -1.5 }   (P30 = 6.6, P70 = 8.1; previous IQR 8.25 − 4.5 = 3.75)
 * @throws {RangeError} on no ratings, a rating outside the scale, a band outside the scale, or previous of
 *   another length
 * @throws {TypeError} on a malformed field
 */
export function summariseRatings(input: RatingsInput): RatingsSummary {
  const fn = "summariseRatings";
  if (typeof input !== "object" || input === null) throw new TypeError(`${fn}: input must be an object`);
  const { scale, band, ratings, previous } = input;
  checkBand(fn, scale, "scale");
  checkBand(fn, band, "band");
  if (band[0] < scale[0] || band[1] > scale[1]) throw new RangeError(`${fn}: band must lie within scale`);
  checkRatings(fn, ratings, "ratings", scale);
  const d = describeSample(ratings);
  let inside = 0;
  for (const r of ratings) if (bandCategory(r, band) === 0) inside++;
  const summary: RatingsSummary = {
    n: d.n,
    median: d.median,
    q1: d.q1,
    q3: d.q3,
    iqr: d.iqr,
    mean: d.mean,
    sd: d.sd,
    cv: d.cv,
    agreement: inside / d.n,
    disagreement: scale[0] === 1 && scale[1] === 9 ? randUclaDisagreement(ratings) : null,
  };
  if (previous === undefined) return summary;
  checkRatings(fn, previous, "previous", scale);
  if (previous.length !== ratings.length)
    throw new RangeError(`${fn}: previous has ${previous.length} ratings, ratings has ${ratings.length}`);
  return {
    ...summary,
    changed: changedShare(previous, ratings, band),
    iqrChange: d.iqr - describeSample(previous).iqr,
  };
}

/** Share of paired experts whose rating moved between below / inside / above the band. */
export function changedShare(previous: readonly number[], current: readonly number[], band: Band): number {
  let changed = 0;
  for (let i = 0; i < current.length; i++)
    if (bandCategory(previous[i] as number, band) !== bandCategory(current[i] as number, band)) changed++;
  return changed / current.length;
}

function checkRatings(
  fn: string,
  values: unknown,
  name: string,
  scale: Band,
): asserts values is readonly number[] {
  checkFiniteArray(fn, values, name);
  values.forEach((r, i) => {
    if (r < scale[0] || r > scale[1])
      throw new RangeError(`${fn}: ${name}[${i}] = ${r} is outside the scale [${scale[0]}, ${scale[1]}]`);
  });
}
