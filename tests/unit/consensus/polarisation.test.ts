import { describe, expect, it } from "vitest";
import { detectPolarisation, POLARISATION_SHARE } from "../../../src/domain/consensus/index.js";

const plain = (values: number[]) => values.map((value) => ({ value }));

describe("detectPolarisation", () => {
  it("finds a split panel when each extreme third holds at least a third of the ratings", () => {
    const p = detectPolarisation(plain([1, 1, 2, 5, 5, 4]), { min: 1, max: 5 });
    expect(p).toMatchObject({ n: 6, split: true, lowShare: 0.5, highShare: 0.5, groups: [] });
    expect(p.lowBound).toBeCloseTo(7 / 3, 12);
    expect(p.highBound).toBeCloseTo(11 / 3, 12);
  });

  it("uses RAND/UCLA's regions 1–3 and 7–9 on a 1–9 scale (Fitch et al. 2001's classic disagreement)", () => {
    // 3 of 9 in 1–3 and 5 of 9 in 7–9: the manual's definition of disagreement holds.
    const p = detectPolarisation(plain([1, 1, 1, 5, 9, 9, 9, 9, 9]), { min: 1, max: 9 });
    expect(p.lowBound).toBeCloseTo(11 / 3, 12);
    expect(p.highBound).toBeCloseTo(19 / 3, 12);
    expect(p.split).toBe(true);
    // Two of nine in the low region is less than a third: no split.
    expect(detectPolarisation(plain([1, 1, 5, 5, 9, 9, 9, 9, 9]), { min: 1, max: 9 }).split).toBe(false);
  });

  it("is not split when the panel agrees or leans one way", () => {
    expect(detectPolarisation(plain([3, 3, 3, 3]), { min: 1, max: 5 }).split).toBe(false);
    expect(detectPolarisation(plain([4, 5, 5, 4, 1]), { min: 1, max: 5 }).split).toBe(false);
    expect(detectPolarisation([], { min: 1, max: 5 })).toMatchObject({ n: 0, split: false });
  });

  it("names a split along institutions or countries only for groups at or above the threshold", () => {
    const ratings = [
      { value: 1, institution: "A", country: "X" },
      { value: 1, institution: "A", country: "X" },
      { value: 2, institution: "A", country: "Y" },
      { value: 5, institution: "B", country: "Y" },
      { value: 5, institution: "B", country: "Y" },
      { value: 4, institution: "B", country: "X" },
      { value: 1, institution: "C", country: "Z" },
    ];
    const p = detectPolarisation(ratings, { min: 1, max: 5 }, 3);
    // Countries X (1, 1, 4: median 1) and Y (2, 5, 5: median 5) split too; C and Z have one rating each
    // and are never named.
    expect(p.groups).toEqual([
      { by: "institution", low: ["A"], high: ["B"] },
      { by: "country", low: ["X"], high: ["Y"] },
    ]);
    const byCountry = detectPolarisation(
      ratings.map((r) => ({ ...r, institution: null })),
      { min: 1, max: 5 },
      3,
    );
    expect(byCountry.groups).toEqual([{ by: "country", low: ["X"], high: ["Y"] }]);
    expect(detectPolarisation(ratings, { min: 1, max: 5 }, 4).groups).toEqual([]);
  });

  it("is order independent, leaves its input alone and refuses bad input", () => {
    const values = [1, 5, 2, 4, 1, 5];
    const input = plain(values);
    const copy = structuredClone(input);
    const a = detectPolarisation(input, { min: 1, max: 5 });
    expect(input).toEqual(copy);
    expect(detectPolarisation(plain([...values].reverse()), { min: 1, max: 5 })).toEqual(a);
    expect(POLARISATION_SHARE).toBeCloseTo(1 / 3, 15);
    expect(() => detectPolarisation(plain([Number.NaN]), { min: 1, max: 5 })).toThrow(RangeError);
    expect(() => detectPolarisation(plain([1]), { min: 5, max: 5 })).toThrow(RangeError);
  });
});
