/**
 * The whole-number field check shared by the proposal and ranking answer forms (src/validation/forms.ts):
 * an empty field is "required", anything but a whole number in range is "range", whichever form asks.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PROPOSAL_DIMENSIONS } from "../../src/domain/proposals.js";
import { wholeNumberField, wholeNumberFields } from "../../src/validation/forms.js";
import { validateProposal } from "../../src/validation/proposals.js";
import { validateRanking } from "../../src/validation/ranking.js";

describe("wholeNumberField", () => {
  const at = (raw: string) => wholeNumberField({ x: raw }, "x", 1, 5);
  it("reads a whole number in range, trimmed", () => {
    expect(at(" 3 ")).toBe(3);
    expect(at("05")).toBe(5);
    expect(wholeNumberField({ x: "-2" }, "x", -3, 3)).toBe(-2);
  });
  it("says required for an empty or missing field and range for anything else", () => {
    expect(at("  ")).toBe("required");
    expect(wholeNumberField({}, "x", 1, 5)).toBe("required");
    for (const raw of ["0", "6", "2.5", "3.0", "+3", "1e1", "three", "-1"]) expect(at(raw)).toBe("range");
  });
});

describe("wholeNumberFields", () => {
  it("reads each numbered field in its own range and names each bad one with its message", () => {
    const ranges = [
      { min: 1, max: 3 },
      { min: 0, max: 10 },
      { min: -5, max: 5 },
    ];
    const messages = { required: "need", range: "bounds" };
    expect(wholeNumberFields({ k0: "2", k1: "10", k2: "-5" }, "k", ranges, messages)).toEqual({
      values: [2, 10, -5],
      errors: {},
    });
    expect(wholeNumberFields({ k0: "4", k2: "0" }, "k", ranges, messages)).toEqual({
      values: [0],
      errors: { k0: "bounds", k1: "need" },
    });
  });
});

describe("the forms that use it", () => {
  it("a ranking: ranks, an out-of-range rank, an untouched ranking", () => {
    expect(validateRanking(3, { rank0: "2", rank1: "1", rank2: "3" })).toEqual({
      ranks: [2, 1, 3],
      errors: {},
    });
    expect(validateRanking(3, { rank0: "2", rank1: "4", rank2: "3" }).errors).toEqual({
      rank1: "error.rankRange",
    });
    expect(validateRanking(2, {}).errors).toEqual({
      rank0: "error.rankRequired",
      rank1: "error.rankRequired",
      ranks: "error.rankingUntouched",
    });
  });
  it("a proposal: ratings per dimension, with a missing and an out-of-scale one", () => {
    const config = { kind: "proposal" as const, dimensions: [...DEFAULT_PROPOSAL_DIMENSIONS] };
    expect(validateProposal(config, { d0: "4", d1: "2" })).toEqual({ ratings: [4, 2], errors: {} });
    expect(validateProposal(config, { d0: "", d1: "9" })).toEqual({
      ratings: null,
      errors: { d0: "error.dimensionRequired", d1: "error.dimensionRange" },
    });
  });
});
