/**
 * Wilcoxon signed-rank and McNemar tests between rounds. Published examples: scipy.stats.wilcoxon's
 * documentation (Darwin's plant-height differences, Fisher 1935: statistic 24, exact p 0.041259765625);
 * Agresti 2013 §11.1 (presidential approval, b = 150, c = 86). Others hand-derived in the titles.
 */
import { describe, expect, it } from "vitest";
import { mcnemar, wilcoxonSignedRank } from "../../../src/domain/consensus/index.js";

/** P(|N(0,1)| ≥ z) from the Maclaurin series of erf (z is small here). */
function twoSidedNormal(z: number): number {
  const x = z / Math.SQRT2;
  let term = x;
  let sum = x;
  for (let k = 1; k < 200; k++) {
    term *= (-x * x) / k;
    sum += term / (2 * k + 1);
  }
  return 1 - (2 / Math.sqrt(Math.PI)) * sum;
}

describe("wilcoxonSignedRank", () => {
  it("Darwin's data: n 15, W⁻ 24, exact two-sided p 0.041259765625 (scipy docs)", () => {
    const d = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];
    const got = wilcoxonSignedRank(
      d.map(() => 0),
      d,
    );
    expect(got).toEqual({ n: 15, wPlus: 96, wMinus: 24, statistic: 24, p: 0.041259765625, exact: true });
  });

  it("five rises of distinct size: only 1 of 32 sign patterns is as extreme each way, p = 2/32", () => {
    expect(wilcoxonSignedRank([3, 3, 3, 3, 3], [4, 5, 6, 7, 8]).p).toBe(0.0625);
  });

  it("zero differences are dropped and n counts the rest", () => {
    const got = wilcoxonSignedRank([5, 5, 5], [5, 6, 5]);
    expect(got.n).toBe(1);
    expect(got.p).toBe(1);
  });

  it("tied ratings use the normal approximation with tie and continuity corrections", () => {
    // d = 1, 1, 2, −1, 2, 3: ranks 2, 2, 4.5, 2, 4.5, 6; W⁺ 19; σ² = 6·7·13/24 − (24 + 6)/48 = 22.125;
    // z = (|19 − 10.5| − ½)/√22.125.
    const got = wilcoxonSignedRank([1, 1, 1, 1, 1, 1], [2, 2, 3, 0, 3, 4]);
    expect(got).toMatchObject({ n: 6, wPlus: 19, wMinus: 2, statistic: 2, exact: false });
    expect(got.p).toBeCloseTo(twoSidedNormal(8 / Math.sqrt(22.125)), 12);
  });

  it("no change at all: p is null", () => {
    expect(wilcoxonSignedRank([4, 7], [4, 7]).p).toBeNull();
  });

  it("refuses lists that do not pair up", () => {
    expect(() => wilcoxonSignedRank([1, 2], [1])).toThrow(RangeError);
  });
});

describe("mcnemar", () => {
  it("b = 1, c = 6 is exact: p = 2·(C(7,0) + C(7,1))/2⁷ = 0.125", () => {
    const got = mcnemar([0, 1, 1, 1, 1, 1, 1, 0, 1], [1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(got).toEqual({ b: 1, c: 6, chi2: null, p: 0.125, exact: true });
  });

  it("Agresti's b = 150, c = 86: χ² with continuity correction 63²/236", () => {
    const previous = [...Array(150).fill(0), ...Array(86).fill(1), 1, 0];
    const current = [...Array(150).fill(1), ...Array(86).fill(0), 1, 0];
    const got = mcnemar(previous, current);
    expect(got.chi2).toBeCloseTo(63 ** 2 / 236, 12);
    expect(got.exact).toBe(false);
    expect(got.p).toBeCloseTo(twoSidedNormal(Math.sqrt(63 ** 2 / 236)), 12);
  });

  it("no discordant pair: p is null; answers other than 0/1 are refused", () => {
    expect(mcnemar([1, 0], [1, 0]).p).toBeNull();
    expect(() => mcnemar([2], [1])).toThrow(RangeError);
  });
});
