/**
 * The RAND/UCLA methods: symmetric regions (a median strictly between 3 and 7
 * is "uncertain" on 1–9), the classic disagreement rule and the appropriateness label.
 */
import { describe, expect, it } from "vitest";
import { randUclaDisagreement } from "../../../src/domain/consensus/index.js";
import {
  appropriateness,
  appropriatenessOf,
  classicDisagreement,
  ratingRegions,
  regionBand,
} from "../../../src/domain/consensus/rating-regions.js";
import { agreementBand } from "../../../src/domain/stability.js";

const rating = (min: number, max: number) =>
  ({ kind: "rating", min, max, minLabel: "", maxLabel: "" }) as const;
const iqr = { kind: "iqr-at-most", max: 1 } as const;

describe("RAND/UCLA regions", () => {
  it("1–9: 1–3, 4–6, 7–9, and the halves at both ends fall in the middle (symmetric)", () => {
    expect(ratingRegions(1, 9)).toEqual({ lowTop: 3, highBottom: 7 });
    expect(agreementBand(rating(1, 9), iqr, 3)).toEqual([1, 3]);
    expect(agreementBand(rating(1, 9), iqr, 3.5)).toEqual([4, 6]);
    expect(agreementBand(rating(1, 9), iqr, 6.5)).toEqual([4, 6]);
    expect(agreementBand(rating(1, 9), iqr, 7)).toEqual([7, 9]);
  });

  it("mirror symmetry on other scales: the band of min+max−m mirrors the band of m", () => {
    for (const [min, max] of [
      [1, 5],
      [1, 7],
      [1, 10],
      [0, 10],
      [1, 9],
    ] as const) {
      for (let m = min; m <= max; m += 0.5) {
        const band = agreementBand(rating(min, max), iqr, m) as [number, number];
        const mirrored = agreementBand(rating(min, max), iqr, min + max - m) as [number, number];
        expect(mirrored).toEqual([min + max - band[1], min + max - band[0]]);
      }
    }
    expect(regionBand("middle", 1, 5)).toEqual([3, 3]);
    expect(ratingRegions(1, 7)).toEqual({ lowTop: 2, highBottom: 6 });
    expect(ratingRegions(1, 10)).toEqual({ lowTop: 3, highBottom: 8 });
  });
});

describe("RAND/UCLA appropriateness and disagreement", () => {
  // Published example: BMJ Open 2012;2:e001431, Table 1 (15 panellists: one each at 4, 5 and 6, five at
  // 7, five at 8, two at 9): median 7, P30 7, P70 8, IPR 1, AI 2.5, IPRAS 6.1, no disagreement, accepted.
  const bmj = [4, 5, 6, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 9, 9];

  it("reproduces the published IPRAS example and labels it appropriate", () => {
    const d = randUclaDisagreement(bmj);
    expect(d.ipr).toBe(1);
    expect(d.ipras).toBeCloseTo(6.1, 12);
    expect(d.disagree).toBe(false);
    expect(appropriatenessOf(bmj, d.disagree, 1, 9)).toBe("appropriate");
    expect(classicDisagreement(bmj, 1, 9)).toEqual({ n: 15, low: 0, high: 12, disagree: false });
  });

  it("classic rule: at least a third of the panel in each extreme region", () => {
    expect(classicDisagreement([1, 2, 3, 5, 5, 5, 7, 8, 9], 1, 9).disagree).toBe(true); // 3 and 3 of 9
    expect(classicDisagreement([1, 2, 5, 5, 5, 5, 7, 8, 9], 1, 9).disagree).toBe(false); // 2 of 9 low
    expect(classicDisagreement([1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 5], 1, 9)).toEqual({
      n: 12,
      low: 4,
      high: 7,
      disagree: true,
    });
  });

  it("labels by the median's region, uncertain with disagreement", () => {
    expect(appropriateness(7, false, 1, 9)).toBe("appropriate");
    expect(appropriateness(6.5, false, 1, 9)).toBe("uncertain");
    expect(appropriateness(3.5, false, 1, 9)).toBe("uncertain");
    expect(appropriateness(3, false, 1, 9)).toBe("inappropriate");
    expect(appropriateness(8, true, 1, 9)).toBe("uncertain");
  });
});
