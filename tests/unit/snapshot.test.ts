import { describe, expect, it } from "vitest";
import type { ConsensusRule } from "../../src/domain/consensus/index.js";
import type { AnswerValue, QuestionConfig } from "../../src/domain/questions.js";
import {
  computeQuestionSnapshot,
  isPoolMethod,
  pooledValue,
  previousRoundOf,
  type SnapshotInput,
} from "../../src/domain/snapshot.js";
import { normaliseShares } from "../../src/domain/stats/sum-to-one.js";

const rule: ConsensusRule = { kind: "iqr-at-most", max: 0.2 };
const answer = (
  pseudonym: string,
  value: AnswerValue,
  extra: Partial<SnapshotInput["answers"][number]> = {},
): SnapshotInput["answers"][number] => ({
  pseudonym,
  institution: null,
  country: null,
  time: "2026-01-01T00:00:00.000Z",
  value,
  rationale: `why ${pseudonym}`,
  ...extra,
});
const binary = (ps: number[], extra: (i: number) => Partial<SnapshotInput["answers"][number]> = () => ({})) =>
  ps.map((p, i) => answer(`P${String.fromCharCode(69 - i)}`, { kind: "binary", p }, extra(i)));

describe("computeQuestionSnapshot", () => {
  it("binary: n, response rate, summary, sorted distribution, pools, responses by pseudonym", () => {
    const answers = binary([0.9, 0.1, 0.5, 0.7, 0.3]);
    const before = JSON.stringify(answers);
    const s = computeQuestionSnapshot({
      config: { kind: "binary" },
      rule,
      eligible: 10,
      minGroupSize: 3,
      answers,
    });
    expect(s.n).toBe(5);
    expect(s.eligible).toBe(10);
    expect(s.responseRate).toBe(0.5);
    expect(s.summary?.median).toBe(0.5);
    expect(s.summary?.q1).toBeLessThanOrEqual(s.summary!.median);
    expect(s.distribution).toEqual([0.1, 0.3, 0.5, 0.7, 0.9]);
    expect(s.pooled.median).toBe(0.5);
    expect(s.pooled.mean).toBeCloseTo(0.5, 12);
    expect(Object.keys(s.pooled).sort()).toEqual([
      "extremized",
      "geo-odds",
      "mean",
      "median",
      "recency-median",
    ]);
    expect(s.responses.map((r) => r.pseudonym)).toEqual(["PA", "PB", "PC", "PD", "PE"]);
    expect(JSON.stringify(answers)).toBe(before);
  });

  it("no answers: n = 0, no summary, no pools, consensus not met", () => {
    const s = computeQuestionSnapshot({
      config: { kind: "binary" },
      rule,
      eligible: 4,
      minGroupSize: 3,
      answers: [],
    });
    expect(s).toMatchObject({ n: 0, responseRate: 0, summary: null, distribution: [], pooled: {} });
    expect(s.consensus.met).toBe(false);
  });

  it("groups only at or above max(3, minimum), with medians", () => {
    const answers = binary([0.2, 0.4, 0.6, 0.7, 0.8, 0.9], (i) => ({
      institution: i < 3 ? "Alpha" : "Beta",
    }));
    const s = computeQuestionSnapshot({
      config: { kind: "binary" },
      rule,
      eligible: 6,
      minGroupSize: 1,
      answers,
    });
    expect(s.groups.institution).toEqual([
      { name: "Alpha", n: 3, median: 0.4 },
      { name: "Beta", n: 3, median: 0.8 },
    ]);
    const strict = computeQuestionSnapshot({
      config: { kind: "binary" },
      rule,
      eligible: 6,
      minGroupSize: 4,
      answers,
    });
    expect(strict.groups.institution).toEqual([]);
  });

  it("no group whose complement is 1 or 2 respondents (F3: it would narrow their answers)", () => {
    // Alpha 3, Beta 2: Alpha's median beside the distribution tells which values the two others gave.
    const answers = binary([0.2, 0.4, 0.6, 0.8, 0.9], (i) => ({ institution: i < 3 ? "Alpha" : "Beta" }));
    const s = computeQuestionSnapshot({
      config: { kind: "binary" },
      rule,
      eligible: 5,
      minGroupSize: 3,
      answers,
    });
    expect(s.groups.institution).toEqual([]);
  });

  it("quantities: the quantile average of 5/50/95", () => {
    const s = computeQuestionSnapshot({
      config: { kind: "quantity", unit: "km" },
      rule: { kind: "iqr-at-most", max: 10 },
      eligible: 2,
      minGroupSize: 3,
      answers: [
        answer("A", { kind: "quantity", q: [3, 6, 9] }),
        answer("B", { kind: "quantity", q: [1, 2, 3] }),
      ],
    });
    expect(s.pooled["quantile-average"]).toEqual([2, 4, 6]);
    expect(s.summary?.median).toBe(4);
    // Each expert's 5–95% range for readers' charts: sorted by the median, with no pseudonym (issue 18).
    expect(s.ranges).toEqual([
      [1, 2, 3],
      [3, 6, 9],
    ]);
  });

  it("quantities: the linear pool's 5/50/95 beside the quantile average", () => {
    // Hand-derived (Cooke 1991's mixture with 10% tails): range [0.2, 9.8]; at x = 3 A's CDF is 0.95 and
    // B's 0.05, so the pooled median is 3; ½[0.05 + 0.45(x − 1)] + ½·0.05(x − 0.2)/2.8 = 0.05 at x = 141/131;
    // ½[0.95 + 0.05(x − 3)/6.8] + ½[0.5 + 0.45(x − 6)/3] = 0.95 at x = 933/107.
    const s = computeQuestionSnapshot({
      config: { kind: "quantity", unit: "km" },
      rule: { kind: "iqr-at-most", max: 10 },
      eligible: 2,
      minGroupSize: 3,
      answers: [
        answer("A", { kind: "quantity", q: [1, 2, 3] }),
        answer("B", { kind: "quantity", q: [3, 6, 9] }),
      ],
    });
    const pool = s.pooled["linear-pool"] as number[];
    expect(pool).toHaveLength(3);
    expect(pool[0]).toBeCloseTo(141 / 131, 12);
    expect(pool[1]).toBeCloseTo(3, 12);
    expect(pool[2]).toBeCloseTo(933 / 107, 12);
  });

  it("founding-stage summaries only when the answers carry the flag and both groups reach the threshold", () => {
    const config: QuestionConfig = { kind: "binary" };
    const unflagged = computeQuestionSnapshot({
      config,
      rule,
      eligible: 6,
      minGroupSize: 3,
      answers: binary([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
    });
    expect("stages" in unflagged).toBe(false);
    const flagged = binary([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], (i) => ({ founding: i < 3 }));
    const s = computeQuestionSnapshot({ config, rule, eligible: 6, minGroupSize: 3, answers: flagged });
    expect(s.stages?.founding?.n).toBe(3);
    expect(s.stages?.all?.n).toBe(6);
    const few = computeQuestionSnapshot({
      config,
      rule,
      eligible: 6,
      minGroupSize: 3,
      answers: flagged.slice(0, 5),
    });
    expect(few.stages).toBeNull();
  });

  it("allocations: statistics per scenario and the allocation pools", () => {
    const config: QuestionConfig = {
      kind: "allocation",
      scenarioSetId: 1,
      scenarios: [
        { id: 1, title: "A" },
        { id: 2, title: "B" },
      ],
    };
    const s = computeQuestionSnapshot({
      config,
      rule,
      eligible: 2,
      minGroupSize: 3,
      answers: [
        answer("X", { kind: "allocation", p: [0.2, 0.8] }),
        answer("Y", { kind: "allocation", p: [0.4, 0.6] }),
      ],
    });
    expect(s.perOption?.map((o) => o.label)).toEqual(["A", "B"]);
    expect(s.perOption?.[0]?.distribution).toEqual([0.2, 0.4]);
    expect(s.pooled.mean).toEqual([expect.closeTo(0.3, 12), expect.closeTo(0.7, 12)]);
    expect(Object.keys(s.pooled).sort()).toEqual(["geo-pool", "mean", "recency-median"]);
  });

  it("stability against the previous round, paired by pseudonym (previousRoundOf keeps what it needs)", () => {
    const config: QuestionConfig = { kind: "binary" };
    const r1 = computeQuestionSnapshot({
      config,
      rule,
      eligible: 3,
      minGroupSize: 3,
      answers: binary([0.2, 0.5, 0.8]),
    });
    const previous = previousRoundOf(1, r1);
    expect(previous).toMatchObject({ roundNumber: 1, q1: r1.summary?.q1, q3: r1.summary?.q3 });
    const r2 = computeQuestionSnapshot({
      config,
      rule,
      eligible: 3,
      minGroupSize: 3,
      answers: binary([0.4, 0.5, 0.6]),
      previous,
    });
    expect(r2.stability?.previousRound).toBe(1);
    expect(r2.stability?.n).toBe(3);
    expect(r2.stability?.iqrChange).toBeLessThan(0);
  });
});

describe("pooledValue", () => {
  const allocation = computeQuestionSnapshot({
    config: {
      kind: "allocation",
      scenarioSetId: 1,
      scenarios: [
        { id: 1, title: "A" },
        { id: 2, title: "B" },
      ],
    },
    rule,
    eligible: 2,
    minGroupSize: 3,
    answers: [
      answer("X", { kind: "allocation", p: [0.2, 0.8] }),
      answer("Y", { kind: "allocation", p: [0.4, 0.6] }),
    ],
  });
  const yesNo = computeQuestionSnapshot({
    config: { kind: "binary" },
    rule,
    eligible: 3,
    minGroupSize: 3,
    answers: binary([0.2, 0.5, 0.8]),
  });

  it.each([
    ["median", [0.3, 0.7]],
    ["geo-odds", "geo-pool"],
    ["mean", "mean"],
    ["recency-median", "recency-median"],
  ] as const)("allocation %s", (method, expected) => {
    const v = pooledValue(allocation, method);
    if (typeof expected === "string") expect(v).toEqual(allocation.pooled[expected]);
    else expect(v).toEqual(expected.map((x) => expect.closeTo(x, 12)));
  });

  it("yes/no: the stored number; a method the snapshot does not hold is null", () => {
    expect(pooledValue(yesNo, "median")).toEqual([0.5]);
    expect(pooledValue(yesNo, "geo-odds")).toEqual([yesNo.pooled["geo-odds"]]);
    expect(pooledValue(yesNo, "track-record")).toBeNull();
    expect(pooledValue(allocation, "track-record")).toBeNull();
  });

  it("isPoolMethod accepts the names only", () => {
    expect(isPoolMethod("geo-odds")).toBe(true);
    expect(isPoolMethod("geo-pool")).toBe(false);
    expect(isPoolMethod(undefined)).toBe(false);
  });
});

describe("normaliseShares", () => {
  it("rescales per-scenario medians to add up to exactly 1 (the demo's 20 + 50 + 20 + 15 = 105%)", () => {
    const out = normaliseShares([0.2, 0.5, 0.2, 0.15])!;
    expect(out.reduce((a, b) => a + b, 0)).toBe(1);
    expect(out[0]).toBeCloseTo(0.2 / 1.05, 15);
    expect(out[1]).toBeCloseTo(0.5 / 1.05, 15);
    for (let i = 0; i < 200; i++) {
      const xs = Array.from(
        { length: 2 + (i % 7) },
        (_, k) => ((i * 7919 + k * 104729) % 1000) / 1000 + 0.001,
      );
      expect(normaliseShares(xs)!.reduce((a, b) => a + b, 0)).toBe(1);
    }
  });

  it("has nothing to rescale without values or with a non-positive sum", () => {
    expect(normaliseShares(null)).toBeNull();
    expect(normaliseShares([])).toBeNull();
    expect(normaliseShares([0, 0])).toBeNull();
    expect(normaliseShares([0.5, Number.NaN])).toBeNull();
    expect(normaliseShares([0.5, -0.1])).toBeNull();
  });
});
