import gammainc from "@stdlib/math-base-special-gammainc";
import gammaln from "@stdlib/math-base-special-gammaln";
import { describe, expect, it } from "vitest";
import { gammaQ, lnGamma } from "../../src/domain/special/gamma.js";

/**
 * The engine's own incomplete gamma against stdlib's (after Boost.Math, kept as a dev dependency for
 * this comparison only): the chi-square tails of Cooke's calibration, Kendall's W and the paired tests.
 */
describe("lnGamma", () => {
  it("is exact where Γ is known: Γ(1) = Γ(2) = 1, Γ(5) = 24, Γ(1/2) = √π", () => {
    expect(Math.abs(lnGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(lnGamma(2))).toBeLessThan(1e-15);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });

  it("agrees with stdlib's gammaln to 1e-14 (relative, or absolute near its zeros) from 0.01 to 200", () => {
    let worst = 0;
    for (let z = 0.01; z < 200; z *= 1.013) {
      const expected = gammaln(z);
      worst = Math.max(worst, Math.abs(lnGamma(z) - expected) / Math.max(1, Math.abs(expected)));
    }
    expect(worst).toBeLessThan(1e-14);
  });
});

describe("gammaQ, the upper regularised incomplete gamma", () => {
  it("agrees with stdlib's gammainc to 1e-12 relative on a grid of a in [1/4, 30] and x in [1e-4, 1400]", () => {
    let worst = 0;
    let where = "";
    for (let a = 0.25; a <= 30; a += 0.25)
      for (let lx = -4; lx <= 3.15; lx += 0.025) {
        const x = 10 ** lx;
        const expected = gammainc(x, a, true, true);
        if (expected < 1e-290) continue; // e^−x underflows in both
        const error = Math.abs(gammaQ(a, x) - expected) / expected;
        if (error > worst) [worst, where] = [error, `a = ${a}, x = ${x}`];
      }
    expect(worst, where).toBeLessThan(1e-12);
  });

  it("Q(1, x) = e^−x and Q(a, 0) = 1, Q(a, ∞) = 0", () => {
    for (const x of [1e-6, 0.3, 2, 25, 300]) expect(gammaQ(1, x) / Math.exp(-x)).toBeCloseTo(1, 13);
    expect(gammaQ(3.5, 0)).toBe(1);
    expect(gammaQ(3.5, Number.POSITIVE_INFINITY)).toBe(0);
  });
});
