/**
 * What issue 15 added to a question's snapshot: paired tests between rounds (Wilcoxon's signed-rank test on
 * the answers, McNemar's on yes/no leanings) and, for 1–9 ratings, the RAND/UCLA classic disagreement rule
 * and label, withheld below the forum's minimum of answers like the consensus verdict.
 */
import { describe, expect, it } from "vitest";
import { computeQuestionSnapshot } from "../../src/domain/snapshot.js";

type Config = Parameters<typeof computeQuestionSnapshot>[0]["config"];
const rule = { kind: "iqr-at-most", max: 0.2 } as const;

function snapshot(config: Config, values: unknown[], previous?: unknown[]) {
  const answers = values.map((value, i) => ({
    pseudonym: `P${i}`,
    institution: null,
    country: null,
    time: `2026-03-01T00:00:0${i % 10}Z`,
    value: value as never,
    rationale: "",
  }));
  return computeQuestionSnapshot({
    config,
    rule: rule as never,
    eligible: values.length,
    minGroupSize: 3,
    answers,
    previous: previous
      ? {
          roundNumber: 1,
          responses: previous.map((value, i) => ({ pseudonym: `P${i}`, value: value as never })),
          q1: 0.2,
          q3: 0.6,
        }
      : null,
  });
}

describe("paired tests between rounds in the snapshot", () => {
  it("yes/no: Wilcoxon on the probabilities, McNemar on the leanings (Kalaian & Kasim 2012)", () => {
    // Five experts all raise their probability; two of them cross 50% (b = 2 to yes, c = 0).
    const before = [0.1, 0.2, 0.3, 0.4, 0.45].map((p) => ({ kind: "binary", p }));
    const after = [0.2, 0.3, 0.35, 0.6, 0.55].map((p) => ({ kind: "binary", p }));
    const st = snapshot({ kind: "binary" }, after, before).stability!;
    // All five differences positive: W− = 0, exact two-sided p = 2/2⁵ = 0.0625.
    expect(st.wilcoxon).toMatchObject({ n: 5, wMinus: 0, p: 0.0625, exact: true });
    // b = 2, c = 0: exact binomial two-sided p = 2·(½)² = 0.5.
    expect(st.mcnemar).toMatchObject({ b: 2, c: 0, p: 0.5, exact: true });
  });
  it("ratings get Wilcoxon, not McNemar", () => {
    const st = snapshot(
      { kind: "rating", min: 1, max: 9, minLabel: "", maxLabel: "" },
      [5, 6, 7].map((r) => ({ kind: "rating", r })),
      [5, 5, 5].map((r) => ({ kind: "rating", r })),
    ).stability!;
    expect(st.wilcoxon?.n).toBe(2);
    expect(st.mcnemar).toBeNull();
  });
});

describe("RAND/UCLA label and classic rule for 1–9 ratings", () => {
  const config: Config = { kind: "rating", min: 1, max: 9, minLabel: "", maxLabel: "" };
  it("a panel of five in the top region with no disagreement is 'appropriate'", () => {
    const s = snapshot(
      config,
      [7, 8, 8, 9, 7].map((r) => ({ kind: "rating", r })),
    );
    expect(s.randUcla).toEqual({ classic: { n: 5, low: 0, high: 5, disagree: false }, label: "appropriate" });
  });
  it("a third or more at each end is the classic disagreement", () => {
    const s = snapshot(
      config,
      [1, 2, 5, 8, 9, 9].map((r) => ({ kind: "rating", r })),
    );
    expect(s.randUcla?.classic).toEqual({ n: 6, low: 2, high: 3, disagree: true });
  });
  it("is withheld below the forum's minimum of answers (one answer is not a verdict)", () => {
    const s = snapshot(config, [{ kind: "rating", r: 2 }]);
    expect(s.consensus.state).toBe("too-few-answers");
    expect(s.randUcla).toBeNull();
  });
});
