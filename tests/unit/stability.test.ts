import { describe, expect, it } from "vitest";
import type { AnswerValue, QuestionConfig } from "../../src/domain/questions.js";
import { agreementBand, computeStability } from "../../src/domain/stability.js";

const rating: QuestionConfig = { kind: "rating", min: 1, max: 9, minLabel: "low", maxLabel: "high" };
const iqr = { kind: "iqr-at-most", max: 1 } as const;
const p = (pseudonym: string, x: number): { pseudonym: string; value: AnswerValue } => ({
  pseudonym,
  value: { kind: "binary", p: x },
});

describe("agreementBand", () => {
  it.each([
    [2, [1, 3]],
    [5, [4, 6]],
    [8, [7, 9]],
    [9, [7, 9]],
  ] as const)("a 1–9 rating with median %d lies in the RAND/UCLA region %j", (median, band) => {
    expect(agreementBand(rating, iqr, median)).toEqual(band);
  });

  it("a share-in-band rule gives its own band; other kinds under an IQR rule have none", () => {
    expect(
      agreementBand({ kind: "binary" }, { kind: "share-in-band", low: 0.6, high: 1, minShare: 70 }, 0.5),
    ).toEqual([0.6, 1]);
    expect(agreementBand({ kind: "binary" }, iqr, 0.5)).toBeNull();
    expect(agreementBand(rating, iqr, null)).toBeNull();
  });
});

describe("computeStability", () => {
  const previous = { roundNumber: 1, responses: [p("a", 0.2), p("b", 0.5), p("c", 0.8)], q1: 0.3, q3: 0.7 };

  it("pairs by pseudonym and counts category changes against the previous IQR", () => {
    const current = [p("a", 0.4), p("b", 0.5), p("c", 0.9), p("d", 0.1)];
    const s = computeStability({ kind: "binary" }, previous, current, null);
    expect(s).toMatchObject({ previousRound: 1, n: 3, band: [0.3, 0.7], wChange: null });
    // a moved from below the band into it; b stayed inside, c stayed above.
    expect(s?.changed).toBeCloseTo(1 / 3, 12);
    expect(s?.iqrChange).toBeLessThanOrEqual(0);
  });

  it("the previous agreement band wins over its quartiles", () => {
    const s = computeStability(
      { kind: "binary" },
      { ...previous, agreementBand: [0, 0.45] },
      [p("a", 0.5)],
      null,
    );
    expect(s?.band).toEqual([0, 0.45]);
    expect(s?.changed).toBe(1);
  });

  it("no common expert, or an allocation: null; a ranking: the change of W", () => {
    expect(computeStability({ kind: "binary" }, previous, [p("z", 0.5)], null)).toBeNull();
    expect(
      computeStability(
        { kind: "allocation", scenarioSetId: 1, scenarios: [] },
        previous,
        [p("a", 0.5)],
        null,
      ),
    ).toBeNull();
    const ranked = computeStability(
      { kind: "ranking", options: ["x", "y"] },
      { ...previous, W: 0.25 },
      [p("a", 0)],
      0.75,
    );
    expect(ranked).toMatchObject({ n: 1, wChange: 0.5, changed: null, iqrChange: null });
  });

  it("does not touch its inputs", () => {
    const current = [p("a", 0.4)];
    const before = JSON.stringify([previous, current]);
    computeStability({ kind: "binary" }, previous, current, null);
    expect(JSON.stringify([previous, current])).toBe(before);
  });
});
