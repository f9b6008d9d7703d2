import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeSample,
  mean,
  median,
  quantileType7,
  sampleStandardDeviation,
  weightedPercentile,
  weightedPercentileColumns,
} from "../../../src/domain/stats/index.js";

describe("quantileType7", () => {
  // Expected values worked by hand from Hyndman & Fan definition 7, h = (n − 1)p, Q = x[⌊h⌋] + g·(x[⌊h⌋+1] − x[⌊h⌋]);
  // they are what numpy.quantile(values, p) (method="linear", the default) and R quantile(type = 7) print.
  it.each([
    { values: [1, 2, 3, 4], p: 0.25, expected: 1.75 }, // h = 0.75
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 }, // h = 1.5
    { values: [1, 2, 3, 4], p: 0.75, expected: 3.25 }, // h = 2.25
    { values: [10, 20, 30, 40, 50], p: 0.1, expected: 14 }, // h = 0.4
    { values: [10, 20, 30, 40, 50], p: 0.9, expected: 46 }, // h = 3.6
    { values: [3, 1, 4, 1, 5, 9, 2, 6], p: 0.3, expected: 2.1 }, // sorted 1,1,2,3,4,5,6,9; h = 2.1
    { values: [3, 1, 4, 1, 5, 9, 2, 6], p: 0.75, expected: 5.25 }, // h = 5.25
    { values: [7], p: 0.3, expected: 7 },
    { values: [2, 8], p: 0, expected: 2 },
    { values: [2, 8], p: 1, expected: 8 },
  ])("quantileType7($values, $p) = $expected", ({ values, p, expected }) => {
    expect(quantileType7(values, p)).toBeCloseTo(expected, 12);
  });

  it("rejects bad input with errors naming the function", () => {
    expect(() => quantileType7([], 0.5)).toThrow(RangeError);
    expect(() => quantileType7([], 0.5)).toThrow(/quantileType7/);
    expect(() => quantileType7([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => quantileType7([1, 2], 1.5)).toThrow(/quantileType7.*\[0,1\]/);
    expect(() => quantileType7([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => quantileType7("12" as unknown as number[], 0.5)).toThrow(TypeError);
  });

  it("lies between min and max and is monotone in p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const q = quantileType7(xs, p);
          expect(q).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(q).toBeLessThanOrEqual(Math.max(...xs));
          expect(quantileType7(xs, Math.min(1, p + 0.1))).toBeGreaterThanOrEqual(q - 1e-9);
        },
      ),
    );
  });
});

describe("median, mean, sampleStandardDeviation", () => {
  it.each([
    { values: [3, 1, 4, 1], median: 2, mean: 2.25 },
    { values: [5], median: 5, mean: 5 },
    { values: [0.1, 0.3, 0.6, 0.9], median: 0.45, mean: 0.475 }, // forecasting.md §3 [ours]
  ])("$values", ({ values, median: m, mean: mu }) => {
    expect(median(values)).toBeCloseTo(m, 14);
    expect(mean(values)).toBeCloseTo(mu, 14);
  });

  it("sample SD of the classic 2,4,4,4,5,5,7,9 is √(32/7)", () => {
    // Σ(x − 5)² = 32, n − 1 = 7 (the population SD of this sample is the textbook 2)
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  it("throws on too little data", () => {
    expect(() => median([])).toThrow(/median/);
    expect(() => mean([])).toThrow(RangeError);
    expect(() => sampleStandardDeviation([1])).toThrow(/sampleStandardDeviation/);
  });
});

describe("describeSample", () => {
  it("summarises 1..4", () => {
    expect(describeSample([4, 1, 3, 2])).toEqual({
      n: 4,
      mean: 2.5,
      sd: Math.sqrt(5 / 3),
      cv: Math.sqrt(5 / 3) / 2.5,
      min: 1,
      max: 4,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      iqr: 1.5,
    });
  });

  it("gives null sd/cv for one value and null cv for mean 0", () => {
    expect(describeSample([3])).toMatchObject({ n: 1, sd: null, cv: null, iqr: 0 });
    expect(describeSample([-1, 1])).toMatchObject({ mean: 0, sd: Math.SQRT2, cv: null });
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1 }), (xs) => {
        const copy = [...xs];
        describeSample(xs);
        quantileType7(xs, 0.3);
        median(xs);
        expect(xs).toEqual(copy);
      }),
    );
  });
});

const METACULUS = new URL("../../../../shared/reference/forecasting/metaculus-vectors.json", import.meta.url);

const present = existsSync(METACULUS);

describe.skipIf(!present)(
  `weightedPercentile against Metaculus test_weighted_percentile_2d (${METACULUS.pathname})`,
  () => {
    const vectors = present
      ? (
          JSON.parse(readFileSync(METACULUS, "utf8")) as {
            weightedPercentile: {
              values: number[][];
              weights: number[] | null;
              percentile: number;
              expected: number[];
            }[];
          }
        ).weightedPercentile
      : [];
    it.each(vectors)(
      "values $values weights $weights at $percentile",
      ({ values, weights, percentile, expected }) => {
        const got = weightedPercentileColumns(values, weights ?? undefined, percentile / 100);
        got.forEach((x, i) => void expect(x).toBeCloseTo(expected[i] as number, 12));
      },
    );
  },
);
if (!present) it.skip(`reference vectors missing: ${METACULUS.pathname}`, () => {});

describe("weightedPercentile", () => {
  // Further rows of Metaculus test_weighted_percentile_2d (forecasting.md §1.8 C), not in the JSON file.
  it.each([
    {
      values: [
        [0.3, 0.7],
        [0.6, 0.4],
        [0.1, 0.9],
      ],
      weights: undefined,
      q: 0.5,
      expected: [0.3, 0.7],
    },
    {
      values: [
        [0.33, 0.33, 0.34],
        [0.0, 0.5, 0.5],
        [0.4, 0.2, 0.4],
      ],
      weights: undefined,
      q: 0.5,
      expected: [0.33, 0.33, 0.4],
    },
    {
      values: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      weights: undefined,
      q: 0.5,
      expected: [0, 0, 0],
    },
    {
      values: [
        [0.33, 0.33, 0.34],
        [0.01, 0.49, 0.5],
        [0.4, 0.2, 0.4],
        [0.2, 0.6, 0.2],
      ],
      weights: [0.1, 0.2, 0.3, 0.4],
      q: 0.5,
      expected: [0.2, 0.49, 0.37],
    },
  ])("$values", ({ values, weights, q, expected }) => {
    weightedPercentileColumns(values, weights, q).forEach(
      (x, i) => void expect(x).toBeCloseTo(expected[i] as number, 12),
    );
  });

  it("equals the median with equal weights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          expect(weightedPercentile(xs, undefined, 0.5)).toBeCloseTo(median(xs), 12);
        },
      ),
    );
  });

  it("rejects bad weights", () => {
    expect(() => weightedPercentile([1, 2], [1, -1], 0.5)).toThrow(/weightedPercentile.*≥ 0/);
    expect(() => weightedPercentile([1, 2], [0, 0], 0.5)).toThrow(RangeError);
    expect(() => weightedPercentile([1, 2], [1], 0.5)).toThrow(RangeError);
  });
});
