import { describe, expect, it } from "vitest";
import {
  assertConsensusRule,
  evaluateConsensus,
  evaluateRankingConsensus,
} from "../../../src/domain/consensus/index.js";

describe("kendall-at-least consensus rule", () => {
  const rule = { kind: "kendall-at-least", min: 0.7 } as const;
  it("compares Kendall's W with the threshold, inclusive", () => {
    // Sums 3, 7, 8 → S = 9 + 1 + 4 = 14, W = 12·14 / (9·24) = 0.7777…
    const v = evaluateRankingConsensus(rule, [
      [1, 2, 3],
      [1, 3, 2],
      [1, 2, 3],
    ]);
    expect(v.measure).toBeCloseTo(168 / 216, 12);
    expect(v.met).toBe(true);
    const low = evaluateRankingConsensus(rule, [
      [1, 2, 3],
      [1, 3, 2],
      [2, 1, 3],
    ]);
    expect(low.measure).toBeCloseTo(96 / 216, 12);
    expect(low.met).toBe(false);
    expect(
      evaluateRankingConsensus({ kind: "kendall-at-least", min: 96 / 216 }, [
        [1, 2, 3],
        [1, 3, 2],
        [2, 1, 3],
      ]).met,
    ).toBe(true);
  });
  it("is undefined with one ranking, and refuses scalar values and bad thresholds", () => {
    expect(evaluateRankingConsensus(rule, [[1, 2]])).toEqual({ met: false, measure: Number.NaN });
    expect(() => evaluateConsensus(rule, [1, 2, 3])).toThrow(TypeError);
    expect(() => evaluateRankingConsensus({ kind: "iqr-at-most", max: 1 }, [[1, 2]])).toThrow(TypeError);
    expect(() => assertConsensusRule({ kind: "kendall-at-least", min: 1.5 })).toThrow(RangeError);
  });
});
