/**
 * The Metaculus unit-test vectors (community prediction, recency weights, multiple choice), read in place from
 * ../shared/reference/forecasting/metaculus-vectors.json; skipped with a message when the folder is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  communityPredictionMultipleChoice,
  poolAllocations,
  poolProbabilities,
  recencyWeights,
} from "../../../src/domain/aggregation/index.js";

const FILE = new URL("../../../../shared/reference/forecasting/metaculus-vectors.json", import.meta.url);
const present = existsSync(FILE);

type Vectors = {
  recencyWeightedMedian: { pYesOldestToNewest: number[]; value: number; lower: number; upper: number }[];
  recencyWeights: { N3: number[]; N4: number[] };
  unweightedMultipleChoice: { forecasts: number[][]; value: number[]; mean: number[] };
};
const vectors: Vectors | null = present ? (JSON.parse(readFileSync(FILE, "utf8")) as Vectors) : null;

describe.skipIf(!present)(`Metaculus vectors (${FILE.pathname})`, () => {
  const v = vectors as Vectors;
  it.each(v?.recencyWeightedMedian ?? [])(
    "recency-median of $pYesOldestToNewest is $value ($lower..$upper)",
    ({ pYesOldestToNewest, value, lower, upper }) => {
      // Times make the oldest-to-newest order explicit.
      const forecasts = pYesOldestToNewest.map((p, i) => ({
        expert: `e${i}`,
        time: `2026-01-0${i + 1}T00:00:00Z`,
        p,
      }));
      const got = poolProbabilities("recency-median", forecasts);
      expect(got.n).toBe(pYesOldestToNewest.length);
      expect(got.value).toBeCloseTo(value, 12);
      expect(got.lower).toBeCloseTo(lower, 12);
      expect(got.upper).toBeCloseTo(upper, 12);
    },
  );

  it.each([3, 4] as const)("recency weights for N = %i", (N) => {
    const expected = N === 3 ? v.recencyWeights.N3 : v.recencyWeights.N4;
    recencyWeights(N).forEach((w, i) => void expect(w).toBeCloseTo(expected[i] as number, 7));
  });

  it("unweighted multiple choice community prediction and mean", () => {
    const { forecasts, value, mean } = v.unweightedMultipleChoice;
    communityPredictionMultipleChoice(forecasts).value.forEach(
      (x, i) => void expect(x).toBeCloseTo(value[i] as number, 14),
    );
    const pooled = poolAllocations(
      "mean",
      forecasts.map((p, i) => ({ expert: `e${i}`, p })),
    );
    pooled.value.forEach((x, i) => void expect(x).toBeCloseTo(mean[i] as number, 14));
  });
});
if (!present) it.skip(`reference vectors missing: ${FILE.pathname}`, () => {});

describe("Metaculus vectors quoted in forecasting.md §1.8 (repo tests)", () => {
  it("unweighted MC lower/upper are the 25th/75th percentiles rescaled by CP/median", () => {
    const got = communityPredictionMultipleChoice([
      [0.6, 0.15, 0.25],
      [0.6, 0.25, 0.15],
      [0.4, 0.35, 0.25],
    ]);
    [0.3635976906715284, 0.1363810391978122, 0.1363810391978122].forEach(
      (x, i) => void expect(got.lower[i]).toBeCloseTo(x, 14),
    );
    [0.5453965360072925, 0.3182224247948951, 0.22730173199635367].forEach(
      (x, i) => void expect(got.upper[i]).toBeCloseTo(x, 14),
    );
  });

  it("recency-weighted MC of two forecasts is [0.6, 0.2, 0.2]", () => {
    const got = poolAllocations("recency-median", [
      { expert: "a", p: [0.6, 0.15, 0.25] },
      { expert: "b", p: [0.6, 0.25, 0.15] },
    ]);
    got.value.forEach((x, i) => void expect(x).toBeCloseTo([0.6, 0.2, 0.2][i] as number, 14));
    expect(got.lower?.map((x) => Number(x.toFixed(12)))).toEqual([0.6, 0.15, 0.15]);
    expect(got.upper?.map((x) => Number(x.toFixed(12)))).toEqual([0.6, 0.25, 0.25]);
  });

  it("unweighted median of [0.9, 0.7, 0.6] is 0.7", () => {
    expect(
      poolProbabilities(
        "median",
        [0.9, 0.7, 0.6].map((p, i) => ({ expert: `e${i}`, p })),
      ).value,
    ).toBe(0.7);
  });
});
