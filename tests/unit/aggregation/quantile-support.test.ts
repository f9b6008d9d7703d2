/**
 * The support [L, U] of the piecewise-linear CDF through a quantile forecast: one rule for the linear
 * pool and the CRPS, so a pooled quantity and its score read the same distribution.
 */
import { describe, expect, it } from "vitest";
import { poolQuantiles } from "../../../src/domain/aggregation/index.js";
import { QUANTILE_OVERSHOOT, quantileSupport } from "../../../src/domain/aggregation/quantile-support.js";
import { crpsPiecewiseLinear } from "../../../src/domain/scoring/quantity-scores.js";

describe("quantileSupport", () => {
  it("widens the intrinsic range by a tenth on each side, or takes the bounds", () => {
    expect(QUANTILE_OVERSHOOT).toBe(0.1);
    expect(quantileSupport("f", 2, 12)).toEqual([1, 13]);
    expect(quantileSupport("f", 5, 5)).toEqual([5, 5]);
    expect(quantileSupport("f", 2, 12, [0, 20])).toEqual([0, 20]);
  });
  it("refuses bounds that do not strictly contain the quantiles, or are not a pair", () => {
    expect(() => quantileSupport("f", 2, 12, [2, 20])).toThrow(
      new RangeError("f: bounds [2, 20] must strictly contain every quantile"),
    );
    expect(() => quantileSupport("f", 2, 12, [0] as unknown as [number, number])).toThrow(TypeError);
  });
  it("the linear pool and the CRPS refuse the same bounds with the same message", () => {
    const forecasts = [{ expert: "a", q: [1, 3] }];
    expect(() => poolQuantiles("linear-pool", { levels: [0.25, 0.75], forecasts, bounds: [2, 9] })).toThrow(
      /bounds \[2, 9\] must strictly contain every quantile/,
    );
    expect(() => crpsPiecewiseLinear([0.25, 0.75], [1, 3], 2, [2, 9])).toThrow(
      /bounds \[2, 9\] must strictly contain every quantile/,
    );
    expect(() => crpsPiecewiseLinear([0.25, 0.75], [1, 3], 2, "x" as unknown as [number, number])).toThrow(
      /bounds must be \[lower, upper\]/,
    );
  });
});
