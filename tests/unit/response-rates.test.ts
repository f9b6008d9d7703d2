import { describe, expect, it } from "vitest";
import { foldRateGroups, type RateGroup } from "../../src/domain/response-rates.js";

describe("foldRateGroups", () => {
  const groups: RateGroup[] = [
    { institution: "A", complete: 2, experts: 3 },
    { institution: "B", complete: 1, experts: 4 },
    { institution: "Z", complete: 1, experts: 1 },
    { institution: null, complete: 0, experts: 1 },
    { institution: "Empty", complete: 0, experts: 0 },
  ];

  it("shows every group with experts where names may be shown", () => {
    expect(foldRateGroups(groups).map((g) => g.institution)).toEqual(["A", "B", "Z", null]);
  });

  it("folds what would single someone out into one row of others, the counts summed", () => {
    // countableGroups: Z and none are 2 < 3, so the smallest shown group (A, 3) joins them.
    expect(foldRateGroups(groups, 3)).toEqual([
      { institution: "B", complete: 1, experts: 4 },
      { institution: null, other: true, complete: 3, experts: 5 },
    ]);
    expect(foldRateGroups(groups.slice(2), 3)).toEqual([]);
  });

  it("does not change its input", () => {
    const copy = structuredClone(groups);
    foldRateGroups(groups, 3);
    expect(groups).toEqual(copy);
  });
});
