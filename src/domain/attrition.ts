/** Attrition per round and institution (types; computeAttrition computes the table). */
import { countableGroups } from "./visibility.js";

/** One expert's place in one round: from round_members (who could answer), with how much they answered. */
export type RoundMemberRow = {
  roundNumber: number;
  memberId: number;
  institution: string | null;
  late: boolean;
  answered: number;
  questions: number;
  /** The round is still open: experts are still answering, so nobody has dropped out of it yet. */
  open?: boolean;
};

export type RateCell = {
  eligible: number;
  /** Submitted a current answer to every question of the round. */
  answeredAll: number;
  /** answeredAll / eligible, null without eligible experts. */
  rate: number | null;
  late: number;
  /** Share of the previous round's respondents (answered all) who did not answer all of this round; null for the first round, without previous respondents, or while the round is open. */
  attrition: number | null;
  /** The round is still open (its counts are so far). */
  open?: boolean;
};

export type AttritionTable = {
  rounds: ({ number: number } & RateCell)[];
  /** `other`: the institutions folded together (names withheld, `foldBelow`), with experts of none. */
  institutions: { institution: string | null; other?: boolean; rounds: ({ number: number } & RateCell)[] }[];
};

/**
 * Response rate and attrition per round and per institution (pure): eligible = listed in
 * round_members (active experts when the round opened, plus late joiners); a respondent answered
 * every question of the round; attrition of round N = share of round N−1's respondents (of the same
 * group) who are not respondents of round N. Rounds are compared in number order, skipping none.
 *
 * With `foldBelow` (a strict forum's group threshold: visibility.ts `countableGroups`), institutions
 * that would let the counts single someone out are shown together as one row of others.
 */
export function computeAttrition(input: readonly RoundMemberRow[], foldBelow?: number): AttritionTable {
  let rows = input;
  let folded = false;
  if (foldBelow !== undefined) {
    const people = new Map<string | null, Set<number>>();
    for (const r of input)
      people.set(r.institution, (people.get(r.institution) ?? new Set()).add(r.memberId));
    const keep = countableGroups(new Map([...people].map(([k, v]) => [k, v.size])), foldBelow);
    rows = input.map((r) =>
      r.institution !== null && keep.has(r.institution) ? r : { ...r, institution: null },
    );
    folded = keep.size > 0;
  }
  const numbers = [...new Set(rows.map((r) => r.roundNumber))].sort((a, b) => a - b);
  const cells = (subset: readonly RoundMemberRow[]) => {
    let previous: Set<number> | null = null;
    return numbers.map((number) => {
      const inRound = subset.filter((r) => r.roundNumber === number);
      const respondents = new Set(
        inRound.filter((r) => r.questions > 0 && r.answered >= r.questions).map((r) => r.memberId),
      );
      const lost = previous ? [...previous].filter((m) => !respondents.has(m)).length : 0;
      const open = inRound.some((r) => r.open);
      const cell = {
        number,
        eligible: inRound.length,
        answeredAll: respondents.size,
        rate: inRound.length ? respondents.size / inRound.length : null,
        late: inRound.filter((r) => r.late).length,
        attrition: !open && previous && previous.size > 0 ? lost / previous.size : null,
        ...(open ? { open } : {}),
      };
      previous = respondents;
      return cell;
    });
  };
  const names = [...new Set(rows.map((r) => r.institution))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return {
    rounds: cells(rows),
    institutions:
      foldBelow !== undefined && !folded
        ? []
        : names.map((institution) => ({
            institution,
            ...(foldBelow !== undefined && institution === null ? { other: true } : {}),
            rounds: cells(rows.filter((r) => r.institution === institution)),
          })),
  };
}
