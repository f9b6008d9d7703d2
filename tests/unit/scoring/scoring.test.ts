import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  calibrationTable,
  murphyDecomposition,
  type ScoredQuestion,
  scoreForecasts,
} from "../../../src/domain/scoring/index.js";

const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString();
const binaryQuestion = (
  outcome: 0 | 1,
  forecasts: { expert: string; at: number; p: number }[],
  days = 10,
): ScoredQuestion => ({
  kind: "binary",
  opens: day(0),
  closes: day(days),
  outcome,
  forecasts: forecasts.map((f) => ({ expert: f.expert, time: day(f.at), p: f.p })),
});

const METACULUS = new URL("../../../../shared/reference/forecasting/metaculus-vectors.json", import.meta.url);
const BRIER = new URL("../../../../shared/reference/forecasting/brier-examples.json", import.meta.url);

describe.skipIf(!existsSync(METACULUS))(`Metaculus score vectors (${METACULUS.pathname})`, () => {
  type V = {
    baselineScoreBinary: { p: number; outcome: 0 | 1; coverage: number; score: number }[];
    peerScoreBinary: { p: number[]; outcome: 0 | 1; scores: number[] }[];
  };
  const v: V = existsSync(METACULUS)
    ? JSON.parse(readFileSync(METACULUS, "utf8"))
    : { baselineScoreBinary: [], peerScoreBinary: [] };
  it.each(v.baselineScoreBinary)(
    "baseline p $p outcome $outcome coverage $coverage → $score",
    ({ p, outcome, coverage, score }) => {
      // A 10-day window; coverage 0.5 means the forecast was made on day 5.
      const [got] = scoreForecasts(
        "baseline",
        binaryQuestion(outcome, [{ expert: "a", at: 10 * (1 - coverage), p }]),
      );
      expect(got?.score).toBeCloseTo(score, 7);
      expect(got?.coverage).toBeCloseTo(coverage, 12);
    },
  );
  it.each(v.peerScoreBinary)("peer $p outcome $outcome → $scores", ({ p, outcome, scores }) => {
    const got = scoreForecasts(
      "peer",
      binaryQuestion(
        outcome,
        p.map((x, i) => ({ expert: `e${i}`, at: 0, p: x })),
      ),
    );
    got.forEach((s, i) => void expect(s.score).toBeCloseTo(scores[i] as number, 6));
  });
});
if (!existsSync(METACULUS)) it.skip(`reference vectors missing: ${METACULUS.pathname}`, () => {});

describe.skipIf(!existsSync(BRIER))(`Good Judgment Open Brier examples (${BRIER.pathname})`, () => {
  type B = { examples: { forecast: number[]; outcomeIndex: number; brier2: number }[] };
  const b: B = existsSync(BRIER) ? JSON.parse(readFileSync(BRIER, "utf8")) : { examples: [] };
  it.each(b.examples)(
    "brier2 of $forecast with outcome $outcomeIndex is $brier2",
    ({ forecast, outcomeIndex, brier2 }) => {
      const options = forecast.map((_, k) => `o${k}`);
      const [got] = scoreForecasts("brier2", {
        kind: "categorical",
        options,
        opens: day(0),
        closes: day(1),
        outcome: outcomeIndex,
        forecasts: [{ expert: "a", time: day(0), p: forecast }],
      });
      expect(got?.score).toBeCloseTo(brier2, 12);
    },
  );
});
if (!existsSync(BRIER)) it.skip(`reference examples missing: ${BRIER.pathname}`, () => {});

describe("scoreForecasts: more cited cases", () => {
  it("Metaculus peer with a late forecaster (forecasting.md §1.8 D, re-computed there)", () => {
    const got = scoreForecasts(
      "peer",
      binaryQuestion(1, [
        { expert: "a", at: 0, p: 0.1 },
        { expert: "b", at: 0, p: 0.5 },
        { expert: "c", at: 5, p: 0.9 },
      ]),
    );
    expect(got.map((s) => s.expert)).toEqual(["a", "b", "c"]);
    [-175.6384579, 106.0131768, 69.6252811].forEach((x, i) => void expect(got[i]?.score).toBeCloseTo(x, 6));
    expect(got[2]?.coverage).toBe(0.5);
    expect(got.reduce((s, x) => s + (x.score ?? 0), 0)).toBeCloseTo(0, 9);
  });

  it("Metaculus peer with four forecasters", () => {
    const got = scoreForecasts(
      "peer",
      binaryQuestion(
        1,
        [0.1, 0.3, 0.6, 0.9].map((p, i) => ({ expert: `e${i}`, at: 0, p })),
      ),
    );
    [-169.5865445, -23.104906, 69.3147181, 123.3767325].forEach(
      (x, i) => void expect(got[i]?.score).toBeCloseTo(x, 6),
    );
  });

  it("Metaculus scores FAQ worked example: 5 days, 40% day 2, 70% days 3–4, 80% day 5 → +26.54", () => {
    const got = scoreForecasts(
      "baseline",
      binaryQuestion(
        1,
        [
          { expert: "a", at: 1, p: 0.4 },
          { expert: "a", at: 2, p: 0.7 },
          { expert: "a", at: 4, p: 0.8 },
        ],
        5,
      ),
    );
    expect(got[0]?.score).toBeCloseTo(26.54, 2);
    expect(got[0]?.coverage).toBeCloseTo(0.8, 12);
  });

  it("baseline ±50 at p = 2^(−1/2) and 2^(−3/2) (Metaculus test_score_math)", () => {
    expect(
      scoreForecasts("baseline", binaryQuestion(1, [{ expert: "a", at: 0, p: 2 ** -0.5 }]))[0]?.score,
    ).toBeCloseTo(50, 9);
    expect(
      scoreForecasts("baseline", binaryQuestion(1, [{ expert: "a", at: 0, p: 2 ** -1.5 }]))[0]?.score,
    ).toBeCloseTo(-50, 9);
  });

  it("Cultivate daily Brier example: 0.9 for 3 days then 0.95 for 4 days, two-sided → 0.08/7", () => {
    const got = scoreForecasts(
      "brier2",
      binaryQuestion(
        1,
        [
          { expert: "a", at: 0, p: 0.9 },
          { expert: "a", at: 3, p: 0.95 },
        ],
        7,
      ),
    );
    expect(got[0]?.score).toBeCloseTo(0.08 / 7, 12);
  });

  it("brier and log average over standing time only; brier2 ordered uses cumulative splits", () => {
    const q = binaryQuestion(0, [{ expert: "a", at: 5, p: 0.2 }]);
    expect(scoreForecasts("brier", q)[0]).toEqual({ expert: "a", score: 0.04000000000000001, coverage: 0.5 });
    expect(scoreForecasts("log", q)[0]?.score).toBeCloseTo(Math.log(0.8), 14);
    // GJ ordered categorical rule, python-prediction-scorer README: [25,25,30,20]%, outcome index 1 → 0.235
    // (re-computed in forecasting.md §2.1). The same README's [55,35,10] → 0.735 is the unordered two-sided
    // Brier (0.55² + 0.65² + 0.1²); ordered, by hand: (2·0.55² + 2·0.1²)/2 = 0.3125.
    for (const [p, o, ordered, expected] of [
      [[0.25, 0.25, 0.3, 0.2], 1, true, 0.235],
      [[0.55, 0.35, 0.1], 1, false, 0.735],
      [[0.55, 0.35, 0.1], 1, true, 0.3125],
    ] as const) {
      const [got] = scoreForecasts("brier2", {
        kind: "categorical",
        ordered,
        opens: day(0),
        closes: day(1),
        outcome: o,
        forecasts: [{ expert: "a", time: day(0), p }],
      });
      expect(got?.score).toBeCloseTo(expected, 12);
    }
  });

  it("categorical baseline: K = 3, p = 3^(−1/2) on the outcome → +50 (Metaculus test_score_math)", () => {
    const p = [1 / 3, 1 - 3 ** -0.5 - 1 / 3, 3 ** -0.5];
    const [got] = scoreForecasts("baseline", {
      kind: "categorical",
      opens: day(0),
      closes: day(1),
      outcome: 2,
      forecasts: [{ expert: "a", time: day(0), p }],
    });
    expect(got?.score).toBeCloseTo(50, 9);
  });

  it("a forecast after close never stands; brier gives null, baseline 0", () => {
    const q = binaryQuestion(1, [{ expert: "late", at: 11, p: 0.9 }]);
    expect(scoreForecasts("brier", q)).toEqual([{ expert: "late", score: null, coverage: 0 }]);
    expect(scoreForecasts("baseline", q)).toEqual([{ expert: "late", score: 0, coverage: 0 }]);
  });

  it("rejects unknown rules, brier on categorical questions and bad windows, without mutating input", () => {
    const q = binaryQuestion(1, [{ expert: "a", at: 0, p: 0.9 }]);
    const copy = structuredClone(q);
    expect(() => scoreForecasts("crps" as "brier", q)).toThrow(/scoreForecasts.*unknown rule/);
    expect(() => scoreForecasts("brier", { ...q, closes: q.opens })).toThrow(RangeError);
    expect(() =>
      scoreForecasts("brier", {
        kind: "categorical",
        opens: day(0),
        closes: day(1),
        outcome: 0,
        forecasts: [{ expert: "a", time: day(0), p: [0.5, 0.5] }],
      }),
    ).toThrow(TypeError);
    expect(() => scoreForecasts("log", binaryQuestion(1, [{ expert: "a", at: 0, p: 1.1 }]))).toThrow(
      RangeError,
    );
    for (const rule of ["brier", "brier2", "log", "baseline", "peer"] as const) scoreForecasts(rule, q);
    expect(q).toEqual(copy);
  });
});

describe("calibrationTable and murphyDecomposition", () => {
  // forecasting.md §4, vector [ours]: f = 0.1×4, 0.5×4, 0.9×4 with outcomes (0,0,0,1), (0,1,0,1), (1,1,1,0)
  const pairs = [
    ...[0, 0, 0, 1].map((outcome) => ({ p: 0.1, outcome: outcome as 0 | 1 })),
    ...[0, 1, 0, 1].map((outcome) => ({ p: 0.5, outcome: outcome as 0 | 1 })),
    ...[1, 1, 1, 0].map((outcome) => ({ p: 0.9, outcome: outcome as 0 | 1 })),
  ];

  it("decomposes the Brier score exactly when forecasts within a bin are equal", () => {
    const d = murphyDecomposition(pairs, 10);
    expect(d.brier).toBeCloseTo(0.2233333333, 9);
    expect(d.reliability).toBeCloseTo(0.015, 12);
    expect(d.resolution).toBeCloseTo(0.0416666667, 9);
    expect(d.uncertainty).toBe(0.25);
    expect(d.reliability - d.resolution + d.uncertainty).toBeCloseTo(d.brier, 12);
  });

  it("tabulates every bin", () => {
    const { bins } = calibrationTable(pairs);
    expect(bins).toHaveLength(10);
    expect(bins[1]).toEqual({ lower: 0.1, upper: 0.2, count: 4, meanForecast: 0.1, observedFrequency: 0.25 });
    expect(bins[0]).toEqual({ lower: 0, upper: 0.1, count: 0, meanForecast: null, observedFrequency: null });
    expect(calibrationTable([{ p: 1, outcome: 1 }], 4).bins[3]?.count).toBe(1);
  });

  it("rejects bad pairs", () => {
    expect(() => calibrationTable([])).toThrow(/calibrationTable/);
    expect(() => calibrationTable([{ p: 2, outcome: 1 }])).toThrow(RangeError);
    expect(() => murphyDecomposition([{ p: 0.2, outcome: 2 as 1 }])).toThrow(/murphyDecomposition/);
    expect(() => calibrationTable([{ p: 0.2, outcome: 1 }], 0)).toThrow(RangeError);
  });
});
