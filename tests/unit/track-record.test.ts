import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poolProbabilities } from "../../src/domain/aggregation/index.js";
import {
  type TrackRecord,
  trackRecords,
  trackRecordWeights,
} from "../../src/domain/aggregation/track-record.js";
import { finalForecasts, scoreAcrossRounds } from "../../src/domain/forecast-series.js";

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

const records = fc
  .uniqueArray(
    fc.record({
      expert: fc.string({ minLength: 1, maxLength: 4 }),
      brier: fc.double({ min: 0, max: 1, noNaN: true }),
      n: fc.nat({ max: 40 }),
    }),
    { minLength: 1, maxLength: 12, selector: (r) => r.expert },
  )
  .map((rs) => rs.map((r): TrackRecord => ({ ...r, brier: r.n === 0 ? null : r.brier })));

describe("trackRecordWeights", () => {
  it("gives equal weights when nobody has a resolved question", () => {
    const w = trackRecordWeights(["a", "b", "c", "d"].map((expert) => ({ expert, brier: null, n: 0 })));
    for (const v of w.values()) expect(v).toBe(0.25);
  });

  it("follows the documented formula on a worked example", () => {
    // crowd = (10·0.1 + 10·0.3) / 20 = 0.2; s = 10/15; shrunk a = 0.1333…, b = 0.2666…; c has no record.
    const w = trackRecordWeights([
      { expert: "a", brier: 0.1, n: 10 },
      { expert: "b", brier: 0.3, n: 10 },
      { expert: "c", brier: null, n: 0 },
    ]);
    const ea = Math.exp(-10 * (0.1 * (2 / 3) + 0.2 / 3 - 0.2));
    const eb = Math.exp(-10 * (0.3 * (2 / 3) + 0.2 / 3 - 0.2));
    const total = ea + eb + 1;
    expect(w.get("a")).toBeCloseTo(ea / total, 12);
    expect(w.get("b")).toBeCloseTo(eb / total, 12);
    expect(w.get("c")).toBeCloseTo(1 / total, 12);
    expect(w.get("a")!).toBeGreaterThan(w.get("c")!);
    expect(w.get("c")!).toBeGreaterThan(w.get("b")!);
  });

  it("shrinks toward equal weights as the record shortens", () => {
    const short = trackRecordWeights([
      { expert: "a", brier: 0.05, n: 1 },
      { expert: "b", brier: 0.4, n: 1 },
    ]);
    const long = trackRecordWeights([
      { expert: "a", brier: 0.05, n: 50 },
      { expert: "b", brier: 0.4, n: 50 },
    ]);
    expect(short.get("a")!).toBeGreaterThan(0.5);
    expect(long.get("a")!).toBeGreaterThan(short.get("a")!);
  });

  it("refuses bad input", () => {
    expect(() => trackRecordWeights([])).toThrow(RangeError);
    expect(() =>
      trackRecordWeights([
        { expert: "a", brier: 0.1, n: 1 },
        { expert: "a", brier: 0.1, n: 1 },
      ]),
    ).toThrow(/twice/);
    expect(() => trackRecordWeights([{ expert: "a", brier: 1.5, n: 1 }])).toThrow(/\[0, 1\]/);
    expect(() => trackRecordWeights([{ expert: "a", brier: 0.1, n: 1 }], { k: 0 })).toThrow(/k/);
  });

  it("property: weights are positive and sum to 1", () => {
    fc.assert(
      fc.property(records, (rs) => {
        const w = trackRecordWeights(rs);
        expect(w.size).toBe(rs.length);
        for (const v of w.values()) expect(v).toBeGreaterThan(0);
        expect(sum(w)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("property: equal when no expert has resolved questions", () => {
    fc.assert(
      fc.property(records, (rs) => {
        const w = trackRecordWeights(rs.map((r) => ({ ...r, brier: null, n: 0 })));
        for (const v of w.values()) expect(v).toBeCloseTo(1 / rs.length, 14);
      }),
    );
  });

  it("property: independent of input order", () => {
    fc.assert(
      fc.property(records, fc.nat(), (rs, seed) => {
        const shuffled = [...rs].sort(
          (a, b) => ((a.expert.charCodeAt(0) * 31 + seed) % 17) - ((b.expert.charCodeAt(0) * 31 + seed) % 17),
        );
        const w1 = trackRecordWeights(rs);
        const w2 = trackRecordWeights(shuffled.reverse());
        for (const r of rs) expect(w2.get(r.expert)).toBeCloseTo(w1.get(r.expert)!, 14);
      }),
    );
  });

  it("property: a lower Brier on the same record length never weighs less", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (x, y, n) => {
          const w = trackRecordWeights([
            { expert: "a", brier: Math.min(x, y), n },
            { expert: "b", brier: Math.max(x, y), n },
          ]);
          expect(w.get("a")!).toBeGreaterThanOrEqual(w.get("b")!);
        },
      ),
    );
  });

  it("feeds the performance-weighted pool", () => {
    const w = trackRecordWeights(
      trackRecords([
        { expert: "a", brier: 0.01 },
        { expert: "a", brier: 0.04 },
        { expert: "b", brier: 0.49 },
      ]),
    );
    const pool = poolProbabilities("performance-weighted", [
      { expert: "a", p: 0.9, weight: w.get("a")! },
      { expert: "b", p: 0.3, weight: w.get("b")! },
    ]);
    expect(pool.value).toBeGreaterThan(0.6);
    expect(pool.value).toBeLessThan(0.9);
  });
});

describe("scoreAcrossRounds", () => {
  const r1 = { opens: "2026-01-01T00:00:00Z", closes: "2026-01-11T00:00:00Z" };
  const r2 = { opens: "2026-02-01T00:00:00Z", closes: "2026-02-11T00:00:00Z" };

  it("averages the Brier score over the time covered in both rounds", () => {
    const scores = scoreAcrossRounds("brier", {
      kind: "binary",
      outcome: 1,
      rounds: [
        { ...r1, forecasts: [{ expert: "a", time: "2026-01-06T00:00:00Z", p: 0.5 }] },
        { ...r2, forecasts: [{ expert: "a", time: "2026-02-01T00:00:00Z", p: 0.9 }] },
      ],
    });
    // 5 days at 0.25, 10 days at 0.01: (1.25 + 0.1) / 15.
    expect(scores[0]!.score).toBeCloseTo(1.35 / 15, 12);
    expect(scores[0]!.coverage).toBeCloseTo(0.75, 12);
  });

  it("counts time without a forecast as 0 for the baseline score", () => {
    const [s] = scoreAcrossRounds("baseline", {
      kind: "binary",
      outcome: 1,
      rounds: [
        { ...r1, forecasts: [{ expert: "a", time: "2026-01-01T00:00:00Z", p: 1 }] },
        { ...r2, forecasts: [] },
      ],
    });
    expect(s!.score).toBeCloseTo(100, 9);
  });

  it("finalForecasts keeps each expert's latest", () => {
    const last = finalForecasts([
      { ...r1, forecasts: [{ expert: "a", time: "2026-01-02T00:00:00Z", p: 0.2 }] },
      { ...r2, forecasts: [{ expert: "a", time: "2026-02-02T00:00:00Z", p: 0.7 }] },
    ]);
    expect(last).toEqual([{ expert: "a", time: "2026-02-02T00:00:00Z", p: 0.7 }]);
  });
});
