/**
 * Seeded percentile bootstrap (Efron & Tibshirani 1993, ch. 13). Hand-derivable: the mean of a resample
 * of [0, 1] is 0, ½ or 1 with probabilities ¼, ½, ¼.
 */
import { describe, expect, it } from "vitest";
import { bootstrapProbabilityPool } from "../../../src/domain/aggregation/index.js";
import { bootstrapInterval, mean } from "../../../src/domain/stats/index.js";

describe("bootstrapInterval", () => {
  it("mean of [0, 1]: the 95% interval is [0, 1], the 40% interval (30th–70th percentiles) [½, ½]", () => {
    expect(bootstrapInterval([0, 1], mean, { seed: 11, resamples: 4000 })).toMatchObject({
      lower: 0,
      upper: 1,
    });
    expect(bootstrapInterval([0, 1], mean, { seed: 11, resamples: 4000, level: 0.4 })).toMatchObject({
      lower: 0.5,
      upper: 0.5,
    });
  });

  it("the same seed gives the same interval; a constant sample gives a point", () => {
    const sample = [0.1, 0.35, 0.4, 0.8, 0.95];
    expect(bootstrapInterval(sample, mean, { seed: 42 })).toEqual(
      bootstrapInterval(sample, mean, { seed: 42 }),
    );
    expect(bootstrapInterval([0.4, 0.4], mean, { seed: 1 })).toMatchObject({ lower: 0.4, upper: 0.4 });
  });

  it("refuses an empty sample, a bad level and a bad seed", () => {
    expect(() => bootstrapInterval([], mean, { seed: 1 })).toThrow(RangeError);
    expect(() => bootstrapInterval([1], mean, { seed: 1, level: 1 })).toThrow(RangeError);
    expect(() => bootstrapInterval([1], mean, { seed: -1 })).toThrow(RangeError);
  });
});

describe("bootstrapProbabilityPool", () => {
  it("resamples experts, not forecasts of one expert: p 0 and 1 pooled by the mean give [0, 1]", () => {
    const got = bootstrapProbabilityPool(
      "mean",
      [
        { expert: "a", p: 0 },
        { expert: "b", p: 1 },
      ],
      {},
      { seed: 5, resamples: 4000 },
    );
    expect(got).toMatchObject({ lower: 0, upper: 1 });
  });
});
