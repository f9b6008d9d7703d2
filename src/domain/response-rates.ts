/** A round's response rate as the organiser overview shows it. */
import { countableGroups } from "./visibility.js";

export type ExpertProgress = {
  memberId: number;
  name: string;
  email: string;
  institution: string | null;
  answered: number;
};

export type ResponseRate = {
  roundNumber: number;
  questionCount: number;
  /** Active experts who submitted a current answer to every question of the round, of all active experts. */
  overall: { complete: number; experts: number };
  /**
   * `other`: institutions folded together where names are withheld (visibility.ts `countableGroups`).
   * Absent when not read (the overview loads it when the organiser opens it).
   */
  perInstitution?: { institution: string | null; other?: boolean; complete: number; experts: number }[];
  /**
   * Active experts with at least one question of the round not answered (submitted), for reminders: a
   * page of them, fewest answered first (all of them in an ideas round).
   */
  incomplete: ExpertProgress[];
  /** More have not answered all than `incomplete` lists: where the next page starts (`answered.memberId`). */
  moreIncomplete?: string;
  /** True where organisers may not see who has not answered (strict anonymity): `incomplete` is empty. */
  namesHidden?: boolean;
};

/** One institution's (null: experts of none) complete and active experts in a round. */
export type RateGroup = { institution: string | null; complete: number; experts: number };

/**
 * The response rate per institution as shown (pure). With `threshold` (names withheld: strict
 * anonymity), institutions too small to count alone (visibility.ts `countableGroups`, over their experts)
 * are summed into one row of others (last), and when none can be shown alone there are no rows at all.
 * Groups without experts are left out.
 */
export function foldRateGroups(
  groups: readonly RateGroup[],
  threshold?: number,
): NonNullable<ResponseRate["perInstitution"]> {
  const present = groups.filter((g) => g.experts > 0);
  if (threshold === undefined) return present.map((g) => ({ ...g }));
  const sizes = new Map<string | null, number>();
  for (const g of present) sizes.set(g.institution, (sizes.get(g.institution) ?? 0) + g.experts);
  const keep = countableGroups(sizes, threshold);
  if (keep.size === 0) return [];
  const out = new Map<string | null, { complete: number; experts: number }>();
  for (const g of present) {
    const key = g.institution !== null && keep.has(g.institution) ? g.institution : null;
    const row = out.get(key) ?? { complete: 0, experts: 0 };
    row.complete += g.complete;
    row.experts += g.experts;
    out.set(key, row);
  }
  // The others last, after the institutions shown by name.
  const others = out.get(null);
  return [
    ...[...out].flatMap(([institution, g]) => (institution === null ? [] : [{ institution, ...g }])),
    ...(others ? [{ institution: null, other: true, ...others }] : []),
  ];
}
