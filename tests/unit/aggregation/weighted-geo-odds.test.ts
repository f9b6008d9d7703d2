/**
 * The weighted geometric mean of odds (= the normalised weighted log pool for a yes/no question;
 * Genest & Zidek 1986). Expected values hand-derived in the titles.
 */
import { describe, expect, it } from "vitest";
import { poolProbabilities } from "../../../src/domain/aggregation/index.js";

describe("weighted-geo-odds", () => {
  it("p 0.9 weight 3, p 0.5 weight 1: odds 9^(3/4) = 5.196…, p = 9^0.75 / (1 + 9^0.75)", () => {
    const got = poolProbabilities("weighted-geo-odds", [
      { expert: "a", p: 0.9, weight: 3 },
      { expert: "b", p: 0.5, weight: 1 },
    ]);
    expect(got.value).toBeCloseTo(9 ** 0.75 / (1 + 9 ** 0.75), 14);
  });

  it("equals the normalised log pool Πpᵢ^wᵢ / (Πpᵢ^wᵢ + Π(1 − pᵢ)^wᵢ) with weights summing to 1", () => {
    const f = [
      { expert: "a", p: 0.7, weight: 0.5 },
      { expert: "b", p: 0.2, weight: 0.3 },
      { expert: "c", p: 0.6, weight: 0.2 },
    ];
    const yes = f.reduce((s, x) => s * x.p ** x.weight, 1);
    const no = f.reduce((s, x) => s * (1 - x.p) ** x.weight, 1);
    expect(poolProbabilities("weighted-geo-odds", f).value).toBeCloseTo(yes / (yes + no), 14);
  });

  it("equal weights give the unweighted geometric mean of odds", () => {
    const f = [
      { expert: "a", p: 0.7, weight: 2 },
      { expert: "b", p: 0.2, weight: 2 },
    ];
    expect(poolProbabilities("weighted-geo-odds", f).value).toBeCloseTo(
      poolProbabilities("geo-odds", f).value,
      14,
    );
  });

  it("refuses a missing weight and weights summing to 0", () => {
    expect(() => poolProbabilities("weighted-geo-odds", [{ expert: "a", p: 0.7 }])).toThrow(TypeError);
    expect(() => poolProbabilities("weighted-geo-odds", [{ expert: "a", p: 0.7, weight: 0 }])).toThrow(
      RangeError,
    );
  });
});
