/**
 * Kendall's W with its p-value and the uncorrected W. Expected values hand-derived from Siegel & Castellan
 * 1988 (§9.5, eqs. 9.15–9.17); the chi-square tail on 3 df in closed form, erfc(√(x/2)) + √(2x/π)·e^(−x/2).
 */
import { describe, expect, it } from "vitest";
import { kendallWTest } from "../../../src/domain/consensus/index.js";

describe("kendallWTest", () => {
  it("three experts, one tie: W 25/29, uncorrected 5/6, χ² 225/29 on 3 df, p from the closed form", () => {
    const got = kendallWTest([
      [1, 2, 3, 4],
      [1, 2.5, 2.5, 4],
      [2, 1, 3, 4],
    ]);
    const x = 225 / 29;
    const p = erfc(Math.sqrt(x / 2)) + Math.sqrt((2 * x) / Math.PI) * Math.exp(-x / 2);
    expect(got.W).toBeCloseTo(25 / 29, 14);
    expect(got.Wuncorrected).toBeCloseTo(5 / 6, 14);
    expect(got.chi2).toBeCloseTo(x, 12);
    expect(got.p).toBeCloseTo(p, 12);
    expect(got.p).toBeCloseTo(0.0512728, 6);
  });

  it("without ties the uncorrected W is W; perfect agreement of 2 on 3 items: χ² 4 on 2 df, p = e^−2", () => {
    const got = kendallWTest([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(got.Wuncorrected).toBe(got.W);
    expect(got.W).toBe(1);
    expect(got.p).toBeCloseTo(Math.exp(-2), 14);
  });
});

/** erfc from the Maclaurin series of erf (x is small here). */
function erfc(x: number): number {
  let term = x;
  let sum = x;
  for (let k = 1; k < 200; k++) {
    term *= (-x * x) / k;
    sum += term / (2 * k + 1);
  }
  return 1 - (2 / Math.sqrt(Math.PI)) * sum;
}
