/**
 * The engine's selection paths against simple sort-based references: weighted percentiles by
 * weighted quickselect and by sampled brackets, medians by quickselect, ISO instants without Date.parse.
 * Every comparison is bit for bit (Object.is), not approximate.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poolAllocations, poolProbabilities, recencyWeights } from "../../../src/domain/aggregation/index.js";
import { parseTime, parseUtcInstant } from "../../../src/domain/aggregation/latest-forecasts.js";
import { parseInstant } from "../../../src/domain/iso-time.js";
import { medianBySelection } from "../../../src/domain/stats/median.js";
import { selectRanks } from "../../../src/domain/stats/select.js";
import {
  weightedPercentileBySort,
  weightedPercentilesUnchecked,
} from "../../../src/domain/stats/weighted-percentile.js";

/** mulberry32, so the large cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = [0.5, 0.25, 0.75, 0, 1, 0.1, 0.9, 1 / 3];

function expectSameAsSort(
  values: readonly number[],
  weights: readonly number[],
  qs: readonly number[],
): void {
  const fast = weightedPercentilesUnchecked(values, weights, qs);
  const slow = qs.map((q) => weightedPercentileBySort(values, weights, q));
  expect(fast).toEqual(slow);
  fast.forEach((x, i) => void expect(Object.is(x, slow[i])).toBe(true));
}

/** Values with many ties (a few distinct levels) or without. */
const valuesArb = fc.oneof(
  fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
    minLength: 1,
    maxLength: 120,
  }),
  fc.array(
    fc.integer({ min: 0, max: 4 }).map((k) => k / 4),
    { minLength: 1, maxLength: 120 },
  ),
);

/** Weights of every kind the rule meets: reals, integers with zeros, equal reals, equal ones, mostly zero. */
function weightsFor(n: number): fc.Arbitrary<number[]> {
  return fc
    .oneof(
      fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      fc.constantFrom(0.1, 1, 1 / 3, 7).map((w) => new Array<number>(n).fill(w)),
      fc.array(fc.constantFrom(0, 0, 0, 0.5, 2), { minLength: n, maxLength: n }),
    )
    .map((w) => (w.some((x) => x > 0) ? w : w.map((_, i) => (i === 0 ? 1 : 0))));
}

describe("weightedPercentilesUnchecked (selection) equals the sort-based rule bit for bit", () => {
  it("on random small samples: ties, equal weights, zero weights, every level", () => {
    fc.assert(
      fc.property(
        valuesArb.chain((values) =>
          fc.tuple(
            fc.constant(values),
            weightsFor(values.length),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
        ),
        ([values, weights, q]) => expectSameAsSort(values, weights, [...LEVELS, q]),
      ),
      { numRuns: 400 },
    );
  });

  it("on exact ties of the running share (0.1 × 10 sums to 0.9999999999999999, not 1)", () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0];
    expectSameAsSort(values, new Array<number>(10).fill(0.1), LEVELS);
    expectSameAsSort(values, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], LEVELS);
    expectSameAsSort(values, [0.1, 0.2, 0.3, 0.4, 0, 0, 0.1, 0.2, 0.3, 0.4], LEVELS);
    expectSameAsSort([0.5, 0.6, 0.1], [0.1, 0.1, 1], LEVELS);
  });

  // Property runs on samples of thousands: about a second alone, longer on a busy machine (a limit for hangs).
  it("on large samples (the sampled-bracket path): recency weights, ties, zero runs, integers", {
    timeout: 60_000,
  }, () => {
    const rand = random(19);
    for (const n of [4096, 5000, 20_000]) {
      const smooth = Array.from({ length: n }, () => rand());
      const tied = Array.from({ length: n }, () => Math.floor(rand() * 7) / 7);
      const trending = Array.from({ length: n }, (_, i) => i / n + 0.01 * rand());
      const recency = recencyWeights(n);
      const zeroRuns = Array.from({ length: n }, (_, i) => (Math.floor(i / 500) % 2 === 0 ? 0 : rand()));
      const integers = Array.from({ length: n }, () => Math.floor(rand() * 4));
      for (const values of [smooth, tied, trending])
        for (const weights of [recency, zeroRuns, integers, new Array<number>(n).fill(1)])
          expectSameAsSort(values, weights, LEVELS);
    }
  });

  it("never mutates its input", () => {
    const values = [3, 1, 2, 5, 4];
    const weights = [1, 0.5, 0, 2, 1];
    weightedPercentilesUnchecked(values, weights, [0.5]);
    expect(values).toEqual([3, 1, 2, 5, 4]);
    expect(weights).toEqual([1, 0.5, 0, 2, 1]);
  });
});

describe("pools on the selection path equal the sort-based rule", () => {
  it("recency-median: value, lower and upper", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), (ks) => {
        const ps = ks.map((k) => k / 20);
        const w = recencyWeights(ps.length);
        const got = poolProbabilities(
          "recency-median",
          ps.map((p, i) => ({ expert: `e${i}`, p })),
        );
        expect(got.value).toBe(weightedPercentileBySort(ps, w, 0.5));
        expect(got.lower).toBe(weightedPercentileBySort(ps, w, 0.25));
        expect(got.upper).toBe(weightedPercentileBySort(ps, w, 0.75));
      }),
    );
  });

  it("median: the mean of the middle pair, as after sorting", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 80 }), (ks) => {
        const ps = ks.map((k) => k / 10);
        const sorted = [...ps].sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        const expected =
          sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
        expect(
          poolProbabilities(
            "median",
            ps.map((p, i) => ({ expert: `e${i}`, p })),
          ).value,
        ).toBe(expected);
        expect(medianBySelection(ps)).toBe(expected);
      }),
    );
  });

  it("recency-median of allocations: per option as the sort-based rule", () => {
    const rows = [
      [0.2, 0.3, 0.5],
      [0.1, 0.6, 0.3],
      [0.4, 0.4, 0.2],
      [0.25, 0.25, 0.5],
    ];
    const w = recencyWeights(rows.length);
    const got = poolAllocations(
      "recency-median",
      rows.map((p, i) => ({ expert: `e${i}`, p })),
    );
    const medians = [0, 1, 2].map((k) =>
      Math.max(
        weightedPercentileBySort(
          rows.map((r) => r[k] as number),
          w,
          0.5,
        ),
        0.001,
      ),
    );
    const shifted = medians.map((m) => m - 0.001);
    const total = shifted.reduce((a, b) => a + b, 0);
    const expected = shifted.map((a) => (a / total) * (1 - 3 * 0.001) + 0.001);
    // Equal up to the last digit, which sumToOne may move so the pooled allocation sums to exactly 1.
    for (const [i, v] of got.value.entries()) expect(v).toBeCloseTo(expected[i] as number, 15);
    expect(got.value.reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe("selectRanks", () => {
  it("finds every requested order statistic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (xs, picks) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const ranks = [...new Set(picks.map((p) => p % xs.length))].sort((a, b) => a - b);
          expect(selectRanks(Float64Array.from(xs), xs.length, ranks)).toEqual(ranks.map((r) => sorted[r]));
        },
      ),
    );
  });
});

describe("parseUtcInstant", () => {
  it("equals Date.parse on valid UTC instants, with and without milliseconds", () => {
    fc.assert(
      fc.property(
        // 0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z
        fc.double({ min: -62167219200000, max: 253402300799999, noNaN: true }).map(Math.floor),
        fc.boolean(),
        (ms, millis) => {
          const iso = new Date(ms).toISOString();
          const text = millis ? iso : `${iso.slice(0, 19)}Z`;
          expect(parseUtcInstant(text)).toBe(Date.parse(text));
          expect(parseTime("t", text, "time")).toBe(Date.parse(text));
        },
      ),
    );
  });

  it("leaves everything else to the strict parser (iso-time.ts), which keeps deciding as before", () => {
    for (const text of [
      "2026-02-30T00:00:00Z", // Date.parse rolls this over to 2 March
      "2026-01-01T24:00:00Z",
      "2026-01-01T00:00:00",
      "2026-01-01T00:00:00+02:00",
      "2026-01-01",
      "2026-13-01T00:00:00Z",
      "2026-01-01T00:00:60Z",
      "2026-01-01T00:00:00.5Z",
      "x026-01-01T00:00:00Z",
    ]) {
      expect(parseUtcInstant(text)).toBeNaN();
      const expected = parseInstant(text);
      if (expected === null) expect(() => parseTime("t", text, "time")).toThrow(RangeError);
      else expect(parseTime("t", text, "time")).toBe(expected);
    }
    expect(() => parseTime("t", "2026-01-01T00:00:60Z", "time")).toThrow(/not an ISO 8601 time/);
  });
});
