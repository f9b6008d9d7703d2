import { describe, expect, it } from "vitest";
import { chiSquareSurvival } from "../../../src/domain/special/index.js";

/**
 * Closed forms for even df: P(χ²(2m) > x) = e^{−x/2} Σ_{i<m} (x/2)^i / i!  (a Poisson tail), so the
 * relative accuracy deep in the tail can be checked without another library.
 */
function evenDfSurvival(x: number, df: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i < df / 2; i++) {
    term *= x / 2 / i;
    sum += term;
  }
  return Math.exp(-x / 2) * sum;
}

describe("chiSquareSurvival", () => {
  const cases: [number, number][] = [];
  for (const df of [2, 4, 6, 10]) for (const x of [0.01, 0.5, 3, 10, 40, 80, 150, 300]) cases.push([x, df]);
  it.each(cases)("x = %d, df = %d agrees with the closed form to 1e-12 relative", (x, df) => {
    const expected = evenDfSurvival(x, df);
    expect(Math.abs(chiSquareSurvival(x, df) - expected) / expected).toBeLessThan(1e-12);
  });

  it("odd df: df = 1 is erfc(√(x/2)); spot values from tables", () => {
    // P(χ²(1) > 3.841458820694124) = 0.05, P(χ²(3) > 7.814727903251178) = 0.05
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 14);
    expect(chiSquareSurvival(7.814727903251178, 3)).toBeCloseTo(0.05, 14);
  });

  it("keeps tiny tails: INECC expert A's calibration (about 5.038e-12, df 3)", () => {
    // 2·N·I(s,p) for bins [2,1,0,10] of 13 seeds, p = (.05,.45,.45,.05)
    const s = [2 / 13, 1 / 13, 0, 10 / 13];
    const p = [0.05, 0.45, 0.45, 0.05];
    const stat = 2 * 13 * s.reduce((acc, v, i) => (v > 0 ? acc + v * Math.log(v / p[i]!) : acc), 0);
    expect(Math.abs(chiSquareSurvival(stat, 3) - 5.038e-12) / 5.038e-12).toBeLessThan(1e-4);
  });

  it("is 1 at 0, 0 at infinity, and decreasing", () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(Number.POSITIVE_INFINITY, 3)).toBe(0);
    let previous = 1;
    for (let x = 0.5; x < 200; x *= 1.5) {
      const value = chiSquareSurvival(x, 5);
      expect(value).toBeLessThan(previous);
      previous = value;
    }
  });

  it("rejects a negative x and a non-positive df", () => {
    expect(() => chiSquareSurvival(-1, 3)).toThrow(RangeError);
    expect(() => chiSquareSurvival(1, 0)).toThrow(/chiSquareSurvival/);
    expect(() => chiSquareSurvival(Number.NaN, 3)).toThrow(RangeError);
  });
});
