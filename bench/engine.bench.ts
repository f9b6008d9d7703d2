/**
 * The pure engine at scale: pooling 10^6 binary forecasts by every method, the consensus summary of 10^5
 * ratings, and Kendall's W on 100 experts × 20 items. Inputs come from a fixed-seed generator.
 *
 * The recency-weighted median and quartiles are also timed alone (values and weights in, three levels
 * out) against Metaculus's algorithm (sort + cumulative weights) in TypeScript and, through bench/peer.py,
 * against Metaculus's numpy `weighted_percentile_2d` on the very same data (skipped without numpy).
 */
import { PROBABILITY_POOL_METHODS, poolProbabilities } from "../src/domain/aggregation/index.js";
import { latestForecasts } from "../src/domain/aggregation/latest-forecasts.js";
import { recencyWeightArray } from "../src/domain/aggregation/recency-weights.js";
import { evaluateConsensus, kendallW, summariseRatings } from "../src/domain/consensus/index.js";
import { weightedPercentilesUnchecked } from "../src/domain/stats/weighted-percentile.js";
import { type BenchRow, timeIt } from "./lib.js";
import { metaculusWeightedPercentiles, timeNumpyPeer } from "./metaculus.js";

/** The community prediction's levels, in the order the pool reads them: median, lower and upper quartile. */
const QUARTILES = [0.5, 0.25, 0.75];

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
  rows.push(...weightedPercentileRows(forecasts, rows));
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

/**
 * The recency-weighted median and quartiles of the pool's own input (every expert once, oldest first):
 * by the engine's selection, by Metaculus's sort in TypeScript, and by numpy (bench/peer.py), each checked
 * to give the same three numbers. The notes carry the ratios.
 */
function weightedPercentileRows(
  forecasts: readonly { expert: string; time: string; p: number }[],
  poolRows: readonly BenchRow[],
): BenchRow[] {
  const ps = Float64Array.from(forecasts, (f) => f.p);
  const w = recencyWeightArray(ps.length);
  const ours = weightedPercentilesUnchecked(ps, w, QUARTILES);
  const theirs = metaculusWeightedPercentiles(ps, w, QUARTILES);
  const same = (other: readonly number[]) => other.every((x, i) => Object.is(x, ours[i]));
  const rows: BenchRow[] = [
    timeIt("latestForecasts (10^6 experts, ISO times)", () => latestForecasts("bench", forecasts), 1000),
    timeIt("recencyWeights exp(√n − √N) (10^6)", () => recencyWeightArray(ps.length), 1000),
  ];
  const selection = timeIt(
    "weighted median + quartiles by selection (10^6)",
    () => weightedPercentilesUnchecked(ps, w, QUARTILES),
    1000,
  );
  const baseline = timeIt(
    "weighted median + quartiles, Metaculus sort in TS (10^6)",
    () => metaculusWeightedPercentiles(ps, w, QUARTILES),
    1000,
    same(theirs) ? "same result as selection" : `DIFFERENT result: ${theirs.join(", ")}`,
  );
  rows.push(selection, baseline);
  const notes = [`${ratio(baseline, selection)} faster than Metaculus's sort in TS`];
  const peer = timeNumpyPeer(ps, w, QUARTILES, 1000);
  if (peer.ok) {
    const numpy: BenchRow = {
      name: "weighted median + quartiles, numpy weighted_percentile_2d (10^6)",
      iterations: peer.iterations,
      msPerOp: peer.msPerOp,
      note: `bench/peer.py, numpy ${peer.numpy}; ${same(peer.result) ? "same result as selection" : `DIFFERENT result: ${peer.result.join(", ")}`}`,
    };
    rows.push(numpy);
    notes.push(`${ratio(numpy, selection)} faster than numpy`);
    const pool = poolRows.find((r) => r.name === "poolProbabilities recency-median (10^6)");
    if (pool)
      pool.note = `latest forecasts + recency weights + selection: ${(pool.msPerOp / numpy.msPerOp).toFixed(1)}× numpy's time for the percentiles alone`;
  } else {
    rows.push({
      name: "weighted median + quartiles, numpy weighted_percentile_2d (10^6)",
      iterations: 0,
      msPerOp: Number.NaN,
      note: peer.message,
    });
  }
  selection.note = notes.join("; ");
  return rows;
}

/** How many times faster `fast` is than `slow`, e.g. "4.2×". */
function ratio(slow: BenchRow, fast: BenchRow): string {
  return `${(slow.msPerOp / fast.msPerOp).toFixed(1)}×`;
}
