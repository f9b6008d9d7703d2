/** Every pooled allocation adds up to exactly 1 by construction. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLOCATION_POOL_METHODS, poolAllocations } from "../../../src/domain/aggregation/index.js";
import { trackRecordPooled } from "../../../src/domain/forum-scores.js";
import { sumToOne } from "../../../src/domain/stats/sum-to-one.js";

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
    );
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
