import { describe, expect, it } from "vitest";
import {
  calibrationPairs,
  calibrationSummary,
  comparePools,
  cookeDecisionMakers,
  expertScoreTable,
  identityLabel,
  meanOfFinite,
  medianPoolAccuracy,
  organiserScoreTables,
  recordsFrom,
  type ScoredForumQuestion,
  scoreForumQuestions,
  summariseScores,
  trackRecordPooled,
} from "../../src/domain/forum-scores.js";

const OPENS = "2026-01-01T00:00:00.000Z";
const CLOSES = "2026-01-11T00:00:00.000Z";
const yesNo = (id: number, outcome: 0 | 1, ps: Record<string, number>): ScoredForumQuestion => ({
  id,
  kind: "binary",
  outcome,
  rounds: [
    {
      opens: OPENS,
      closes: CLOSES,
      forecasts: Object.entries(ps).map(([expert, p]) => ({ expert, time: OPENS, p })),
    },
  ],
});

describe("scoreForumQuestions", () => {
  it("scores each expert's standing forecast over the window (Brier (p − o)²)", () => {
    const rows = scoreForumQuestions([yesNo(1, 1, { a: 0.8, b: 0.4 })]);
    expect(rows.map((r) => r.expert)).toEqual(["a", "b"]);
    expect(rows[0]!.brier).toBeCloseTo(0.04, 12);
    expect(rows[1]!.brier).toBeCloseTo(0.36, 12);
    expect(rows[0]!.brier2).toBeCloseTo(0.08, 12);
    expect(rows[0]!.coverage).toBe(1);
  });

  it("a question nobody answered has no rows", () => {
    expect(scoreForumQuestions([yesNo(1, 1, {})])).toEqual([]);
  });
});

describe("medianPoolAccuracy", () => {
  it("averages (median − outcome)² over the resolved yes/no questions", () => {
    // q1: median 0.8 against 1 → 0.04; q2: median 0.25 against 0 → 0.0625; mean 0.05125.
    const acc = medianPoolAccuracy([
      yesNo(1, 1, { a: 0.6, b: 0.8, c: 0.9 }),
      yesNo(2, 0, { a: 0.2, b: 0.3 }),
    ]);
    expect(acc?.count).toBe(2);
    expect(acc?.brier).toBeCloseTo(0.05125, 12);
  });

  it("is the median row of comparePools, and null without forecasts", () => {
    const qs = [yesNo(1, 1, { a: 0.6, b: 0.8 })];
    const median = comparePools(qs, () => []).find((r) => r.method === "median");
    expect(medianPoolAccuracy(qs)).toEqual({ count: median!.n, brier: median!.brier });
    expect(medianPoolAccuracy([yesNo(1, 1, {})])).toBeNull();
    expect(medianPoolAccuracy([])).toBeNull();
  });
});

describe("trackRecordPooled", () => {
  const forecasts = [
    { expert: "good", p: 0.9 },
    { expert: "poor", p: 0.1 },
  ];

  it("with no records the weights are equal (the mean)", () => {
    expect(trackRecordPooled("binary", forecasts, [])).toBeCloseTo(0.5, 12);
  });

  it("leans toward the expert with the better record", () => {
    const records = recordsFrom(
      scoreForumQuestions([yesNo(1, 1, { good: 0.95, poor: 0.2 }), yesNo(2, 0, { good: 0.05, poor: 0.9 })]),
    );
    const v = trackRecordPooled("binary", forecasts, records) as number;
    expect(v).toBeGreaterThan(0.5);
    expect(v).toBeLessThan(0.9);
  });

  it("allocations: the same weights on each scenario, so the pool still sums to 1", () => {
    const v = trackRecordPooled(
      "allocation",
      [
        { expert: "x", p: [0.2, 0.8] },
        { expert: "y", p: [0.6, 0.4] },
      ],
      [],
    ) as number[];
    expect(v).toEqual([expect.closeTo(0.4, 12), expect.closeTo(0.6, 12)]);
    expect(v[0]! + v[1]!).toBeCloseTo(1, 12);
  });

  it("nobody answered, or a kind without probabilities: null", () => {
    expect(trackRecordPooled("binary", [], [])).toBeNull();
    expect(trackRecordPooled("quantity", [{ expert: "x", p: 3 }], [])).toBeNull();
  });
});

describe("calibrationPairs", () => {
  it("one pair per binary forecast and one per scenario of an allocation", () => {
    const allocation: ScoredForumQuestion = {
      id: 2,
      kind: "allocation",
      outcome: 1,
      rounds: [{ opens: OPENS, closes: CLOSES, forecasts: [{ expert: "a", time: OPENS, p: [0.3, 0.7] }] }],
    };
    expect(calibrationPairs([yesNo(1, 0, { a: 0.2, b: 0.6 }), allocation], "a")).toEqual([
      { p: 0.2, outcome: 0 },
      { p: 0.3, outcome: 0 },
      { p: 0.7, outcome: 1 },
    ]);
  });
});

describe("cookeDecisionMakers", () => {
  it("without a realisation there is no decision maker", () => {
    expect(
      cookeDecisionMakers(
        {
          levels: [0.05, 0.5, 0.95],
          experts: ["a"],
          items: [{ id: "Q1", realisation: null, scale: "uni" }],
          assessments: [[[1, 2, 3]]],
        } as never,
        [{ questionId: 1, itemId: "Q1" }],
      ),
    ).toEqual([]);
  });
});

describe("score tables", () => {
  const scores = scoreForumQuestions([yesNo(1, 1, { a: 0.8, b: 0.4 }), yesNo(2, 0, { a: 0.2 })]);

  it("meanOfFinite skips nulls and non-finite values", () => {
    expect(meanOfFinite([1, null, 3, Number.POSITIVE_INFINITY, Number.NaN])).toBe(2);
    expect(meanOfFinite([null])).toBeNull();
  });

  it("summariseScores averages each rule over an expert's questions", () => {
    const a = summariseScores(scores.filter((s) => s.expert === "a"));
    expect(a.n).toBe(2);
    expect(a.brier).toBeCloseTo(0.04, 12);
    expect(a.brier2).toBeCloseTo(0.08, 12);
  });

  it("expertScoreTable: one row per expert, weights summing to 1", () => {
    const table = expertScoreTable(["a", "b"], scores, recordsFrom(scores));
    expect(table.map((r) => r.key)).toEqual(["a", "b"]);
    expect(table[0]!.n).toBe(2);
    expect(table[1]!.n).toBe(1);
    expect(table[0]!.weight! + table[1]!.weight!).toBeCloseTo(1, 12);
    expect(table[0]!.weight!).toBeGreaterThan(table[1]!.weight!);
    expect(expertScoreTable([], scores, [])).toEqual([]);
  });

  it("calibrationSummary: Brier skill over the base rate and Spiegelhalter's Z of the same pairs", () => {
    // BS 0.075 against ō(1 − ō) = ¼: 0.7 (Wilks 2011, ch. 8); Z = −0.4/√0.1584 (Spiegelhalter 1986).
    const c = calibrationSummary([
      { p: 0.8, outcome: 1 },
      { p: 0.3, outcome: 0 },
      { p: 0.6, outcome: 1 },
      { p: 0.1, outcome: 0 },
    ]);
    expect(c?.skill).toBeCloseTo(0.7, 14);
    expect(c?.spiegelhalter.z).toBeCloseTo(-0.4 / Math.sqrt(0.1584), 14);
  });

  it("calibrationSummary: null without pairs, bins and Murphy otherwise", () => {
    expect(calibrationSummary([])).toBeNull();
    const c = calibrationSummary([
      { p: 0.8, outcome: 1 },
      { p: 0.2, outcome: 0 },
    ]);
    expect(c?.bins).toHaveLength(10);
    expect(c?.murphy.brier).toBeCloseTo(0.04, 12);
  });

  it("organiserScoreTables: experts sorted by label, every row labelled, the same numbers as the parts", () => {
    const scored = [yesNo(1, 1, { a: 0.8, b: 0.4 }), yesNo(2, 0, { a: 0.2 })];
    const scoring = {
      experts: new Map([
        ["a", {}],
        ["b", {}],
      ]),
      scored,
      scores,
      quantityScored: [],
      quantityScores: [],
    };
    const names: Record<string, string> = { a: "Zoë", b: "Ana" };
    const t = organiserScoreTables(scoring, scores, (key) => names[key]!);
    expect(t.experts.map((e) => e.label)).toEqual(["Ana", "Zoë"]);
    expect(t.experts.map((e) => e.key)).toEqual(["b", "a"]);
    expect(t.experts.find((e) => e.key === "a")).toEqual({
      ...expertScoreTable(["a", "b"], scores, recordsFrom(scores))[0],
      label: "Zoë",
    });
    expect(t.rows.map((r) => `${r.expert}:${r.label}`)).toEqual(
      scores.map((s) => `${s.expert}:${names[s.expert]}`),
    );
    expect(t.crowd?.bins).toHaveLength(10);
    expect(t.pools).toEqual(comparePools(scored, (qid) => recordsFrom(scores, qid)));
    expect(t.quantityRows).toEqual([]);
    expect(t.quantityPanel).toEqual([]);
  });

  it("identityLabel: a pseudonym only under strict anonymity", () => {
    expect(identityLabel("strict", "Ann", "Expert K7")).toBe("Expert K7");
    expect(identityLabel("quasi", "Ann", "Expert K7")).toBe("Ann (Expert K7)");
  });
});
