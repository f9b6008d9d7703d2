/**
 * Scores of quantity forecasts. Expected values are hand-derived from the published formulas:
 * interval score, Gneiting & Raftery 2007 (JASA 102:359) eq. 43; pinball loss, eq. 41 / Koenker & Bassett
 * 1978; CRPS of U(0, 1), y³/3 + (1 − y)³/3 from the definition (G&R eq. 20) and its kernel form (eq. 21).
 */
import { describe, expect, it } from "vitest";
import {
  crpsPiecewiseLinear,
  intervalScore,
  quantileLoss,
  scoreQuantiles,
} from "../../../src/domain/scoring/index.js";

/** ∫ (F(x) − 1{x ≥ y})² dx by a fine midpoint sum: an independent check of the quantile-form CRPS. */
function crpsByIntegration(xs: number[], ps: number[], y: number): number {
  const F = (x: number) => {
    if (x <= (xs[0] as number)) return 0;
    if (x >= (xs[xs.length - 1] as number)) return 1;
    let j = 1;
    while ((xs[j] as number) < x) j++;
    const x0 = xs[j - 1] as number;
    const x1 = xs[j] as number;
    return (ps[j - 1] as number) + ((x - x0) / (x1 - x0)) * ((ps[j] as number) - (ps[j - 1] as number));
  };
  const a = Math.min(xs[0] as number, y) - 1;
  const b = Math.max(xs[xs.length - 1] as number, y) + 1;
  // Split at y so the step of 1{x ≥ y} falls on a cell edge.
  const midpoint = (lo: number, hi: number) => {
    const n = 100_000;
    const h = (hi - lo) / n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = lo + (i + 0.5) * h;
      s += (F(x) - (x >= y ? 1 : 0)) ** 2;
    }
    return s * h;
  };
  return midpoint(a, y) + midpoint(y, b);
}

describe("interval score (Gneiting & Raftery 2007, eq. 43)", () => {
  it.each([
    // [l, u, y, alpha, expected]: width plus 2/α times the miss
    [2, 8, 5, 0.1, 6],
    [2, 8, 10, 0.1, 6 + 20 * 2],
    [2, 8, 1, 0.1, 6 + 20 * 1],
    [2, 8, 8, 0.1, 6],
    [0, 1, 3, 0.5, 1 + 4 * 2],
  ])("[%d, %d] with y = %d, α = %d → %d", (l, u, y, alpha, expected) => {
    expect(intervalScore(l, u, y, alpha)).toBeCloseTo(expected, 12);
  });

  it("equals (2/α)·(pinball at α/2 + pinball at 1 − α/2) (Bracher et al. 2021, eq. 3)", () => {
    for (const y of [-3, 0, 2, 4.5, 8, 11]) {
      const viaPinball = (2 / 0.1) * (quantileLoss(2, 0.05, y) + quantileLoss(8, 0.95, y));
      expect(intervalScore(2, 8, y, 0.1)).toBeCloseTo(viaPinball, 10);
    }
  });

  it("refuses an alpha outside (0, 1) and an upper bound below the lower", () => {
    expect(() => intervalScore(2, 8, 5, 0)).toThrow(RangeError);
    expect(() => intervalScore(8, 2, 5, 0.1)).toThrow(RangeError);
  });
});

describe("quantile (pinball) loss", () => {
  it.each([
    [5, 0.95, 7, 1.9],
    [5, 0.05, 3, 1.9],
    [5, 0.5, 7, 1],
    [5, 0.5, 5, 0],
  ])("q = %d at τ = %d, y = %d → %d", (q, tau, y, expected) => {
    expect(quantileLoss(q, tau, y)).toBeCloseTo(expected, 12);
  });
});

describe("CRPS of the piecewise-linear distribution through the quantiles", () => {
  it.each([0, 0.25, 0.5, 1, 1.5, -2])(
    "uniform on [0, 1] at y = %d: y³/3 + (1 − y)³/3 inside, |y − ½| − ⅙ outside",
    (y) => {
      const expected = y >= 0 && y <= 1 ? y ** 3 / 3 + (1 - y) ** 3 / 3 : Math.abs(y - 0.5) - 1 / 6;
      expect(crpsPiecewiseLinear([0.5], [0.5], y, [0, 1])).toBeCloseTo(expected, 12);
    },
  );

  it("1/12 at the centre of U(0, 1), as the kernel form ¼ − ⅙ gives", () => {
    expect(crpsPiecewiseLinear([0.25, 0.5, 0.75], [0.25, 0.5, 0.75], 0.5, [0, 1])).toBeCloseTo(1 / 12, 14);
  });

  it("a single quantile without bounds is a point mass: |q − y|", () => {
    expect(crpsPiecewiseLinear([0.5], [3], 7)).toBeCloseTo(4, 12);
  });

  it("5/50/95 with Cooke's 10% tails matches direct integration of (F − 1{x ≥ y})²", () => {
    const q = [2, 5, 11];
    const L = 2 - 0.9;
    const U = 11 + 0.9;
    for (const y of [-4, 1.5, 2, 3.3, 5, 9, 11.5, 20]) {
      const direct = crpsByIntegration([L, ...q, U], [0, 0.05, 0.5, 0.95, 1], y);
      expect(crpsPiecewiseLinear([0.05, 0.5, 0.95], q, y)).toBeCloseTo(direct, 6);
    }
  });

  it("given bounds replace the intrinsic range", () => {
    const direct = crpsByIntegration([0, 2, 5, 11, 30], [0, 0.05, 0.5, 0.95, 1], 4);
    expect(crpsPiecewiseLinear([0.05, 0.5, 0.95], [2, 5, 11], 4, [0, 30])).toBeCloseTo(direct, 6);
  });

  it("refuses quantiles out of order and bounds that do not contain them", () => {
    expect(() => crpsPiecewiseLinear([0.05, 0.5, 0.95], [2, 2, 3], 1)).toThrow(RangeError);
    expect(() => crpsPiecewiseLinear([0.05, 0.5, 0.95], [2, 3, 4], 1, [2, 9])).toThrow(RangeError);
  });
});

describe("scoreQuantiles", () => {
  it("5/50/95 of [2, 5, 8] with y = 10: interval 46, mean pinball (0.05·8 + 0.5·5 + 0.95·2)/3", () => {
    const s = scoreQuantiles([0.05, 0.5, 0.95], [2, 5, 8], 10);
    expect(s.interval).toBeCloseTo(46, 12);
    expect(s.quantile).toBeCloseTo((0.4 + 2.5 + 1.9) / 3, 12);
    expect(s.crps).toBeCloseTo(crpsPiecewiseLinear([0.05, 0.5, 0.95], [2, 5, 8], 10), 14);
  });

  it("no interval score when the outer levels are not a central pair", () => {
    expect(scoreQuantiles([0.1, 0.5, 0.95], [2, 5, 8], 10).interval).toBeNull();
  });

  it("leaves its inputs untouched", () => {
    const levels = [0.05, 0.5, 0.95];
    const q = [2, 5, 8];
    scoreQuantiles(levels, q, 3);
    expect(levels).toEqual([0.05, 0.5, 0.95]);
    expect(q).toEqual([2, 5, 8]);
  });
});
