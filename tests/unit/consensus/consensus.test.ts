import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateConsensus,
  kendallW,
  randUclaDisagreement,
  stabilityBetweenRounds,
  summariseRatings,
} from "../../../src/domain/consensus/index.js";

describe("kendallW", () => {
  it("no ties: 3 experts, 4 items", () => {
    // R = [4, 6, 8, 12], R̄ = 7.5, S = 35; W = 12·35 / (3²·(4³ − 4)) = 420/540 = 7/9 (worked by hand)
    expect(
      kendallW([
        [1, 2, 3, 4],
        [2, 1, 3, 4],
        [1, 3, 2, 4],
      ]),
    ).toEqual({ m: 3, n: 4, W: 7 / 9, chi2: 7, df: 3 });
  });

  it("with ties, the corrected formula of Siegel & Castellan (1988) eq. 9.16", () => {
    // Worked by hand: rows [1,2,3,4], [1,2.5,2.5,4], [2,1,3,4]; R = [4, 5.5, 8.5, 12], R̄ = 7.5, S = 37.5;
    // ties: one pair in row 2 → T = 2³ − 2 = 6; W = 12·37.5 / (9·60 − 3·6) = 450/522 = 25/29; χ² = 3·3·W.
    const got = kendallW([
      [1, 2, 3, 4],
      [1, 2.5, 2.5, 4],
      [2, 1, 3, 4],
    ]);
    expect(got.W).toBeCloseTo(25 / 29, 14);
    expect(got.chi2).toBeCloseTo((9 * 25) / 29, 12);
    expect(got.df).toBe(3);
    // A competition ranking with ties is re-ranked with average ranks: [1, 2, 2, 4] reads as [1, 2.5, 2.5, 4].
    expect(
      kendallW([
        [1, 2, 3, 4],
        [1, 2, 2, 4],
        [2, 1, 3, 4],
      ]).W,
    ).toBeCloseTo(25 / 29, 14);
  });

  it("is 1 for identical rankings and 0 for perfectly opposed pairs", () => {
    expect(
      kendallW([
        [3, 1, 2],
        [3, 1, 2],
        [3, 1, 2],
      ]).W,
    ).toBe(1);
    expect(
      kendallW([
        [1, 2, 3, 4],
        [4, 3, 2, 1],
      ]).W,
    ).toBe(0);
  });

  it("stays in [0, 1] and ignores the order of experts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) =>
          fc.array(fc.array(fc.integer({ min: 1, max: n }), { minLength: n, maxLength: n }), {
            minLength: 2,
            maxLength: 6,
          }),
        ),
        (rows) => {
          fc.pre(!rows.every((r) => r.every((x) => x === r[0])));
          const { W } = kendallW(rows);
          expect(W).toBeGreaterThanOrEqual(-1e-12);
          expect(W).toBeLessThanOrEqual(1 + 1e-12);
          expect(kendallW([...rows].reverse()).W).toBeCloseTo(W, 12);
        },
      ),
    );
  });

  it("rejects bad input", () => {
    expect(() => kendallW([[1, 2, 3]])).toThrow(/kendallW/);
    expect(() =>
      kendallW([
        [1, 2],
        [1, 2, 3],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      kendallW([
        [1, 1],
        [2, 2],
      ]),
    ).toThrow(/undefined/);
    expect(() =>
      kendallW([
        [1, Number.NaN],
        [1, 2],
      ]),
    ).toThrow(RangeError);
  });
});

describe("RAND/UCLA disagreement (Fitch et al. 2001)", () => {
  // P30/P70 by type 7, worked by hand; IPRAS = 2.35 + 1.5·|(P30 + P70)/2 − 5|.
  it.each([
    // Polarised panel of 9: P30 = 1 + 0.4·4 = 2.6, P70 = 9 → IPR 6.4 > IPRAS 2.35 + 1.5·0.8 = 3.55
    { ratings: [1, 1, 1, 5, 9, 9, 9, 9, 9], ipr: 6.4, ipras: 3.55, disagree: true },
    // Agreement on appropriate: P30 = 7, P70 = 8 → IPR 1 ≤ 2.35 + 1.5·2.5 = 6.1
    { ratings: [7, 7, 7, 7, 8, 8, 8, 8, 9], ipr: 1, ipras: 6.1, disagree: false },
    // Centred spread: 1..9, P30 = 3.4, P70 = 6.6 → IPR 3.2 > 2.35 + 1.5·0 = 2.35
    { ratings: [1, 2, 3, 4, 5, 6, 7, 8, 9], ipr: 3.2, ipras: 2.35, disagree: true },
  ])("$ratings", ({ ratings, ipr, ipras, disagree }) => {
    const got = randUclaDisagreement(ratings);
    expect(got.ipr).toBeCloseTo(ipr, 12);
    expect(got.ipras).toBeCloseTo(ipras, 12);
    expect(got.disagree).toBe(disagree);
  });
});

describe("summariseRatings", () => {
  it("matches the contract's output", () => {
    expect(
      summariseRatings({ scale: [1, 9], band: [7, 9], ratings: [7, 8, 9, 3], previous: [5, 8, 9, 3] }),
    ).toEqual({
      n: 4,
      median: 7.5,
      q1: 6,
      q3: 8.25,
      iqr: 2.25,
      mean: 6.75,
      sd: Math.sqrt(20.75 / 3),
      cv: Math.sqrt(20.75 / 3) / 6.75,
      agreement: 0.75,
      disagreement: { ipr: 8.1 - 6.6, ipras: 2.35 + 1.5 * Math.abs((6.6 + 8.1) / 2 - 5), disagree: false },
      changed: 0.25,
      iqrChange: 2.25 - 3.75,
    });
  });

  it("reports no RAND/UCLA disagreement off the 1–9 scale", () => {
    expect(summariseRatings({ scale: [1, 5], band: [4, 5], ratings: [4, 5, 5] }).disagreement).toBeNull();
  });

  it("improves as ratings shrink toward the median", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ratings, t) => {
          const input = { scale: [1, 9] as const, band: [4, 6] as const, ratings };
          const before = summariseRatings(input);
          const m = before.median;
          const shrunk = ratings.map((r) => r + t * (m - r));
          const after = summariseRatings({ ...input, ratings: shrunk });
          expect(after.iqr).toBeLessThanOrEqual(before.iqr + 1e-9);
          if (m >= 4 && m <= 6) expect(after.agreement).toBeGreaterThanOrEqual(before.agreement);
          expect(ratings).toEqual(input.ratings);
        },
      ),
    );
  });

  it("rejects ratings outside the scale and a previous round of another size", () => {
    expect(() => summariseRatings({ scale: [1, 9], band: [7, 9], ratings: [10] })).toThrow(
      /summariseRatings.*outside/,
    );
    expect(() => summariseRatings({ scale: [1, 9], band: [7, 9], ratings: [] })).toThrow(RangeError);
    expect(() => summariseRatings({ scale: [1, 9], band: [7, 9], ratings: [1, 2], previous: [1] })).toThrow(
      RangeError,
    );
    expect(() => summariseRatings({ scale: [1, 9], band: [8, 10], ratings: [1] })).toThrow(RangeError);
  });
});

describe("evaluateConsensus", () => {
  it.each([
    { rule: { kind: "iqr-at-most", max: 1 }, values: [7, 8, 8, 9], met: true, measure: 0.5 },
    { rule: { kind: "iqr-at-most", max: 1 }, values: [1, 2, 3, 4], met: false, measure: 1.5 },
    { rule: { kind: "iqr-at-most", max: 1.5 }, values: [1, 2, 3, 4], met: true, measure: 1.5 }, // inclusive
    {
      rule: { kind: "share-in-band", low: 7, high: 9, minShare: 0.75 },
      values: [7, 8, 3, 9],
      met: true,
      measure: 0.75,
    },
    {
      rule: { kind: "share-in-band", low: 7, high: 9, minShare: 0.7 },
      values: [7, 8, 3, 2],
      met: false,
      measure: 0.5,
    },
  ] as const)("$rule on $values", ({ rule, values, met, measure }) => {
    expect(evaluateConsensus(rule, values)).toEqual({ met, measure });
  });

  it("does not flip on float rounding", () => {
    // IQR of [0.1, 0.2, 0.3, 0.4] is 0.3250000… − 0.175 ≈ 0.15000000000000002
    expect(evaluateConsensus({ kind: "iqr-at-most", max: 0.15 }, [0.1, 0.2, 0.3, 0.4]).met).toBe(true);
  });

  it("rejects an unknown or malformed rule and empty values", () => {
    expect(() => evaluateConsensus({ kind: "majority" } as never, [1])).toThrow(TypeError);
    expect(() => evaluateConsensus({ kind: "majority" } as never, [1])).toThrow(/evaluateConsensus/);
    expect(() => evaluateConsensus({ kind: "iqr-at-most", max: -1 }, [1])).toThrow(RangeError);
    expect(() => evaluateConsensus({ kind: "share-in-band", low: 3, high: 1, minShare: 0.5 }, [1])).toThrow(
      RangeError,
    );
    expect(() => evaluateConsensus({ kind: "iqr-at-most", max: 1 }, [])).toThrow(RangeError);
  });

  it("agreement grows and IQR shrinks as values move toward the median", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, t) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const m = sorted[Math.floor(sorted.length / 2)] as number;
          const shrunk = xs.map((x) => x + t * (m - x));
          const iqr = { kind: "iqr-at-most", max: 0.2 } as const;
          expect(evaluateConsensus(iqr, shrunk).measure).toBeLessThanOrEqual(
            evaluateConsensus(iqr, xs).measure + 1e-12,
          );
          const band = { kind: "share-in-band", low: m - 0.1, high: m + 0.1, minShare: 0.7 } as const;
          expect(evaluateConsensus(band, shrunk).measure).toBeGreaterThanOrEqual(
            evaluateConsensus(band, xs).measure,
          );
        },
      ),
    );
  });
});

describe("stabilityBetweenRounds", () => {
  it("pairs experts present in both rounds", () => {
    const got = stabilityBetweenRounds(
      [
        { expert: "a", value: 5 },
        { expert: "b", value: 9 },
        { expert: "gone", value: 1 },
      ],
      [
        { expert: "b", value: 8 },
        { expert: "a", value: 7 },
        { expert: "new", value: 1 },
      ],
      [7, 9],
    );
    // pairs (prev, curr): b (9, 8), a (5, 7); a moved below → inside: changed 1/2.
    // IQR prev [9, 5] = 8 − 6 = 2, curr [8, 7] = 7.75 − 7.25 = 0.5 → −1.5.
    expect(got).toMatchObject({ n: 2, changed: 0.5, iqrChange: -1.5 });
    const cvPrev = Math.sqrt(8) / 7;
    const cvCurr = Math.sqrt(0.5) / 7.5;
    expect(got.cvChange).toBeCloseTo(cvCurr - cvPrev, 12);
  });

  it("throws when nobody answered both rounds", () => {
    expect(() =>
      stabilityBetweenRounds([{ expert: "a", value: 1 }], [{ expert: "b", value: 1 }], [1, 2]),
    ).toThrow(/stabilityBetweenRounds/);
  });
});
