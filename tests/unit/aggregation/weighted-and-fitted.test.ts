/**
 * The methods #15 added to the pools: the weighted linear and logarithmic pools of allocations, weighted
 * quantile pools, the extremizing factor fitted by maximum likelihood, and bootstrap intervals for
 * allocation and quantity pools. Expected values are the hand derivations in each module's comment.
 */
import { describe, expect, it } from "vitest";
import {
  bootstrapAllocationPool,
  bootstrapQuantilePool,
  fitExtremizingFactor,
  MAX_D,
  poolAllocations,
  poolQuantiles,
} from "../../../src/domain/aggregation/index.js";
import { logistic } from "../../../src/domain/aggregation/log-odds.js";

describe("weighted allocation pools", () => {
  const two = [
    { expert: "a", p: [0.8, 0.2], weight: 3 },
    { expert: "b", p: [0.5, 0.5], weight: 1 },
  ];
  it("weighted log pool: 4^¾ / (4^¾ + 1) (Genest & Zidek 1986)", () => {
    const v = poolAllocations("weighted-log-pool", two).value;
    expect(v[0]).toBeCloseTo(4 ** 0.75 / (4 ** 0.75 + 1), 14);
    expect((v[0] as number) + (v[1] as number)).toBe(1);
  });
  it("weighted linear pool: (3·0.8 + 0.5)/4 = 0.725", () => {
    expect(poolAllocations("weighted-mean", two).value[0]).toBeCloseTo(0.725, 14);
  });
  it("equal weights give exactly the unweighted pools", () => {
    const rows = [
      { expert: "a", p: [0.6, 0.3, 0.1] },
      { expert: "b", p: [0.2, 0.5, 0.3] },
      { expert: "c", p: [0.1, 0.1, 0.8] },
    ];
    const weighted = rows.map((r) => ({ ...r, weight: 2 }));
    expect(poolAllocations("weighted-log-pool", weighted).value).toEqual(
      poolAllocations("geo-pool", rows).value,
    );
    expect(poolAllocations("weighted-mean", weighted).value).toEqual(poolAllocations("mean", rows).value);
  });
  it("a weighted method without weights is refused", () => {
    expect(() => poolAllocations("weighted-log-pool", [{ expert: "a", p: [0.5, 0.5] }])).toThrow(/weight/);
    expect(() =>
      poolAllocations("weighted-mean", [
        { expert: "a", p: [0.5, 0.5], weight: 0 },
        { expert: "b", p: [0.5, 0.5], weight: 0 },
      ]),
    ).toThrow(/positive sum/);
  });
});

describe("weighted quantile pools", () => {
  const forecasts = [
    { expert: "a", q: [1], weight: 3 },
    { expert: "b", q: [5], weight: 1 },
  ];
  it("weighted quantile average: (3·1 + 5)/4 = 2", () => {
    expect(poolQuantiles("quantile-average", { levels: [0.5], forecasts }).value).toEqual([2]);
  });
  it("weighted linear pool on [0, 10]: the median solves 5(x − 1) + 3x = 15, x = 2.5", () => {
    const v = poolQuantiles("linear-pool", { levels: [0.5], forecasts, bounds: [0, 10] }).value;
    expect(v[0]).toBeCloseTo(2.5, 12);
  });
  it("weights on some forecasts only are refused", () => {
    expect(() =>
      poolQuantiles("quantile-average", {
        levels: [0.5],
        forecasts: [
          { expert: "a", q: [1], weight: 1 },
          { expert: "b", q: [2] },
        ],
      }),
    ).toThrow(/every forecast or on none/);
  });
});

describe("fitExtremizingFactor (maximum likelihood, Satopää et al. 2014)", () => {
  const at75 = (happened: number, of: number) =>
    Array.from({ length: of }, (_, i) => ({ ps: [0.75], outcome: (i < happened ? 1 : 0) as 0 | 1 }));
  it("3 of 4 questions at 75% happened: d = 1", () => {
    const fit = fitExtremizingFactor(at75(3, 4));
    expect(fit.d).toBeCloseTo(1, 10);
    expect(fit.bound).toBeNull();
    expect(fit.n).toBe(4);
  });
  it("9 of 10 at 75% happened: σ(d·ln 3) = 0.9, so d = ln 9 / ln 3 = 2", () => {
    const fit = fitExtremizingFactor(at75(9, 10));
    expect(fit.d).toBeCloseTo(2, 10);
    expect(fit.brier.fitted).toBeLessThan(fit.brier.unextremized);
    expect(fit.data[0]?.extremized).toBeCloseTo(0.9, 10);
  });
  it("the likelihood's slope is zero at the fit (mixed panels)", () => {
    const qs = [
      { ps: [0.6, 0.9, 0.7], outcome: 1 as const },
      { ps: [0.2, 0.4], outcome: 0 as const },
      { ps: [0.55, 0.65], outcome: 0 as const },
      { ps: [0.3, 0.1, 0.2], outcome: 1 as const },
      { ps: [0.8], outcome: 1 as const },
    ];
    const fit = fitExtremizingFactor(qs);
    const slope = fit.data.reduce(
      (s, r) => s + r.meanLogOdds * (r.outcome - logistic(fit.d * r.meanLogOdds)),
      0,
    );
    expect(Math.abs(slope)).toBeLessThan(1e-9);
  });
  it("separable data hit the upper bound and say so", () => {
    const fit = fitExtremizingFactor(at75(4, 4));
    expect(fit.d).toBe(MAX_D);
    expect(fit.bound).toBe("upper");
  });
  it("refuses no questions and panels that all said 50%", () => {
    expect(() => fitExtremizingFactor([])).toThrow(RangeError);
    expect(() => fitExtremizingFactor([{ ps: [0.5], outcome: 1 }])).toThrow(/50%/);
  });
});

describe("bootstrap intervals beyond yes/no", () => {
  const alloc = [
    { expert: "a", p: [0.7, 0.3] },
    { expert: "b", p: [0.5, 0.5] },
    { expert: "c", p: [0.2, 0.8] },
  ];
  it("one interval per option, reproducible, containing the pooled value", () => {
    const a = bootstrapAllocationPool("mean", alloc, { seed: 3, resamples: 400 });
    const b = bootstrapAllocationPool("mean", alloc, { seed: 3, resamples: 400 });
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
    const pooled = poolAllocations("mean", alloc).value;
    a.forEach((iv, k) => {
      expect(iv.lower).toBeLessThanOrEqual(pooled[k] as number);
      expect(iv.upper).toBeGreaterThanOrEqual(pooled[k] as number);
      expect(iv.lower).toBeGreaterThanOrEqual(0.2 - 1e-12);
      expect(iv.upper).toBeLessThanOrEqual(0.8 + 1e-12);
    });
  });
  it("quantity pools: one interval per level, within the experts' range", () => {
    const input = {
      levels: [0.05, 0.5, 0.95],
      forecasts: [
        { expert: "a", q: [1, 2, 3] },
        { expert: "b", q: [3, 4, 5] },
        { expert: "c", q: [2, 6, 9] },
      ],
    };
    const iv = bootstrapQuantilePool("quantile-average", input, { seed: 1, resamples: 300 });
    expect(iv).toHaveLength(3);
    expect(iv[1]?.lower).toBeGreaterThanOrEqual(2);
    expect(iv[1]?.upper).toBeLessThanOrEqual(6);
    expect((iv[1]?.lower as number) < (iv[1]?.upper as number)).toBe(true);
  });
});
