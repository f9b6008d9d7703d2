import { describe, expect, it } from "vitest";
import {
  addCounts,
  attritionByInstitution,
  attritionByRound,
  computeAttrition,
  NO_COUNTS,
  type RoundMemberRow,
  tallyRoster,
} from "../../src/domain/attrition.js";

const row = (
  roundNumber: number,
  memberId: number,
  institution: string | null,
  answered: number,
  late = false,
) => ({ roundNumber, memberId, institution, answered, questions: 2, late }) satisfies RoundMemberRow;

describe("computeAttrition", () => {
  const input = [
    row(1, 1, "A", 2),
    row(1, 2, "A", 2),
    row(1, 3, "B", 1), // answered only one of two questions: not a respondent
    row(2, 1, "A", 2),
    row(2, 2, "A", 0),
    row(2, 3, "B", 2),
    row(2, 4, "B", 2, true),
  ];

  it("counts eligible experts, respondents, late joiners and the share of last round's respondents lost", () => {
    const t = computeAttrition(input);
    expect(t.rounds).toEqual([
      { number: 1, eligible: 3, answeredAll: 2, rate: 2 / 3, late: 0, attrition: null },
      { number: 2, eligible: 4, answeredAll: 3, rate: 3 / 4, late: 1, attrition: 1 / 2 },
    ]);
    const a = t.institutions.find((i) => i.institution === "A")!;
    expect(a.rounds.map((r) => r.attrition)).toEqual([null, 1 / 2]);
    const b = t.institutions.find((i) => i.institution === "B")!;
    // B had no respondent in round 1, so its attrition in round 2 is undefined, not 0.
    expect(b.rounds.map((r) => r.attrition)).toEqual([null, null]);
  });

  it("folds institutions below the threshold into one row of others, names withheld", () => {
    const t = computeAttrition(input, 3);
    // A has 2 people, B has 2: neither reaches 3, so no institution row is shown at all.
    expect(t.institutions).toEqual([]);
    expect(t.rounds[1]!.eligible).toBe(4);
    const folded = computeAttrition(input, 2);
    expect(folded.institutions.map((i) => i.institution)).toEqual(["A", "B"]);
  });
});

describe("tallyRoster and the table from stored counts", () => {
  const input = [
    { roundNumber: 1, memberId: 1, institution: "A", answered: 2, questions: 2, late: false },
    { roundNumber: 1, memberId: 2, institution: "A", answered: 2, questions: 2, late: false },
    { roundNumber: 1, memberId: 3, institution: null, answered: 2, questions: 2, late: false },
    { roundNumber: 2, memberId: 1, institution: "A", answered: 2, questions: 2, late: false },
    { roundNumber: 2, memberId: 3, institution: null, answered: 0, questions: 2, late: false },
    { roundNumber: 2, memberId: 4, institution: "B", answered: 2, questions: 2, late: true },
  ] satisfies RoundMemberRow[];

  it("counts per round and group what the table needs, each count additive", () => {
    const t = tallyRoster(input);
    const of = (n: number, i: string | null) => t.find((x) => x.roundNumber === n && x.institution === i);
    // Round 2 of A: member 2 (a respondent of round 1) is not on the roster at all: lost.
    expect(of(2, "A")).toMatchObject({ eligible: 1, complete: 1, previous: 2, lost: 1, rostered: 0 });
    expect(of(2, null)).toMatchObject({ eligible: 1, complete: 0, previous: 1, lost: 1 });
    expect(of(2, "B")).toMatchObject({ eligible: 1, late: 1, complete: 1, previous: 0, rostered: 1 });
    const sum = t.filter((x) => x.roundNumber === 2).reduce(addCounts, NO_COUNTS);
    expect(computeAttrition(input).rounds[1]).toMatchObject({
      eligible: sum.eligible,
      answeredAll: sum.complete,
      attrition: sum.lost / sum.previous,
    });
  });

  it("a round still open shows no drop-out, and neither does the first", () => {
    const open = input.map((r) => (r.roundNumber === 2 ? { ...r, open: true } : r));
    expect(computeAttrition(open).rounds.map((r) => r.attrition)).toEqual([null, null]);
    expect(computeAttrition(input).rounds.map((r) => r.attrition)).toEqual([null, 2 / 3]);
  });

  it("folds by people over all rounds (the sum of rostered), summing the folded groups' counts", () => {
    const rounds = [{ number: 1 }, { number: 2 }];
    // A has 2 people, B 1, none 1: with 2, A alone is shown and the rest (2 people) are others.
    const folded = attritionByInstitution(rounds, tallyRoster(input), 2);
    expect(folded.map((g) => [g.institution, g.other ?? false])).toEqual([
      ["A", false],
      [null, true],
    ]);
    expect(folded[1]!.rounds[1]).toMatchObject({ eligible: 2, answeredAll: 1, late: 1, attrition: 1 });
    expect(attritionByInstitution(rounds, tallyRoster(input), 3)).toEqual([]);
    expect(attritionByRound([])).toEqual([]);
  });
});
