/**
 * Huge finite values (around 1e308) give numbers, not a silent null; a spread no
 * double can hold is refused with an error.
 */
import { describe, expect, it } from "vitest";
import { poolQuantiles } from "../../../src/domain/aggregation/index.js";
import { summariseRatings } from "../../../src/domain/consensus/index.js";
import {
  describeSample,
  mean,
  quantileType7,
  sampleStandardDeviation,
} from "../../../src/domain/stats/index.js";

describe("no overflow in means, SDs, CVs, quantiles and quantile averages", () => {
  it("mean and quantile average of values near the double limit", () => {
    expect(mean([1e308, 1e308])).toBe(1e308);
    expect(mean([1.7e308, 1.7e308, 1.7e308])).toBeCloseTo(1.7e308, -294);
    expect(mean([1.7e308, -1.7e308])).toBe(0);
    const pooled = poolQuantiles("quantile-average", {
      levels: [0.05, 0.5, 0.95],
      forecasts: [
        { expert: "a", q: [1e308, 1.2e308, 1.4e308] },
        { expert: "b", q: [1.1e308, 1.3e308, 1.5e308] },
      ],
    }).value;
    expect(pooled.every(Number.isFinite)).toBe(true);
    expect(pooled[1]).toBeCloseTo(1.25e308, -294);
  });

  it("SD and CV of huge values", () => {
    expect(sampleStandardDeviation([1e200, 3e200])).toBeCloseTo(Math.SQRT2 * 1e200, -186);
    const d = describeSample([1e308, 1.5e308, 1.7e308]);
    expect(Number.isFinite(d.mean)).toBe(true);
    expect(Number.isFinite(d.sd as number)).toBe(true);
    expect(d.cv).toBeCloseTo((d.sd as number) / d.mean, 12);
    expect(JSON.stringify(d)).not.toContain("null");
  });

  it("type-7 interpolation between neighbours of opposite sign near the limit", () => {
    expect(quantileType7([-1.6e308, 1.6e308], 0.5)).toBe(0);
    expect(quantileType7([-1.6e308, 1.6e308], 0.25)).toBeCloseTo(-0.8e308, -294);
  });

  it("ordinary samples keep their last bit", () => {
    expect(mean([0.1, 0.3, 0.6, 0.9])).toBe(0.475);
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2.138089935299395);
  });

  it("a spread beyond the largest double is refused, not printed as null", () => {
    expect(() => describeSample([-1.7e308, 1.7e308])).toThrow(/exceeds the largest double/);
    expect(() =>
      summariseRatings({ scale: [-1.7e308, 1.7e308], band: [0, 1], ratings: [-1.7e308, 1.7e308] }),
    ).toThrow(RangeError);
  });
});
