/**
 * Honest consensus: the published measure is the one
 * that decides the verdict, for every rule kind and question kind; below the forum's minimum of
 * respondents or response rate the verdict is "too few answers", never consensus.
 */
import { describe, expect, it } from "vitest";
import {
  type ConsensusRule,
  consensusMinimum,
  DEFAULT_MIN_RESPONDENTS,
  decidingMeasure,
  enoughAnswers,
  MIN_RESPONDENTS_FLOOR,
  storedConsensusState,
} from "../../../src/domain/consensus/index.js";
import type { ProposalConfig } from "../../../src/domain/proposals.js";
import type { AnswerValue, QuestionConfig } from "../../../src/domain/questions.js";
import { computeQuestionSnapshot, type SnapshotInput } from "../../../src/domain/snapshot.js";

const answers = (values: AnswerValue[]): SnapshotInput["answers"] =>
  values.map((value, i) => ({
    pseudonym: `P${i}`,
    institution: null,
    country: null,
    time: `2026-01-01T00:00:0${i}Z`,
    value,
    rationale: "",
  }));

const snapshot = (
  config: QuestionConfig,
  rule: ConsensusRule,
  values: AnswerValue[],
  extra: Partial<SnapshotInput> = {},
) =>
  computeQuestionSnapshot({
    config,
    rule,
    eligible: values.length,
    minGroupSize: 3,
    answers: answers(values),
    ...extra,
  });

const allocation: QuestionConfig = {
  kind: "allocation",
  scenarioSetId: 1,
  scenarios: [
    { id: 1, title: "A" },
    { id: 2, title: "B" },
  ],
};

describe("decidingMeasure (correction 3)", () => {
  it("is the largest IQR, the smallest share, the smallest W", () => {
    expect(decidingMeasure({ kind: "iqr-at-most", max: 1 }, [0.5, 2, 1])).toBe(2);
    expect(decidingMeasure({ kind: "share-in-band", low: 0, high: 1, minShare: 0.7 }, [0.9, 0.6, 1])).toBe(
      0.6,
    );
    expect(decidingMeasure({ kind: "kendall-at-least", min: 0.7 }, [0.8])).toBe(0.8);
    expect(decidingMeasure({ kind: "iqr-at-most", max: 1 }, [Number.NaN])).toBeNull();
  });

  it("allocation under share-in-band: the published share is the failing scenario's, not the best one's", () => {
    // Scenario A: shares 0.1–0.3 all inside [0, 0.3] → 100%; scenario B: 0.7–0.9, 3 of 5 inside → 60%.
    const rule: ConsensusRule = { kind: "share-in-band", low: 0, high: 0.3, minShare: 0.75 };
    const rows = [0.1, 0.2, 0.3, 0.25, 0.15].map((a) => ({ kind: "allocation" as const, p: [a, 1 - a] }));
    const s = snapshot(allocation, rule, rows);
    expect(s.consensus.met).toBe(false);
    // B's shares 0.9, 0.8, 0.7, 0.75, 0.85 are all outside [0, 0.3]: 0 inside; A: 5 of 5.
    expect(s.consensus.measure).toBe(0);
    expect(s.consensus.state).toBe("not-met");
  });

  it("ranking under share-in-band and iqr-at-most: the worst option decides", () => {
    const ranking: QuestionConfig = { kind: "ranking", options: ["x", "y", "z"] };
    const rows: AnswerValue[] = [
      [1, 2, 3],
      [1, 2, 3],
      [1, 3, 2],
      [1, 2, 3],
      [1, 3, 2],
    ].map((ranks) => ({ kind: "ranking", ranks }));
    // Share of ranks in [1, 1]: x 100%, y 0%, z 0% → the deciding share is 0, not 1.
    const share = snapshot(ranking, { kind: "share-in-band", low: 1, high: 1, minShare: 0.6 }, rows);
    expect(share.consensus.measure).toBe(0);
    expect(share.consensus.met).toBe(false);
    // IQR per option: x 0, y 1 (2,2,2,3,3), z 1 → the largest.
    const iqr = snapshot(ranking, { kind: "iqr-at-most", max: 1 }, rows);
    expect(iqr.consensus.measure).toBe(1);
    expect(iqr.consensus.met).toBe(true);
  });

  it("proposal under share-in-band: the dimension with the smallest share decides", () => {
    const config: ProposalConfig = {
      kind: "proposal",
      dimensions: [
        { key: "d", label: "D", min: 1, max: 5, minLabel: "", maxLabel: "" },
        { key: "f", label: "F", min: 1, max: 5, minLabel: "", maxLabel: "" },
      ],
    };
    const rows: AnswerValue[] = [
      [5, 5],
      [5, 1],
      [4, 2],
      [5, 4],
      [4, 5],
    ].map((ratings) => ({ kind: "proposal", ratings }));
    const s = snapshot(config, { kind: "share-in-band", low: 4, high: 5, minShare: 0.8 }, rows);
    // d: 5 of 5 in [4, 5]; f: 3 of 5.
    expect(s.consensus.measure).toBeCloseTo(0.6, 15);
    expect(s.consensus.met).toBe(false);
  });
});

describe("minimum respondents and response rate (correction 8)", () => {
  const rating: QuestionConfig = { kind: "rating", min: 1, max: 9, minLabel: "", maxLabel: "" };
  const rule: ConsensusRule = { kind: "iqr-at-most", max: 1 };
  const ratings = (rs: number[]): AnswerValue[] => rs.map((r) => ({ kind: "rating", r }));

  it("one answer has zero spread but is too few answers, not consensus", () => {
    const s = snapshot(rating, rule, ratings([7]));
    expect(s.consensus.measure).toBe(0);
    expect(s.consensus.met).toBe(false);
    expect(s.consensus.state).toBe("too-few-answers");
    expect(s.consensus.minimum).toEqual({ respondents: 5, responseRate: 0.7 });
  });

  it.each([
    ["binary", { kind: "binary" }, [0.5, 0.5, 0.5, 0.5].map((p) => ({ kind: "binary", p }))],
    [
      "quantity",
      { kind: "quantity", unit: "t" },
      [1, 1, 1, 1].map(() => ({ kind: "quantity", q: [0, 1, 2] })),
    ],
    ["allocation", allocation, [0.5, 0.5, 0.5, 0.5].map((a) => ({ kind: "allocation", p: [a, 1 - a] }))],
    [
      "ranking",
      { kind: "ranking", options: ["a", "b"] },
      [1, 1, 1, 1].map(() => ({ kind: "ranking", ranks: [1, 2] })),
    ],
  ] as [string, QuestionConfig, AnswerValue[]][])(
    "%s: four identical answers are too few under the default minimum of 5; five reach it",
    (_kind, config, values) => {
      const r: ConsensusRule =
        config.kind === "ranking" ? { kind: "kendall-at-least", min: 0.5 } : { kind: "iqr-at-most", max: 1 };
      const four = snapshot(config, r, values);
      expect(four.consensus.state).toBe("too-few-answers");
      expect(four.consensus.met).toBe(false);
      const five = snapshot(config, r, [...values, values[0] as AnswerValue]);
      expect(five.consensus.state).toBe("met");
      expect(five.consensus.met).toBe(true);
    },
  );

  it("the response rate counts: 5 of 8 eligible (62.5%) is below 70%", () => {
    const s = snapshot(rating, rule, ratings([7, 7, 7, 7, 7]), { eligible: 8 });
    expect(s.consensus.state).toBe("too-few-answers");
    expect(snapshot(rating, rule, ratings([7, 7, 7, 7, 7]), { eligible: 7 }).consensus.state).toBe("met");
    const lenient = snapshot(rating, rule, ratings([7, 7, 7, 7, 7]), {
      eligible: 8,
      minimum: { respondents: 5, responseRate: 0.5 },
    });
    expect(lenient.consensus.state).toBe("met");
  });

  it("a forum minimum below 3 is raised to 3; a higher one applies", () => {
    expect(consensusMinimum({ respondents: 1, responseRate: 0 })).toEqual({
      respondents: 3,
      responseRate: 0,
    });
    const two = snapshot(rating, rule, ratings([7, 7]), { minimum: { respondents: 1, responseRate: 0 } });
    expect(two.consensus.state).toBe("too-few-answers");
    const three = snapshot(rating, rule, ratings([7, 7, 7]), {
      minimum: { respondents: 2, responseRate: 0 },
    });
    expect(three.consensus.state).toBe("met");
    const strict = snapshot(rating, rule, ratings([7, 7, 7, 7, 7, 7]), {
      minimum: { respondents: 8, responseRate: 0 },
    });
    expect(strict.consensus.state).toBe("too-few-answers");
    expect(MIN_RESPONDENTS_FLOOR).toBe(3);
    expect(DEFAULT_MIN_RESPONDENTS).toBe(5);
  });

  it("a proposal below the minimum reports no dimension as agreed either", () => {
    const config: ProposalConfig = {
      kind: "proposal",
      dimensions: [
        { key: "d", label: "D", min: 1, max: 5, minLabel: "", maxLabel: "" },
        { key: "f", label: "F", min: 1, max: 5, minLabel: "", maxLabel: "" },
      ],
    };
    const s = snapshot(config, rule, [{ kind: "proposal", ratings: [4, 4] }]);
    expect(s.consensus.state).toBe("too-few-answers");
    expect(s.dimensions?.every((d) => d.consensus.met === false)).toBe(true);
    expect(s.dimensions?.[0]?.consensus.state).toBe("too-few-answers");
  });

  it("enoughAnswers compares n with the rate times eligible without rounding errors", () => {
    expect(enoughAnswers(7, 10, { respondents: 5, responseRate: 0.7 })).toBe(true);
    expect(enoughAnswers(6, 10, { respondents: 5, responseRate: 0.7 })).toBe(false);
    expect(enoughAnswers(5, 0, { respondents: 5, responseRate: 0.7 })).toBe(false);
  });

  it("snapshots stored before states existed: a one-answer 'met' reads as too few answers", () => {
    expect(storedConsensusState({ met: true }, 1)).toBe("too-few-answers");
    expect(storedConsensusState({ met: true }, 6)).toBe("met");
    expect(storedConsensusState({ met: false }, 6)).toBe("not-met");
    expect(storedConsensusState({ met: false, state: "too-few-answers" }, 9)).toBe("too-few-answers");
  });
});
