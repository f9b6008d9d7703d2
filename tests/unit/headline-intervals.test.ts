/**
 * Bootstrap intervals of a snapshot's headline numbers (issue 15, "uncertainty of pooled values"):
 * reproducible, containing the headline, one per scenario, absent below two answers, and the ones the
 * dashboard reads for each method (shownIntervals).
 */
import { describe, expect, it } from "vitest";
import { headlineIntervals } from "../../src/domain/headline-intervals.js";
import { computeQuestionSnapshot, shownIntervals, shownValues } from "../../src/domain/snapshot.js";

const T = (i: number) => `2026-03-0${1 + (i % 9)}T00:00:00Z`;
const rule = { kind: "iqr-at-most", max: 0.2 } as const;

function snapshotOf(config: Parameters<typeof computeQuestionSnapshot>[0]["config"], values: unknown[]) {
  return computeQuestionSnapshot({
    config,
    rule: rule as never,
    eligible: values.length,
    minGroupSize: 3,
    answers: values.map((value, i) => ({
      pseudonym: `P${i}`,
      institution: null,
      country: null,
      time: T(i),
      value: value as never,
      rationale: "",
    })),
  });
}

describe("headlineIntervals", () => {
  it("two answers 0 and 1 pooled by the mean: the 95% interval is [0, 1] (hand-derivable)", () => {
    expect(headlineIntervals({ kind: "binary", ps: [0, 1] })?.byMethod.mean).toEqual([[0, 1]]);
  });
  it("a live (Real-Time) group view skips the resampling: only frozen snapshots store intervals", () => {
    const values = [0.2, 0.4, 0.6].map((p) => ({ kind: "binary", p }));
    const live = computeQuestionSnapshot({
      config: { kind: "binary" },
      rule: rule as never,
      eligible: 3,
      minGroupSize: 3,
      live: true,
      answers: values.map((value, i) => ({
        pseudonym: `P${i}`,
        institution: null,
        country: null,
        time: T(i),
        value: value as never,
        rationale: "",
      })),
    });
    expect(live.intervals).toBeNull();
    expect(snapshotOf({ kind: "binary" }, values).intervals).not.toBeNull();
  });
  it("is null below two answers", () => {
    expect(headlineIntervals({ kind: "binary", ps: [0.4] })).toBeNull();
    expect(headlineIntervals({ kind: "scalar", values: [] })).toBeNull();
  });
  it("a yes/no snapshot stores an interval per method that holds the headline, the same every time", () => {
    const ps = [0.1, 0.2, 0.25, 0.4, 0.45, 0.5, 0.7, 0.9];
    const values = ps.map((p) => ({ kind: "binary", p }));
    const a = snapshotOf({ kind: "binary" }, values);
    expect(snapshotOf({ kind: "binary" }, values).intervals).toEqual(a.intervals);
    for (const method of ["median", "mean", "geo-odds", "recency-median"] as const) {
      const [lo, hi] = shownIntervals(a, method)![0]!;
      const v = shownValues(a, method)![0]!;
      expect(lo).toBeLessThanOrEqual(v);
      expect(hi).toBeGreaterThanOrEqual(v);
      expect(lo).toBeGreaterThanOrEqual(0.1);
      expect(hi).toBeLessThanOrEqual(0.9);
    }
    // The extremized pool may leave the answers' range by design; it still gets one interval holding it.
    const [lo, hi] = shownIntervals(a, "extremized")![0]!;
    expect(lo).toBeLessThanOrEqual(shownValues(a, "extremized")![0]!);
    expect(hi).toBeGreaterThanOrEqual(shownValues(a, "extremized")![0]!);
    expect(shownIntervals(a, "track-record")).toBeNull();
  });
  it("an allocation has one interval per scenario for every method a reader can pick", () => {
    const config: Parameters<typeof computeQuestionSnapshot>[0]["config"] = {
      kind: "allocation",
      scenarioSetId: 1,
      scenarios: [
        { id: 1, title: "A" },
        { id: 2, title: "B" },
        { id: 3, title: "C" },
      ],
    };
    const s = snapshotOf(
      config,
      [
        [0.5, 0.3, 0.2],
        [0.6, 0.2, 0.2],
        [0.2, 0.5, 0.3],
        [0.4, 0.4, 0.2],
      ].map((p) => ({ kind: "allocation", p })),
    );
    for (const method of ["median", "mean", "geo-odds", "recency-median"] as const)
      expect(shownIntervals(s, method)).toHaveLength(3);
  });
  it("an allocation's median intervals rescale each resample as the headline does (normaliseShares)", () => {
    const config: Parameters<typeof computeQuestionSnapshot>[0]["config"] = {
      kind: "allocation",
      scenarioSetId: 1,
      scenarios: [
        { id: 1, title: "A" },
        { id: 2, title: "B" },
        { id: 3, title: "C" },
      ],
    };
    // Every resample of two equal answers is that answer: each interval is the shown share itself, bit
    // for bit, and the shares add up to exactly 1.
    const s = snapshotOf(
      config,
      [0, 1].map(() => ({ kind: "allocation", p: [0.2, 0.5, 0.3] })),
    );
    const shown = shownValues(s, "median")!;
    expect(shown).toEqual([0.2, 0.5, 0.3]);
    expect(shown.reduce((a, b) => a + b, 0)).toBe(1);
    expect(shownIntervals(s, "median")).toEqual(shown.map((x) => [x, x]));
  });

  it("a quantity's median gets an interval inside the answers' medians", () => {
    const s = snapshotOf(
      { kind: "quantity", unit: "t" },
      [
        [1, 2, 3],
        [2, 4, 6],
        [3, 5, 9],
      ].map((q) => ({ kind: "quantity", q })),
    );
    const [lo, hi] = shownIntervals(s, "median")![0]!;
    expect(lo).toBeGreaterThanOrEqual(2);
    expect(hi).toBeLessThanOrEqual(5);
  });
});
