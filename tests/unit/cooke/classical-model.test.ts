import { describe, expect, it } from "vitest";
import { type CookeInput, classicalModel } from "../../../src/domain/cooke/index.js";
import { randomStudy, smallStudy } from "./fixtures.js";

const frozenCopy = (input: CookeInput): string => JSON.stringify(input);

describe("classicalModel: weight types", () => {
  it("equal weights give every expert 1/E and ignore calibration", () => {
    const result = classicalModel(smallStudy(), { weights: "equal", alpha: 0 });
    expect(result.experts.map((e) => e.weight)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("user weights are normalised; an expert with weight 1 is the DM", () => {
    const input = smallStudy();
    const result = classicalModel(input, { weights: "user", alpha: 0, userWeights: [2, 0, 0] });
    expect(result.experts.map((e) => e.weight)).toEqual([1, 0, 0]);
    expect(result.decisionMaker.items.inflation![0]).toBeCloseTo(3, 12);
    expect(result.decisionMaker.items.inflation![1]).toBeCloseTo(4.5, 12);
    expect(result.decisionMaker.items.cases![1]).toBeCloseTo(1000, 9);
    expect(result.decisionMaker.calibration).toBeCloseTo(result.experts[0]!.calibration, 12);
    expect(result.decisionMaker.informationAll).toBeCloseTo(result.experts[0]!.informationAll, 12);
  });

  it("global weights are ∝ calibration × seed information above alpha, and sum to 1", () => {
    const result = classicalModel(smallStudy(), { weights: "global", alpha: 0 });
    const raw = result.experts.map((e) => e.calibration * e.informationSeeds);
    const total = raw.reduce((a, b) => a + b, 0);
    for (const [i, e] of result.experts.entries()) expect(e.weight).toBeCloseTo(raw[i]! / total, 14);
  });

  it("an alpha above an expert's calibration removes that expert", () => {
    const all = classicalModel(smallStudy(), { weights: "global", alpha: 0 });
    const sorted = all.experts.map((e) => e.calibration).sort((a, b) => a - b);
    const result = classicalModel(smallStudy(), { weights: "global", alpha: sorted[1]! });
    for (const e of result.experts) expect(e.weight! > 0).toBe(e.calibration >= sorted[1]!);
  });

  it("item weights report no per-expert weight", () => {
    const result = classicalModel(smallStudy(), { weights: "item", alpha: 0 });
    expect(result.experts.map((e) => e.weight)).toEqual([null, null, null]);
  });

  it("an unanswered item is left to the experts who answered it", () => {
    const result = classicalModel(smallStudy(), { weights: "user", alpha: 0, userWeights: [0, 1, 0] });
    // "south west" skipped the target, so the DM has nobody weighted there
    expect(result.decisionMaker.items.target).toBeNull();
    const equal = classicalModel(smallStudy(), { weights: "equal", alpha: 0 });
    expect(equal.decisionMaker.items.target).toHaveLength(3);
  });
});

describe("classicalModel: alpha", () => {
  it("optimise picks one expert's calibration and the best DM among them", () => {
    const input = randomStudy(12, 20, 10, 7);
    const best = classicalModel(input, { weights: "global", alpha: "optimise" });
    const calibrations = best.experts.map((e) => e.calibration);
    expect(calibrations).toContain(best.alpha);
    const value = (r: typeof best) =>
      r.decisionMaker.calibration >= r.alpha
        ? r.decisionMaker.calibration * r.decisionMaker.informationSeeds
        : 0;
    for (const alpha of calibrations) {
      expect(value(classicalModel(input, { weights: "global", alpha }))).toBeLessThanOrEqual(
        value(best) + 1e-15,
      );
    }
    expect(classicalModel(input, { weights: "global", alpha: best.alpha })).toEqual(best);
  });

  it("optimise works with item weights", () => {
    const result = classicalModel(randomStudy(8, 12, 8, 3), { weights: "item", alpha: "optimise" });
    expect(result.experts.map((e) => e.calibration)).toContain(result.alpha);
  });

  it("an alpha that excludes every expert throws a RangeError", () => {
    for (const weights of ["global", "item"] as const)
      expect(() => classicalModel(smallStudy(), { weights, alpha: 1 })).toThrow(/excludes every expert/);
  });

  it("optimise is refused for equal and user weights", () => {
    expect(() => classicalModel(smallStudy(), { weights: "equal", alpha: "optimise" })).toThrow(RangeError);
  });
});

describe("classicalModel: invariants", () => {
  it("does not mutate its input", () => {
    const input = randomStudy(6, 10, 6, 11);
    const before = frozenCopy(input);
    classicalModel(input, { weights: "global", alpha: "optimise" });
    classicalModel(input, { weights: "item", alpha: 0 });
    classicalModel(input, { weights: "user", alpha: 0, userWeights: [1, 2, 3, 4, 5, 6] });
    expect(frozenCopy(input)).toBe(before);
  });

  it("does not depend on the order of the experts", () => {
    const input = randomStudy(6, 10, 6, 5);
    const order = [3, 0, 5, 1, 4, 2];
    const shuffled: CookeInput = {
      ...input,
      experts: order.map((e) => input.experts[e]!),
      assessments: order.map((e) => input.assessments[e]!),
    };
    const a = classicalModel(input, { weights: "global", alpha: 0 });
    const b = classicalModel(shuffled, { weights: "global", alpha: 0 });
    expect(b.decisionMaker.calibration).toBeCloseTo(a.decisionMaker.calibration, 12);
    expect(b.decisionMaker.informationAll).toBeCloseTo(a.decisionMaker.informationAll, 12);
    order.forEach((e, i) => {
      const [x, y] = [b.experts[i]!, a.experts[e]!];
      expect(x.id).toBe(y.id);
      expect(x.calibration).toBe(y.calibration);
      expect(x.informationAll).toBe(y.informationAll);
      expect(x.weight).toBeCloseTo(y.weight!, 14);
    });
  });

  it("calpower scales the χ² statistic: 0.5 raises every calibration below 1", () => {
    const full = classicalModel(smallStudy(), { weights: "equal", alpha: 0 });
    const half = classicalModel(smallStudy(), { weights: "equal", alpha: 0, calpower: 0.5 });
    for (const [i, e] of full.experts.entries())
      expect(half.experts[i]!.calibration).toBeGreaterThanOrEqual(e.calibration);
  });

  it("a wider overshoot raises every information score by about ln of the range ratio", () => {
    const a = classicalModel(smallStudy(), { weights: "equal", alpha: 0, overshoot: 0.1 });
    const b = classicalModel(smallStudy(), { weights: "equal", alpha: 0, overshoot: 0.5 });
    for (const [i, e] of a.experts.entries())
      expect(b.experts[i]!.informationAll).toBeGreaterThan(e.informationAll);
  });
});

describe("classicalModel: invalid input", () => {
  const cases: [string, (input: CookeInput) => CookeInput, RegExp][] = [
    ["levels not increasing", (i) => ({ ...i, quantileLevels: [0.5, 0.05, 0.95] }), /strictly increasing/],
    ["a level of 1", (i) => ({ ...i, quantileLevels: [0.05, 0.5, 1] }), /not in \(0, 1\)/],
    [
      "quantiles not increasing",
      (i) => ({ ...i, assessments: [[[3, 2, 1], ...i.assessments[0]!.slice(1)], ...i.assessments.slice(1)] }),
      /strictly increasing/,
    ],
    [
      "wrong count of quantiles",
      (i) => ({ ...i, assessments: [[[1, 2], ...i.assessments[0]!.slice(1)], ...i.assessments.slice(1)] }),
      /expected 3 quantiles/,
    ],
    ["a missing expert row", (i) => ({ ...i, assessments: i.assessments.slice(1) }), /assessment rows/],
    [
      "duplicate item ids",
      (i) => ({ ...i, items: i.items.map((item) => ({ ...item, id: "same" })) }),
      /duplicate item id/,
    ],
    [
      "unknown scale",
      (i) => ({ ...i, items: i.items.map((item) => ({ ...item, scale: "exp" as "uni" })) }),
      /unknown scale/,
    ],
    [
      "no seed",
      (i) => ({ ...i, items: i.items.map((item) => ({ ...item, realisation: null })) }),
      /no seed item/,
    ],
    [
      "LOG item at 0",
      (i) => ({ ...i, items: i.items.map((item, j) => (j === 2 ? { ...item, realisation: 0 } : item)) }),
      /LOG item/,
    ],
  ];
  it.each(cases)("%s throws a RangeError naming classicalModel", (_, mutate, message) => {
    const call = () => classicalModel(mutate(smallStudy()), { weights: "equal", alpha: 0 });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it("rejects bad options", () => {
    const input = smallStudy();
    expect(() => classicalModel(input, { weights: "best" as "global", alpha: 0 })).toThrow(/unknown weights/);
    expect(() => classicalModel(input, { weights: "global", alpha: -0.1 })).toThrow(/alpha/);
    expect(() => classicalModel(input, { weights: "user", alpha: 0 })).toThrow(/user weights/);
    expect(() => classicalModel(input, { weights: "user", alpha: 0, userWeights: [1, -1, 1] })).toThrow(
      />= 0/,
    );
    expect(() => classicalModel(input, { weights: "user", alpha: 0, userWeights: [0, 0, 0] })).toThrow(
      /zero/,
    );
    expect(() => classicalModel(input, { weights: "equal", alpha: 0, overshoot: 0 })).toThrow(/overshoot/);
    expect(() => classicalModel(input, { weights: "equal", alpha: 0, calpower: 0 })).toThrow(/calpower/);
  });

  it("throws a TypeError for a non-object", () => {
    expect(() => classicalModel(null as unknown as CookeInput, { weights: "equal", alpha: 0 })).toThrow(
      TypeError,
    );
  });
});
