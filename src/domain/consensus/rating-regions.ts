/**
 * The RAND/UCLA regions of a rating scale and the appropriateness label, as the RAND/UCLA methods
 * define them.
 *
 * On the 1–9 scale of the RAND/UCLA Appropriateness Method the regions are 1–3, 4–6 and 7–9, and the
 * panel median classifies an item: median ≥ 7 without disagreement is "appropriate", median ≤ 3 without
 * disagreement "inappropriate", and a median strictly between 3 and 7, or any median with disagreement,
 * "uncertain" (Fitch et al. 2001, *The RAND/UCLA Appropriateness Method User's Manual*, MR-1269, ch. 8;
 * stated in exactly these inequalities by EPAGE, the European Panel on the Appropriateness of
 * Gastrointestinal Endoscopy: epage.ch/EPAGE_ADM/explanations.html). A median that falls on a half
 * (3.5 or 6.5, from an even panel) is therefore "uncertain" at both ends: the regions are symmetric.
 *
 * Convention for other integer scales [min, max] with K = max − min + 1 points: each extreme region holds
 * the round(K/3) points at its end (1–5: 1–2 | 3 | 4–5; 1–7: 1–2 | 3–5 | 6–7; 1–10: 1–3 | 4–7 | 8–10),
 * and a median strictly between the two extreme regions is in the middle. On a scale whose ends are not
 * whole numbers the regions are the outer thirds of the interval, closed at the ends.
 */
import { checkFinite, checkFiniteArray } from "../stats/check.js";
import { median as medianOf } from "../stats/median.js";

export type RatingRegion = "low" | "middle" | "high";

export type RatingRegions = {
  /** Ratings ≤ lowTop are in the low region (1–3 on 1–9). */
  lowTop: number;
  /** Ratings ≥ highBottom are in the high region (7–9 on 1–9). */
  highBottom: number;
};

/**
 * The regions of the scale [min, max] (rules above).
 *
 * @example ratingRegions(1, 9) // { lowTop: 3, highBottom: 7 }
 * @example ratingRegions(1, 5) // { lowTop: 2, highBottom: 4 }
 * @throws {RangeError} unless min < max, both finite
 */
export function ratingRegions(min: number, max: number): RatingRegions {
  const fn = "ratingRegions";
  checkFinite(fn, min, "min");
  checkFinite(fn, max, "max");
  if (!(min < max)) throw new RangeError(`${fn}: the scale needs min < max, got [${min}, ${max}]`);
  if (Number.isInteger(min) && Number.isInteger(max)) {
    const k = Math.max(1, Math.round((max - min + 1) / 3));
    return { lowTop: min + k - 1, highBottom: max - k + 1 };
  }
  const third = (max - min) / 3;
  return { lowTop: min + third, highBottom: max - third };
}

/**
 * The region holding a value (typically the panel median): low when ≤ lowTop, high when ≥ highBottom,
 * otherwise middle, so 3.5 and 6.5 on 1–9 are both in the middle.
 */
export function regionOf(x: number, regions: RatingRegions): RatingRegion {
  if (x <= regions.lowTop) return "low";
  if (x >= regions.highBottom) return "high";
  return "middle";
}

/**
 * The ratings a region covers as a closed band for counting agreement: [min, lowTop], the whole numbers
 * strictly between the extreme regions (on integer scales; 4–6 on 1–9), or [highBottom, max].
 */
export function regionBand(region: RatingRegion, min: number, max: number): [number, number] {
  const r = ratingRegions(min, max);
  if (region === "low") return [min, r.lowTop];
  if (region === "high") return [r.highBottom, max];
  if (Number.isInteger(r.lowTop) && Number.isInteger(r.highBottom))
    return [r.lowTop + 1, Math.max(r.lowTop + 1, r.highBottom - 1)];
  return [r.lowTop, r.highBottom];
}

export type ClassicDisagreement = {
  n: number;
  /** Ratings in the low region (1–3) and the high region (7–9). */
  low: number;
  high: number;
  /** At least a third of the panel in each extreme region. */
  disagree: boolean;
};

/**
 * The RAND/UCLA classic definition of disagreement: at least a third of the panellists rate in each
 * extreme region (on 1–9: at least 3 of 9 rate 1–3 and at least 3 of 9 rate 7–9; Fitch et al. 2001,
 * ch. 8, the definition used before the IPRAS, which stays beside it in {@link randUclaDisagreement}).
 * Counted as low ≥ n/3 and high ≥ n/3.
 *
 * @example classicDisagreement([1, 2, 3, 5, 5, 5, 7, 8, 9], 1, 9) // { n: 9, low: 3, high: 3, disagree: true }
 * @throws {RangeError} on no ratings, a non-finite rating or a bad scale
 */
export function classicDisagreement(
  ratings: readonly number[],
  min: number,
  max: number,
): ClassicDisagreement {
  checkFiniteArray("classicDisagreement", ratings, "ratings");
  const r = ratingRegions(min, max);
  let low = 0;
  let high = 0;
  for (const x of ratings) {
    if (x <= r.lowTop) low++;
    else if (x >= r.highBottom) high++;
  }
  const n = ratings.length;
  // low ≥ n/3 without rounding: 3·low ≥ n in integers.
  return { n, low, high, disagree: 3 * low >= n && 3 * high >= n };
}

export type Appropriateness = "appropriate" | "uncertain" | "inappropriate";

/**
 * The RAND/UCLA label of an item from its panel median and whether the panel disagrees: "appropriate"
 * (median in the high region, no disagreement), "inappropriate" (low region, no disagreement), else
 * "uncertain" (rules above). Which disagreement test decides is the caller's choice; the snapshot uses
 * the IPRAS on 1–9 scales (the manual's recommended test for panels of any size).
 *
 * @example appropriateness(7, false, 1, 9) // "appropriate"
 * @example appropriateness(6.5, false, 1, 9) // "uncertain"
 * @example appropriateness(8, true, 1, 9) // "uncertain"
 */
export function appropriateness(
  median: number,
  disagree: boolean,
  min: number,
  max: number,
): Appropriateness {
  if (disagree) return "uncertain";
  const region = regionOf(median, ratingRegions(min, max));
  return region === "high" ? "appropriate" : region === "low" ? "inappropriate" : "uncertain";
}

/** {@link appropriateness} of a list of ratings (their median). */
export function appropriatenessOf(
  ratings: readonly number[],
  disagree: boolean,
  min: number,
  max: number,
): Appropriateness {
  return appropriateness(medianOf(ratings), disagree, min, max);
}
