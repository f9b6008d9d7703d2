/**
 * The one weight check behind every weighted pool (binary, categorical and quantity): the same rule and
 * the same messages whichever pool is asked.
 */
import { describe, expect, it } from "vitest";
import { optionalWeights, requiredWeights } from "../../../src/domain/aggregation/forecast-weights.js";
import { poolAllocations, poolProbabilities, poolQuantiles } from "../../../src/domain/aggregation/index.js";

describe("requiredWeights", () => {
  it("returns the weights in order", () => {
    expect(
      requiredWeights("f", "weighted-mean", [
        { expert: "a", weight: 3 },
        { expert: "b", weight: 0 },
      ]),
    ).toEqual([3, 0]);
  });
  it("refuses a missing weight (TypeError naming the method), a bad one and a zero sum (RangeError)", () => {
    expect(() => requiredWeights("f", "weighted-mean", [{ expert: "a" }])).toThrow(
      new TypeError('f: weighted-mean needs a weight on every forecast (expert "a")'),
    );
    expect(() => requiredWeights("f", "m", [{ expert: "a", weight: -1 }])).toThrow(
      new RangeError('f: weight of expert "a" must be a finite number ≥ 0, got -1'),
    );
    expect(() => requiredWeights("f", "m", [{ expert: "a", weight: Number.NaN }])).toThrow(RangeError);
    expect(() => requiredWeights("f", "m", [{ expert: "a", weight: 0 }])).toThrow(
      new RangeError("f: m weights must have a positive sum"),
    );
  });
});

describe("optionalWeights", () => {
  it("is undefined without weights, the weights on every forecast, and refuses weights on some only", () => {
    expect(optionalWeights("f", "m", [{ expert: "a" }, { expert: "b" }])).toBeUndefined();
    expect(
      optionalWeights("f", "m", [
        { expert: "a", weight: 1 },
        { expert: "b", weight: 2 },
      ]),
    ).toEqual([1, 2]);
    expect(() => optionalWeights("f", "m", [{ expert: "a", weight: 1 }, { expert: "b" }])).toThrow(
      /every forecast or on none/,
    );
  });
});

describe("every weighted pool gives the same message for a bad weight", () => {
  const bad = /weight of expert "b" must be a finite number ≥ 0, got -2/;
  it("binary, categorical and quantity pools", () => {
    for (const method of ["performance-weighted", "weighted-geo-odds"] as const)
      expect(() =>
        poolProbabilities(method, [
          { expert: "a", p: 0.4, weight: 1 },
          { expert: "b", p: 0.6, weight: -2 },
        ]),
      ).toThrow(bad);
    expect(() =>
      poolAllocations("weighted-mean", [
        { expert: "a", p: [0.5, 0.5], weight: 1 },
        { expert: "b", p: [0.5, 0.5], weight: -2 },
      ]),
    ).toThrow(bad);
    expect(() =>
      poolQuantiles("quantile-average", {
        levels: [0.5],
        forecasts: [
          { expert: "a", q: [1], weight: 1 },
          { expert: "b", q: [2], weight: -2 },
        ],
      }),
    ).toThrow(bad);
  });
});
