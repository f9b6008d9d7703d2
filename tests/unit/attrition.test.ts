import { describe, expect, it } from "vitest";
import { computeAttrition, type RoundMemberRow } from "../../src/domain/attrition.js";

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
