import { describe, expect, it } from "vitest";
import {
  binProbabilities,
  calibrationScore,
  itemInformation,
  seedBin,
} from "../../../src/domain/cooke/index.js";

describe("binProbabilities", () => {
  it.each([
    [
      [0.05, 0.5, 0.95],
      [0.05, 0.45, 0.45, 0.05],
    ],
    [
      [0.05, 0.25, 0.5, 0.75, 0.95],
      [0.05, 0.2, 0.25, 0.25, 0.2, 0.05],
    ],
    [
      [0.1, 0.5, 0.9],
      [0.1, 0.4, 0.4, 0.1],
    ],
  ])("%j → %j", (levels, expected) => {
    for (const [i, p] of binProbabilities(levels).entries()) expect(p).toBeCloseTo(expected[i]!, 15);
  });
});

describe("seedBin", () => {
  it("puts a realisation equal to a quantile in the lower bin", () => {
    expect([0.5, 1, 1.5, 2, 2.5, 3, 4].map((x) => seedBin([1, 2, 3], x))).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });
});

describe("itemInformation", () => {
  it("is 0 for an expert whose quantiles spread the mass uniformly over the range", () => {
    expect(itemInformation([5, 50, 95], { lower: 0, upper: 100 }, [0.05, 0.45, 0.45, 0.05])).toBeCloseTo(
      0,
      14,
    );
  });
  it("follows ln(U−L) + Σ p_b ln(p_b / width_b) and grows as the quantiles narrow", () => {
    const p = [0.05, 0.45, 0.45, 0.05];
    const info = itemInformation([4, 10, 12], { lower: 0, upper: 20 }, p);
    const expected =
      Math.log(20) +
      0.05 * Math.log(0.05 / 4) +
      0.45 * Math.log(0.45 / 6) +
      0.45 * Math.log(0.45 / 2) +
      0.05 * Math.log(0.05 / 8);
    expect(info).toBeCloseTo(expected, 14);
    expect(itemInformation([8, 10, 11], { lower: 0, upper: 20 }, p)).toBeGreaterThan(info);
  });
});

describe("calibrationScore", () => {
  it("is 1 when the bins match p exactly", () => {
    expect(calibrationScore([1, 9, 9, 1], [0.05, 0.45, 0.45, 0.05], 20, 1)).toBe(1);
  });
  it("uses N, not the expert's own count, in the statistic", () => {
    const p = [0.05, 0.45, 0.45, 0.05];
    expect(calibrationScore([1, 2, 1, 1], p, 3, 1)).toBeGreaterThan(calibrationScore([1, 2, 1, 1], p, 5, 1));
  });
  it("rejects empty counts and a zero N", () => {
    expect(() => calibrationScore([0, 0, 0, 0], [0.05, 0.45, 0.45, 0.05], 3, 1)).toThrow(RangeError);
    expect(() => calibrationScore([1, 0, 0, 0], [0.05, 0.45, 0.45, 0.05], 0, 1)).toThrow(/calibrationScore/);
  });
});
