import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALLOCATION_POOL_METHODS,
  type BinaryForecast,
  PROBABILITY_POOL_METHODS,
  poolAllocations,
  poolProbabilities,
  poolQuantiles,
  standardiseIdea,
} from "../../../src/domain/aggregation/index.js";

const binary = (ps: readonly number[]): BinaryForecast[] =>
  ps.map((p, i) => ({ expert: `e${i}`, p, weight: 1 + (i % 3) }));

describe("poolProbabilities: table", () => {
  // forecasting.md §3, vectors marked [ours] (computed there from the formulas).
  it.each([
    { method: "mean", ps: [0.1, 0.3, 0.6, 0.9], expected: 0.475 },
    { method: "median", ps: [0.1, 0.3, 0.6, 0.9], expected: 0.45 },
    { method: "trimmed-mean", ps: [0.1, 0.3, 0.6, 0.9], options: { trim: 0.25 }, expected: 0.45 },
    { method: "geo-odds", ps: [0.1, 0.3, 0.6, 0.9], expected: 0.4724135 },
    { method: "mean", ps: [0.6, 0.7, 0.8, 0.9], expected: 0.75 },
    { method: "geo-odds", ps: [0.6, 0.7, 0.8, 0.9], expected: 0.7701344 },
    { method: "extremized", ps: [0.6, 0.7, 0.8, 0.9], expected: 0.8597971 },
    { method: "extremized", ps: [0.6, 0.7, 0.8, 0.9], options: { d: 2.5 }, expected: 0.9535881 },
    { method: "geo-odds", ps: [0.014, 0.0221, 0.0039, 0.004], expected: 0.00836 }, // Sevilla's nuclear example, 0.836%
    // performance weights 1, 2, 3, 1 (binary() cycles 1..3): (0.1 + 0.6 + 1.8 + 0.9) / 7
    { method: "performance-weighted", ps: [0.1, 0.3, 0.6, 0.9], expected: 3.4 / 7 },
  ] as const)("$method of $ps", ({ method, ps, expected, ...rest }) => {
    const options = "options" in rest ? rest.options : undefined;
    const digits = method === "geo-odds" && ps[0] === 0.014 ? 5 : 7;
    expect(poolProbabilities(method, binary(ps), options).value).toBeCloseTo(expected, digits);
  });

  it("trimmed-mean with the default trim 0.1 drops ⌊0.1·N⌋ at each end", () => {
    // N = 10: drops the 0 and the 1, mean of 0.2..0.9 with 0.1 replaced = (0.2+0.3+…+0.9)/8 = 0.55
    const ps = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
    expect(poolProbabilities("trimmed-mean", binary(ps)).value).toBeCloseTo(0.55, 14);
    expect(poolProbabilities("trimmed-mean", binary([0.2, 0.4, 0.9])).value).toBeCloseTo(0.5, 14); // ⌊0.3⌋ = 0
  });

  it("keeps only each expert's latest forecast, by time", () => {
    const got = poolProbabilities("mean", [
      { expert: "a", time: "2026-01-03T00:00:00Z", p: 0.2 },
      { expert: "a", time: "2026-01-01T00:00:00Z", p: 0.9 },
      { expert: "b", time: "2026-01-02T00:00:00+01:00", p: 0.4 },
    ]);
    expect(got).toEqual({ n: 2, value: 0.30000000000000004 });
  });

  it("rejects bad input naming the function", () => {
    expect(() => poolProbabilities("mean", [])).toThrow(/poolProbabilities.*empty/);
    expect(() => poolProbabilities("mean", binary([1.2]))).toThrow(RangeError);
    expect(() => poolProbabilities("mean", binary([Number.NaN]))).toThrow(/poolProbabilities/);
    expect(() => poolProbabilities("bogus" as "mean", binary([0.2]))).toThrow(TypeError);
    expect(() => poolProbabilities("trimmed-mean", binary([0.2]), { trim: 0.5 })).toThrow(RangeError);
    expect(() => poolProbabilities("extremized", binary([0.2]), { d: 0 })).toThrow(RangeError);
    expect(() => poolProbabilities("performance-weighted", [{ expert: "a", p: 0.2 }])).toThrow(TypeError);
    expect(() => poolProbabilities("mean", [{ expert: "a", time: "yesterday", p: 0.2 }])).toThrow(RangeError);
    expect(() =>
      poolProbabilities("mean", [
        { expert: "a", time: "2026-01-01T00:00:00Z", p: 0.2 },
        { expert: "b", p: 0.3 },
      ]),
    ).toThrow(/either every forecast has a time/);
    // Times without an offset, dates alone and impossible dates are refused, not read in the
    // machine's zone or rolled over to the next month.
    for (const time of ["2026-01-01", "2026-03-08T02:30:00", "2026-02-30T00:00:00Z"])
      expect(() => poolProbabilities("mean", [{ expert: "a", time, p: 0.2 }])).toThrow(
        /not an ISO 8601 time/,
      );
  });
});

const probs = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 });

describe("poolProbabilities: invariants", () => {
  const orderFree: readonly string[] = PROBABILITY_POOL_METHODS.filter((m) => m !== "recency-median");

  it("is independent of input order (all but recency-median) and lies in [min, max] (all but extremized)", () => {
    fc.assert(
      fc.property(probs, fc.integer(), (ps, seed) => {
        const forecasts = binary(ps);
        const shuffled = [...forecasts].sort((a, b) => ((a.p * 1e6 + seed) % 7) - ((b.p * 1e6 + seed) % 7));
        for (const method of PROBABILITY_POOL_METHODS) {
          const value = poolProbabilities(method, forecasts).value;
          if (orderFree.includes(method))
            expect(poolProbabilities(method, shuffled).value).toBeCloseTo(value, 12);
          if (method !== "extremized") {
            expect(value).toBeGreaterThanOrEqual(Math.min(...ps));
            expect(value).toBeLessThanOrEqual(Math.max(...ps));
          }
        }
      }),
    );
  });

  it("geo-odds and extremized are symmetric: P(a) + P(not a) = 1", () => {
    fc.assert(
      fc.property(probs, (ps) => {
        for (const method of ["geo-odds", "extremized", "mean", "median"] as const) {
          const yes = poolProbabilities(method, binary(ps)).value;
          const no = poolProbabilities(method, binary(ps.map((p) => 1 - p))).value;
          expect(yes + no).toBeCloseTo(1, 9);
        }
      }),
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(probs, (ps) => {
        const forecasts = binary(ps);
        const copy = structuredClone(forecasts);
        for (const method of PROBABILITY_POOL_METHODS) poolProbabilities(method, forecasts);
        expect(forecasts).toEqual(copy);
      }),
    );
  });
});

const allocation = fc
  .array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 })
  .map((xs) => {
    const s = xs.reduce((a, b) => a + b, 0);
    return xs.map((x) => x / s);
  });

describe("poolAllocations", () => {
  it("stays normalised, inside [0, 1], order independent, and leaves its input alone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((K) =>
          fc.array(
            allocation.filter((a) => a.length === K),
            { minLength: 1, maxLength: 12 },
          ),
        ),
        (rows) => {
          const forecasts = rows.map((p, i) => ({ expert: `e${i}`, p, weight: 1 + (i % 3) }));
          const copy = structuredClone(forecasts);
          for (const method of ALLOCATION_POOL_METHODS) {
            const { value } = poolAllocations(method, forecasts);
            expect(value.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
            for (const x of value) expect(x >= 0 && x <= 1).toBe(true);
            if (method !== "recency-median") {
              const reversed = poolAllocations(method, [...forecasts].reverse()).value;
              reversed.forEach((x, k) => void expect(x).toBeCloseTo(value[k] as number, 12));
            }
          }
          expect(forecasts).toEqual(copy);
        },
      ),
    );
  });

  it("geo-pool of two options equals geo-odds", () => {
    const got = poolAllocations(
      "geo-pool",
      [0.1, 0.3, 0.6, 0.9].map((p, i) => ({ expert: `e${i}`, p: [1 - p, p] })),
    );
    expect(got.value[1]).toBeCloseTo(0.4724135, 7);
  });

  it("rejects vectors that do not sum to 1, mismatched lengths and unknown methods", () => {
    expect(() => poolAllocations("mean", [{ expert: "a", p: [0.5, 0.4] }])).toThrow(
      /poolAllocations.*sum to 1/,
    );
    expect(() =>
      poolAllocations("mean", [
        { expert: "a", p: [0.5, 0.5] },
        { expert: "b", p: [0.2, 0.3, 0.5] },
      ]),
    ).toThrow(RangeError);
    expect(() => poolAllocations("nope" as "mean", [{ expert: "a", p: [0.5, 0.5] }])).toThrow(TypeError);
    expect(() => poolAllocations("mean", [])).toThrow(RangeError);
  });
});

describe("poolQuantiles", () => {
  const forecasts = [
    { expert: "a", q: [1, 2, 3] },
    { expert: "b", q: [3, 4, 5] },
  ];
  it("quantile-average averages level by level", () => {
    expect(poolQuantiles("quantile-average", { levels: [0.05, 0.5, 0.95], forecasts })).toEqual({
      n: 2,
      value: [2, 3, 4],
    });
  });

  it("linear-pool inverts the mixture of piecewise-linear CDFs", () => {
    // Bounds [0, 4]: F_a(x) = x/2 on [0, 2]... medians 1 and 3 → the mixture is ½ at x = 2 by symmetry.
    expect(
      poolQuantiles("linear-pool", {
        levels: [0.5],
        bounds: [0, 4],
        forecasts: [
          { expert: "a", q: [1] },
          { expert: "b", q: [3] },
        ],
      }).value,
    ).toEqual([2]);
    // Intrinsic range [0.6, 5.4]; at x = 3 F_a = 0.95, F_b = 0.05 → mixture ½, so the median is 3.
    const got = poolQuantiles("linear-pool", { levels: [0.05, 0.5, 0.95], forecasts }).value;
    expect(got[1]).toBeCloseTo(3, 12);
    // Lower 5%: F_mix(x) = (F_a + F_b)/2 on [1, 2] where F_b = 0.05(x − 0.6)/2.4, F_a = 0.05 + 0.45(x − 1):
    // solve 0.1 = 0.05 + 0.45(x − 1) + 0.05(x − 0.6)/2.4 → x = 1 + (0.05 − 0.05·0.4/2.4)/(0.45 + 0.05/2.4)
    expect(got[0]).toBeCloseTo(1 + (0.05 - (0.05 * 0.4) / 2.4) / (0.45 + 0.05 / 2.4), 12);
    expect((got[2] as number) + (got[0] as number)).toBeCloseTo(6, 12); // symmetric about 3
  });

  it("is wider than the quantile average and order independent", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -50, max: 50, noNaN: true }),
            fc.double({ min: 0.1, max: 10, noNaN: true }),
            fc.double({ min: 0.1, max: 10, noNaN: true }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (triples) => {
          const fs = triples.map(([m, a, b], i) => ({ expert: `e${i}`, q: [m - a, m, m + b] }));
          const levels = [0.05, 0.5, 0.95];
          const lp = poolQuantiles("linear-pool", { levels, forecasts: fs }).value;
          const qa = poolQuantiles("quantile-average", { levels, forecasts: fs }).value;
          expect(lp[2]! - lp[0]!).toBeGreaterThanOrEqual(qa[2]! - qa[0]! - 1e-9);
          poolQuantiles("linear-pool", { levels, forecasts: [...fs].reverse() }).value.forEach(
            (x, j) => void expect(x).toBeCloseTo(lp[j]!, 9),
          );
        },
      ),
    );
  });

  it("rejects quantiles not increasing, bad levels and bounds that do not contain the quantiles", () => {
    expect(() =>
      poolQuantiles("quantile-average", {
        levels: [0.05, 0.5, 0.95],
        forecasts: [{ expert: "a", q: [1, 3, 2] }],
      }),
    ).toThrow(/poolQuantiles.*increasing/);
    expect(() =>
      poolQuantiles("quantile-average", { levels: [0.5, 0.05], forecasts: [{ expert: "a", q: [1, 2] }] }),
    ).toThrow(RangeError);
    expect(() =>
      poolQuantiles("linear-pool", { levels: [0.5], bounds: [2, 4], forecasts: [{ expert: "a", q: [1] }] }),
    ).toThrow(RangeError);
    expect(() =>
      poolQuantiles("mixture" as "linear-pool", { levels: [0.5], forecasts: [{ expert: "a", q: [1] }] }),
    ).toThrow(TypeError);
  });
});

describe("standardiseIdea", () => {
  // Hemming et al. 2018: L80 = B − (B − L)·(0.8/C), U80 = B + (U − B)·(0.8/C).
  it.each([
    { lowest: 10, highest: 30, best: 20, confidence: 0.5, expected: { q10: 4, q50: 20, q90: 36 } },
    { lowest: 10, highest: 30, best: 20, confidence: 0.8, expected: { q10: 10, q50: 20, q90: 30 } },
    { lowest: 0, highest: 100, best: 40, confidence: 1, expected: { q10: 8, q50: 40, q90: 88 } },
  ])("L $lowest U $highest B $best C $confidence", ({ expected, ...answer }) => {
    const got = standardiseIdea(answer);
    expect(got.q10).toBeCloseTo(expected.q10, 12);
    expect(got.q50).toBe(expected.q50);
    expect(got.q90).toBeCloseTo(expected.q90, 12);
  });

  it("rejects inconsistent answers", () => {
    expect(() => standardiseIdea({ lowest: 5, highest: 3, best: 4, confidence: 0.8 })).toThrow(
      /standardiseIdea/,
    );
    expect(() => standardiseIdea({ lowest: 1, highest: 3, best: 2, confidence: 80 })).toThrow(RangeError);
    expect(() => standardiseIdea({ lowest: 1, highest: 3, best: 2, confidence: 0 })).toThrow(RangeError);
  });
});
