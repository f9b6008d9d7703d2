/**
 * The pure engine at scale: pooling 10^6 binary forecasts by every method, the consensus summary of 10^5
 * ratings, and Kendall's W on 100 experts × 20 items. Inputs come from a fixed-seed generator.
 */
import { PROBABILITY_POOL_METHODS, poolProbabilities } from "../src/domain/aggregation/index.js";
import { evaluateConsensus, kendallW, summariseRatings } from "../src/domain/consensus/index.js";
import { type BenchRow, timeIt } from "./lib.js";

/** mulberry32: a small deterministic generator, so every run times the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export default async function engineBench(): Promise<BenchRow[]> {
  const rand = random(42);
  const start = Date.UTC(2026, 0, 1);
  const forecasts = Array.from({ length: 1_000_000 }, (_, i) => ({
    expert: `e${i}`,
    time: new Date(start + i * 1000).toISOString(),
    p: rand(),
    weight: 1 + rand(),
  }));
  const rows: BenchRow[] = PROBABILITY_POOL_METHODS.map((method) =>
    timeIt(`poolProbabilities ${method} (10^6)`, () => poolProbabilities(method, forecasts), 1000),
  );
  const ratings = Array.from({ length: 100_000 }, () => 1 + Math.floor(rand() * 9));
  const previous = ratings.map((r) => Math.min(9, Math.max(1, r + Math.round(rand() * 2 - 1))));
  rows.push(
    timeIt("summariseRatings (10^5, with previous)", () =>
      summariseRatings({ scale: [1, 9], band: [7, 9], ratings, previous }),
    ),
    timeIt("evaluateConsensus iqr-at-most (10^5)", () =>
      evaluateConsensus({ kind: "iqr-at-most", max: 1 }, ratings),
    ),
  );
  const rankings = Array.from({ length: 100 }, () => {
    const scores = Array.from({ length: 20 }, (_, k) => k + rand() * 8);
    return scores;
  });
  rows.push(timeIt("kendallW (100 × 20)", () => kendallW(rankings)));
  return rows;
}
