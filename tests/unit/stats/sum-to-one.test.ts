/** Every pooled allocation adds up to exactly 1 by construction. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLOCATION_POOL_METHODS, poolAllocations } from "../../../src/domain/aggregation/index.js";
import { trackRecordPooled } from "../../../src/domain/forum-scores.js";
import { normaliseShares, sumToOne } from "../../../src/domain/stats/sum-to-one.js";

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("sumToOne and the allocation pools", () => {
  it("rows accepted within the 1e-6 tolerance pool to exactly 1 (the mean pool summed to 0.9999999 before)", () => {
    const rows = [
      [0.3333333, 0.3333333, 0.3333333],
      [0.1, 0.2, 0.6999999],
    ];
    const forecasts = rows.map((p, i) => ({ expert: `e${i}`, p, weight: 1 + (i % 2) }));
    for (const method of ALLOCATION_POOL_METHODS)
      expect(total(poolAllocations(method, forecasts).value)).toBe(1);
  });

  it("adds up to exactly 1 where the largest share alone cannot absorb the rounding (found by CI's property run)", () => {
    // With the middle share absorbing, every value of it leaves the left-to-right sum at 0.9999999999999999.
    for (const xs of [
      [168928.52906737, 557701.2704832078, 678.8514095102569],
      [678.8514095102569, 168928.52906737, 557701.2704832078],
    ]) {
      const out = sumToOne(xs);
      expect(total(out)).toBe(1);
      const s = total(xs);
      out.forEach((x, k) => {
        expect(Math.abs(x - (xs[k] as number) / s)).toBeLessThan(1e-15);
      });
    }
  });

  it("holds for random vectors, each share moved by at most a few ulps", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          fc.pre(total(xs) > 0);
          const out = sumToOne(xs);
          expect(total(out)).toBe(1);
          const s = total(xs);
          out.forEach((x, k) => {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(Math.abs(x - (xs[k] as number) / s)).toBeLessThan(1e-14);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("the dashboard's rescaled medians add up to exactly 1 too (the last share absorbed the rounding before, and missed)", () => {
    // Before: the last share, 0, became 1 − the others and the vector summed to 1.0000000000000002.
    const xs = [3.1563212864011357e-14, 0.0004978969084927896, 0];
    expect(total(normaliseShares(xs) as number[])).toBe(1);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (ys) => {
          fc.pre(total(ys) > 0);
          expect(total(normaliseShares(ys) as number[])).toBe(1);
        },
      ),
      { numRuns: 2000 },
    );
    expect(normaliseShares([0, 0])).toBeNull();
    expect(normaliseShares([0.5, Number.NaN])).toBeNull();
  });

  it("the track-record pool of an allocation adds up to exactly 1", () => {
    const pooled = trackRecordPooled(
      "allocation",
      [
        { expert: "a", p: [0.3333333, 0.3333333, 0.3333334] },
        { expert: "b", p: [0.1, 0.2, 0.7000001] },
        { expert: "c", p: [0.15, 0.15, 0.7] },
      ],
      [
        { expert: "a", brier: 0.1, n: 4 },
        { expert: "b", brier: 0.3, n: 2 },
      ],
    ) as number[];
    expect(total(pooled)).toBe(1);
  });

  it("refuses what cannot be rescaled", () => {
    expect(() => sumToOne([])).toThrow(RangeError);
    expect(() => sumToOne([0, 0])).toThrow(/add up to 0/);
    expect(() => sumToOne([0.5, -0.1])).toThrow(RangeError);
  });
});
