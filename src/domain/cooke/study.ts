import { type IntrinsicRange, intrinsicRanges } from "./background.js";
import { binProbabilities } from "./information.js";
import type { CookeInput } from "./types.js";

/** What every score in one Classical Model run shares: bins, ranges, seeds and N. */
export type Study = {
  readonly input: CookeInput;
  /** Inter-quantile bin probabilities p_1..p_{K+1}. */
  readonly p: readonly number[];
  readonly ranges: readonly IntrinsicRange[];
  /** ln(U* − L*) of each item's range, which every information score on the item starts from. */
  readonly logWidths: readonly number[];
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
  const seeds: number[] = [];
  for (let j = 0; j < input.items.length; j++) if (input.items[j]!.realisation !== null) seeds.push(j);
  if (seeds.length === 0) throw new RangeError("buildStudy: no seed item (no item has a realisation)");
  let nMin = Number.POSITIVE_INFINITY;
  for (let e = 0; e < input.assessments.length; e++) {
    const row = input.assessments[e]!;
    let answered = 0;
    for (let s = 0; s < seeds.length; s++) if (row[seeds[s] as number] !== null) answered++;
    if (answered === 0)
      throw new RangeError(`buildStudy: expert "${input.experts[e]?.id}" answered no seed item`);
    nMin = Math.min(nMin, answered);
  }
  const ranges = intrinsicRanges(input, overshoot);
  return {
    input,
    p: binProbabilities(input.quantileLevels),
    ranges,
    logWidths: ranges.map((range) => Math.log(range.upper - range.lower)),
    seeds,
    nMin,
    calpower,
  };
}
