import { type IntrinsicRange, intrinsicRanges } from "./background.js";
import { binProbabilities } from "./information.js";
import type { CookeInput } from "./types.js";

/** What every score in one Classical Model run shares: bins, ranges, seeds and N. */
export type Study = {
  readonly input: CookeInput;
  /** Inter-quantile bin probabilities p_1..p_{K+1}. */
  readonly p: readonly number[];
  readonly ranges: readonly IntrinsicRange[];
  /** Indices of the seed items (those with a realisation). */
  readonly seeds: readonly number[];
  /** N of the calibration statistic: the smallest number of seeds any expert answered. */
  readonly nMin: number;
  readonly calpower: number;
};

/**
 * Prepares a validated input for scoring (anduryl `Experts.calculate_weights`): bin probabilities,
 * intrinsic ranges with the given overshoot, the seed items and N = min over experts of the
 * number of seeds answered.
 *
 * @throws RangeError when there is no seed item, an expert answered none, or calpower is not > 0.
 */
export function buildStudy(input: CookeInput, overshoot: number, calpower: number): Study {
  if (!(calpower > 0) || !Number.isFinite(calpower))
    throw new RangeError(`buildStudy: calpower must be a positive number, got ${calpower}`);
  const seeds = input.items.flatMap((item, j) => (item.realisation === null ? [] : [j]));
  if (seeds.length === 0) throw new RangeError("buildStudy: no seed item (no item has a realisation)");
  let nMin = Number.POSITIVE_INFINITY;
  input.assessments.forEach((row, e) => {
    const answered = seeds.filter((j) => row[j] !== null).length;
    if (answered === 0)
      throw new RangeError(`buildStudy: expert "${input.experts[e]?.id}" answered no seed item`);
    nMin = Math.min(nMin, answered);
  });
  return {
    input,
    p: binProbabilities(input.quantileLevels),
    ranges: intrinsicRanges(input, overshoot),
    seeds,
    nMin,
    calpower,
  };
}
