import { describe, expect, it } from "vitest";
import { outcomeGap } from "../../src/domain/outcome-gap.js";
import {
  panelSummary,
  type SummaryFact,
  type SummaryItem,
  type SummarySource,
  summaryItemsOf,
} from "../../src/domain/panel-summary.js";
import type { QuestionConfig } from "../../src/domain/questions.js";
import { rescaledFrom, shownShares, wholePercents } from "../../src/domain/whole-percents.js";

const base = { n: 10, eligible: 12, tooFew: false };
const scenarios = (
  id: number,
  shares: [string, number, number | null, number | null][],
  previous: [string, number][] | null = null,
): SummaryItem => ({
  ...base,
  questionId: id,
  title: `Q${id}`,
  kind: "scenarios",
  scenarios: shares.map(([label, share, q1, q3]) => ({ label, share, q1, q3 })),
  previous: previous?.map(([label, share]) => ({ label, share })) ?? null,
});
const probability = (
  id: number,
  value: number,
  q1: number,
  q3: number,
  previous: number | null = null,
): SummaryItem => ({
  ...base,
  questionId: id,
  title: `Q${id}`,
  kind: "probability",
  value,
  q1,
  q3,
  previous,
});
const keys = (facts: SummaryFact[]) => facts.map((f) => f.key);

describe("panelSummary", () => {
  it("leads with the likeliest scenario and its runner-up, then the widest disagreement", () => {
    const facts = panelSummary({
      items: [
        scenarios(1, [
          ["Thaw", 0.2, 0.1, 0.25],
          ["Frozen", 0.6, 0.5, 0.65],
          ["Escalation", 0.2, 0.15, 0.2],
        ]),
        probability(2, 0.33, 0.2, 0.45),
      ],
      previousRound: null,
    });
    expect(keys(facts)).toEqual(["likeliest", "disagreement", "firstRound"]);
    expect(facts[0]).toMatchObject({ label: "Frozen", share: 0.6, second: { label: "Thaw", share: 0.2 } });
    expect(facts[1]).toMatchObject({ questionId: 2, label: null, q1: 0.2, q3: 0.45 });
  });

  it("reports a tie when the top shares lie within half a point, never picking one", () => {
    const facts = panelSummary({
      items: [
        scenarios(1, [
          ["A", 0.4, null, null],
          ["B", 0.398, null, null],
          ["C", 0.202, null, null],
        ]),
      ],
      previousRound: null,
    });
    expect(facts[0]).toMatchObject({ key: "likeliestTie", labels: ["A", "B"], share: 0.4 });
  });

  it("says the panel broadly agrees when no middle half spans a fifth of its scale", () => {
    const rating: SummaryItem = {
      ...base,
      questionId: 3,
      title: "Q3",
      kind: "rating",
      value: 5,
      q1: 4,
      q3: 5,
      scale: [1, 9],
    };
    const facts = panelSummary({ items: [probability(2, 0.5, 0.45, 0.6), rating], previousRound: null });
    expect(keys(facts)).toEqual(["headline", "agreement", "firstRound"]);
  });

  it("names a rating's spread by its share of the scale", () => {
    const rating: SummaryItem = {
      ...base,
      questionId: 3,
      title: "Q3",
      kind: "rating",
      value: 5,
      q1: 3,
      q3: 7,
      scale: [1, 9],
    };
    const facts = panelSummary({ items: [probability(2, 0.5, 0.4, 0.65), rating], previousRound: null });
    expect(facts[1]).toMatchObject({ key: "disagreement", questionId: 3, q1: 3, q3: 7 });
  });

  it("names the largest move since the previous round, or says nothing moved by five points", () => {
    const moved = panelSummary({
      items: [
        scenarios(
          1,
          [
            ["Thaw", 0.3, null, null],
            ["Frozen", 0.7, null, null],
          ],
          [
            ["Thaw", 0.2, 0],
            ["Frozen", 0.8, 0],
          ].map(([l, s]) => [l as string, s as number]),
        ),
        probability(2, 0.5, 0.45, 0.5, 0.62),
      ],
      previousRound: 1,
    });
    expect(moved.at(-1)).toMatchObject({
      key: "moved",
      questionId: 2,
      from: 0.62,
      to: 0.5,
      previousRound: 1,
    });
    const steady = panelSummary({ items: [probability(2, 0.5, 0.45, 0.5, 0.53)], previousRound: 1 });
    expect(steady.at(-1)).toEqual({ key: "steady", previousRound: 1 });
  });

  it("never summarises a question with too few answers: it counts them", () => {
    const few = { ...probability(2, 0.9, 0.1, 0.9), tooFew: true };
    const facts = panelSummary({ items: [few], previousRound: null });
    expect(keys(facts)).toEqual(["firstRound", "tooFew"]);
    expect(facts.at(-1)).toEqual({ key: "tooFew", count: 1 });
  });

  it("says nothing it cannot support: an empty round gives only that it is the first", () => {
    expect(panelSummary({ items: [], previousRound: null })).toEqual([{ key: "firstRound" }]);
    expect(panelSummary({ items: [], previousRound: 2 })).toEqual([]);
  });

  it("leaves its input untouched", () => {
    const items = Object.freeze([
      Object.freeze(
        scenarios(1, [
          ["B", 0.2, null, null],
          ["A", 0.8, null, null],
        ]),
      ),
    ]);
    expect(() => panelSummary({ items, previousRound: null })).not.toThrow();
    expect((items[0] as Extract<SummaryItem, { kind: "scenarios" }>).scenarios?.[0]?.label).toBe("B");
  });
});

describe("summaryItemsOf", () => {
  const allocation: QuestionConfig = {
    kind: "allocation",
    scenarioSetId: 1,
    scenarios: [
      { id: 1, title: "Thaw" },
      { id: 2, title: "Frozen" },
    ],
  };
  const summary = (median: number, q1: number, q3: number) => ({
    n: 3,
    mean: median,
    median,
    q1,
    q3,
    iqr: q3 - q1,
    min: q1,
    max: q3,
    sd: 0,
    cv: 0,
  });
  const card = (medians: [number, number], n = 3): SummarySource => ({
    questionId: 7,
    title: "Which scenario?",
    config: allocation,
    snapshot: {
      kind: "allocation",
      n,
      eligible: 4,
      summary: null,
      pooled: {},
      perOption: [
        { label: "Thaw", summary: summary(medians[0], 0.1, 0.3), distribution: [] },
        { label: "Frozen", summary: summary(medians[1], 0.5, 0.7), distribution: [] },
      ],
    },
  });

  it("reads scenario medians normalised to add up to 1, and pairs the previous round by question", () => {
    const [item] = summaryItemsOf([card([0.3, 0.9])], [card([0.5, 0.5])], "median");
    expect(item).toMatchObject({ kind: "scenarios", n: 3, eligible: 4, tooFew: false });
    const s = item as Extract<SummaryItem, { kind: "scenarios" }>;
    expect(s.scenarios?.map((x) => x.share)).toEqual([0.25, 0.75]);
    expect(s.previous).toEqual([
      { label: "Thaw", share: 0.5 },
      { label: "Frozen", share: 0.5 },
    ]);
  });

  it("marks a question below the forum's minimum as too few", () => {
    expect(summaryItemsOf([card([0.3, 0.7], 2)], [], "median", 3)[0]?.tooFew).toBe(true);
  });
});

describe("wholePercents", () => {
  it.each([
    [
      [1 / 3, 1 / 3, 1 / 3],
      [34, 33, 33],
    ],
    [
      [0.2 / 1.05, 0.5 / 1.05, 0.2 / 1.05, 0.15 / 1.05],
      [19, 48, 19, 14],
    ],
    [
      [1 / 6, 1 / 6, 1 / 6, 0.5],
      [17, 17, 16, 50],
    ],
    [[1], [100]],
    [
      [0, 1],
      [0, 100],
    ],
  ])("%j → %j (adds up to 100)", (shares, expected) => {
    const out = wholePercents(shares);
    expect(out).toEqual(expected);
    expect(out.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("adds up to 100 for any normalised shares, each within one point of its exact value", () => {
    for (let k = 1; k < 200; k++) {
      const raw = [k % 7, (k * 3) % 11, (k * 5) % 13, 1].map((v) => v + 0.01 * k);
      const sum = raw.reduce((a, b) => a + b, 0);
      const shares = raw.map((v) => v / sum);
      const out = wholePercents(shares);
      expect(out.reduce((a, b) => a + b, 0)).toBe(100);
      out.forEach((p, i) => {
        expect(Math.abs(p - (shares[i] ?? 0) * 100)).toBeLessThan(1);
      });
    }
  });

  it("refuses shares that are negative or do not add up to 1", () => {
    expect(() => wholePercents([0.5, 0.6])).toThrow(RangeError);
    expect(() => wholePercents([-0.1, 1.1])).toThrow(RangeError);
    expect(wholePercents([])).toEqual([]);
  });
});

describe("shownShares and rescaledFrom (the dashboard's scenario shares)", () => {
  it("shows shares that add up to 1 as whole percentages adding up to exactly 100", () => {
    expect(shownShares([1 / 3, 1 / 3, 1 / 3])).toEqual([0.34, 0.33, 0.33]);
    expect(shownShares(null)).toBeNull();
  });

  it("keeps shares that do not add up to 1 as they are, rather than inventing whole percentages", () => {
    expect(shownShares([0.2, 0.5, 0.2, 0.15])).toEqual([0.2, 0.5, 0.2, 0.15]);
  });

  it("says what medians added up to only when that is off 100% by more than 0.05 points", () => {
    expect(rescaledFrom([0.2, 0.5, 0.2, 0.15])).toBeCloseTo(1.05, 12);
    expect(rescaledFrom([0.3, 0.3, 0.3])).toBeCloseTo(0.9, 12);
    expect(rescaledFrom([0.5, 0.5])).toBeNull();
    expect(rescaledFrom([0.5, 0.5004])).toBeNull();
    expect(rescaledFrom([0.5, 0.5006])).toBeCloseTo(1.0006, 12);
    expect(rescaledFrom(null)).toBeNull();
  });
});

describe("outcomeGap", () => {
  it.each([
    [{ outcome: 1 } as const, [0.78], { kind: "binary", happened: true, given: 0.78 }, 0.22],
    [{ outcome: 0 } as const, [0.28], { kind: "binary", happened: false, given: 0.72 }, 0.28],
  ])("yes/no %j with %j: the probability given to what happened and the distance", (o, f, want, d) => {
    const gap = outcomeGap(o, f);
    expect(gap).toMatchObject(want);
    expect((gap as { distance: number }).distance).toBeCloseTo(d, 10);
  });

  it("scenarios: the share of the scenario that happened and whether it was the likeliest", () => {
    expect(outcomeGap({ scenarioIndex: 1 }, [0.21, 0.59, 0.2])).toEqual({
      kind: "scenario",
      index: 1,
      given: 0.59,
      likeliest: true,
    });
    expect(outcomeGap({ scenarioIndex: 2 }, [0.21, 0.59, 0.2])).toMatchObject({ likeliest: false });
    expect(outcomeGap({ scenarioIndex: 5 }, [0.5, 0.5])).toBeNull();
  });

  it("quantities: relative error of the median and whether the value is inside the 5–95% range", () => {
    expect(outcomeGap({ value: 200 }, [150, 210, 260])).toEqual({
      kind: "quantity",
      value: 200,
      median: 210,
      relativeError: 0.05,
      distance: 10,
      inside: true,
    });
    expect(outcomeGap({ value: 0 }, [5])).toEqual({
      kind: "quantity",
      value: 0,
      median: 5,
      relativeError: null,
      distance: 5,
      inside: null,
    });
  });

  it("annulled questions compare nothing; a missing forecast gives null", () => {
    expect(outcomeGap({ annulled: true }, null)).toEqual({ kind: "annulled" });
    expect(outcomeGap({ outcome: 1 }, null)).toBeNull();
  });
});
