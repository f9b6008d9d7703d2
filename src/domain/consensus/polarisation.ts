import { checkFiniteArray } from "../stats/check.js";
import { median } from "../stats/median.js";

/** The share of a panel each extreme third must hold for a split (RAND/UCLA's classic disagreement). */
export const POLARISATION_SHARE = 1 / 3;

export type GroupSplit = {
  by: "institution" | "country";
  /** Groups (with at least the group threshold of members answering) whose median lies in the low third. */
  low: string[];
  /** Groups whose median lies in the high third. */
  high: string[];
};

export type Polarisation = {
  n: number;
  /** Ratings ≤ lowBound are in the low third of the scale; ratings ≥ highBound in the high third. */
  lowBound: number;
  highBound: number;
  lowShare: number;
  highShare: number;
  /** A split panel: at least a third of the ratings in each extreme third (a bimodal disagreement). */
  split: boolean;
  /** Groupings along which the panel splits: some groups' medians low, others' high. */
  groups: GroupSplit[];
};

export type RatingWithGroups = { value: number; institution?: string | null; country?: string | null };

/**
 * Polarisation of ratings on a bounded scale [min, max], the disagreement a Policy Delphi looks for
 * (Turoff 1970: the aim is to bring out opposing views, not to force consensus).
 *
 * The scale is cut into thirds: low = ratings ≤ min + (max − min)/3, high = ratings ≥ max − (max − min)/3
 * (on 1–9 these are RAND/UCLA's regions 1–3 and 7–9; on 1–5, ratings 1–2 and 4–5). The panel is split
 * when each extreme third holds at least a third of the ratings: the RAND/UCLA Appropriateness Method's
 * classic definition of disagreement (Fitch et al. 2001, MR-1269, ch. 8), applied to any scale.
 *
 * A grouping (institution, country) splits the panel when, among its groups with at least `minGroupSize`
 * ratings, at least one group's median lies in the low third and another's in the high third. Groups
 * below the threshold are never named (the same threshold that hides subgroup statistics).
 *
 * @example detectPolarisation([1, 1, 2, 5, 5, 4], { min: 1, max: 5 })
 * // low ≤ 2.33: 3 of 6; high ≥ 3.67: 3 of 6 → split: true
 * @throws {RangeError} on a non-finite rating or min ≥ max
 */
export function detectPolarisation(
  ratings: readonly RatingWithGroups[],
  scale: { min: number; max: number },
  minGroupSize = 3,
): Polarisation {
  if (ratings.length > 0)
    checkFiniteArray(
      "detectPolarisation",
      ratings.map((r) => r.value),
      "ratings",
    );
  if (!(scale.min < scale.max)) throw new RangeError("detectPolarisation: the scale needs min < max");
  const third = (scale.max - scale.min) / 3;
  const lowBound = scale.min + third;
  const highBound = scale.max - third;
  const n = ratings.length;
  const low = ratings.filter((r) => r.value <= lowBound).length;
  const high = ratings.filter((r) => r.value >= highBound).length;
  const lowShare = n > 0 ? low / n : 0;
  const highShare = n > 0 ? high / n : 0;
  const groups: GroupSplit[] = [];
  for (const by of ["institution", "country"] as const) {
    const members = new Map<string, number[]>();
    for (const r of ratings) {
      const key = r[by];
      if (!key) continue;
      const list = members.get(key) ?? [];
      list.push(r.value);
      members.set(key, list);
    }
    const medians = [...members]
      .filter(([, values]) => values.length >= Math.max(1, minGroupSize))
      .map(([name, values]) => [name, median(values)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const lowGroups = medians.filter(([, m]) => m <= lowBound).map(([name]) => name);
    const highGroups = medians.filter(([, m]) => m >= highBound).map(([name]) => name);
    if (lowGroups.length > 0 && highGroups.length > 0) groups.push({ by, low: lowGroups, high: highGroups });
  }
  return {
    n,
    lowBound,
    highBound,
    lowShare,
    highShare,
    split: n > 0 && lowShare >= POLARISATION_SHARE && highShare >= POLARISATION_SHARE,
    groups,
  };
}
