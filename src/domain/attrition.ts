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
 * What a round's roster adds up to for one group of experts (an institution, those of none, or the
 * whole round); every count is additive over groups, so folded groups and the whole round are sums.
 */
export type RoundGroupCounts = {
  /** On the roster (could answer the round). */
  eligible: number;
  late: number;
  /** Answered every question of the round (a respondent). */
  complete: number;
  /** On the roster and an active member (the response rate's experts); activeComplete: and complete. */
  active: number;
  activeComplete: number;
  /** Experts of the group on no earlier round's roster: summed over rounds, the group's people (folding counts people). */
  rostered: number;
  /** Respondents of the previous round (counted at the close), and how many of them this round lost. */
  previous: number;
  lost: number;
};

export const NO_COUNTS: RoundGroupCounts = {
  eligible: 0,
  late: 0,
  complete: 0,
  active: 0,
  activeComplete: 0,
  rostered: 0,
  previous: 0,
  lost: 0,
};

/** Adds counts (all are additive over disjoint groups of experts). */
export function addCounts(a: RoundGroupCounts, b: RoundGroupCounts): RoundGroupCounts {
  return {
    eligible: a.eligible + b.eligible,
    late: a.late + b.late,
    complete: a.complete + b.complete,
    active: a.active + b.active,
    activeComplete: a.activeComplete + b.activeComplete,
    rostered: a.rostered + b.rostered,
    previous: a.previous + b.previous,
    lost: a.lost + b.lost,
  };
}

/** A round's counts for one group (institution null: experts of none). */
export type RoundTally = {
  roundNumber: number;
  institution: string | null;
  open?: boolean;
} & RoundGroupCounts;

/**
 * The counts of roster rows per round and institution (pure), as round_tallies keeps them: a respondent
 * answered every question of the round; `previous`/`lost` compare with the previous round that has a
 * roster, in number order. Every member here counts as active (rows carry no status).
 */
export function tallyRoster(input: readonly RoundMemberRow[]): RoundTally[] {
  const numbers = [...new Set(input.map((r) => r.roundNumber))].sort((a, b) => a - b);
  const out = new Map<string, RoundTally>();
  const cell = (roundNumber: number, institution: string | null, open?: boolean) => {
    const key = `${roundNumber}\u0000${institution ?? ""}\u0000${institution === null}`;
    let t = out.get(key);
    if (!t) {
      t = { roundNumber, institution, ...(open ? { open } : {}), ...NO_COUNTS };
      out.set(key, t);
    }
    return t;
  };
  const seen = new Set<number>();
  let previous: readonly RoundMemberRow[] = [];
  for (const number of numbers) {
    const inRound = input.filter((r) => r.roundNumber === number);
    const open = inRound.some((r) => r.open);
    const done = (r: RoundMemberRow) => r.questions > 0 && r.answered >= r.questions;
    const respondents = new Set(inRound.filter(done).map((r) => r.memberId));
    for (const r of inRound) {
      const t = cell(number, r.institution, open);
      t.eligible++;
      t.active++;
      if (r.late) t.late++;
      if (done(r)) {
        t.complete++;
        t.activeComplete++;
      }
      if (!seen.has(r.memberId)) t.rostered++;
    }
    for (const r of inRound) seen.add(r.memberId);
    for (const r of previous.filter(done)) {
      const t = cell(number, r.institution, open);
      t.previous++;
      if (!respondents.has(r.memberId)) t.lost++;
    }
    previous = inRound;
  }
  return [...out.values()];
}

const rateCell = (number: number, c: RoundGroupCounts, open: boolean, first: boolean) => ({
  number,
  eligible: c.eligible,
  answeredAll: c.complete,
  rate: c.eligible ? c.complete / c.eligible : null,
  late: c.late,
  attrition: !open && !first && c.previous > 0 ? c.lost / c.previous : null,
  ...(open ? { open } : {}),
});

/**
 * The attrition table's rows for the whole panel, from each round's total counts (round number order):
 * rate = complete / eligible; attrition = lost / previous, none for the first round or while open.
 */
export function attritionByRound(
  totals: readonly ({ roundNumber: number; open?: boolean } & RoundGroupCounts)[],
): AttritionTable["rounds"] {
  return [...totals]
    .sort((a, b) => a.roundNumber - b.roundNumber)
    .map((t, i) => rateCell(t.roundNumber, t, Boolean(t.open), i === 0));
}

/**
 * The attrition table's rows per institution, from each round's counts per institution, over the rounds
 * `numbers` (each opened round with a roster; `open`: the round still open). With `foldBelow` (a strict
 * forum's group threshold: visibility.ts `countableGroups`, over the distinct experts of each institution
 * on any roster: the sum of `rostered`), institutions that would single someone out are summed into one row of others; when
 * none can be shown alone, there are no rows at all.
 */
export function attritionByInstitution(
  rounds: readonly { number: number; open?: boolean }[],
  tallies: readonly RoundTally[],
  foldBelow?: number,
): AttritionTable["institutions"] {
  let rows = tallies;
  if (foldBelow !== undefined) {
    const people = new Map<string | null, number>();
    for (const t of tallies) people.set(t.institution, (people.get(t.institution) ?? 0) + t.rostered);
    const keep = countableGroups(people, foldBelow);
    if (keep.size === 0) return [];
    rows = tallies.map((t) =>
      t.institution !== null && keep.has(t.institution) ? t : { ...t, institution: null },
    );
  }
  const ordered = [...rounds].sort((a, b) => a.number - b.number);
  const names = [...new Set(rows.map((r) => r.institution))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return names.map((institution) => ({
    institution,
    ...(foldBelow !== undefined && institution === null ? { other: true } : {}),
    rounds: ordered.map((r, i) =>
      rateCell(
        r.number,
        rows
          .filter((t) => t.institution === institution && t.roundNumber === r.number)
          .reduce(addCounts, NO_COUNTS),
        Boolean(r.open),
        i === 0,
      ),
    ),
  }));
}

/**
 * Response rate and attrition per round and per institution (pure): eligible = listed in
 * round_members (active experts when the round opened, plus late joiners); a respondent answered
 * every question of the round; attrition of round N = share of round N−1's respondents (of the same
 * group) who are not respondents of round N. Rounds are compared in number order, skipping none.
 * Counted through `tallyRoster`, the counts the database keeps (round_tallies), so both agree.
 *
 * With `foldBelow` (a strict forum's group threshold: visibility.ts `countableGroups`), institutions
 * that would let the counts single someone out are shown together as one row of others.
 */
export function computeAttrition(input: readonly RoundMemberRow[], foldBelow?: number): AttritionTable {
  const tallies = tallyRoster(input);
  const rounds = [...new Set(input.map((r) => r.roundNumber))].map((number) => ({
    number,
    open: input.some((r) => r.roundNumber === number && r.open),
  }));
  const totals = rounds.map((r) => ({
    roundNumber: r.number,
    open: r.open,
    ...tallies.filter((t) => t.roundNumber === r.number).reduce(addCounts, NO_COUNTS),
  }));
  return {
    rounds: attritionByRound(totals),
    institutions: attritionByInstitution(rounds, tallies, foldBelow),
  };
}
