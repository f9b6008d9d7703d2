/**
 * How firm each headline number of a snapshot is: a seeded percentile bootstrap interval (Efron &
 * Tibshirani 1993, ch. 13; src/domain/stats/bootstrap.ts) for every value a reader can be shown — a yes/no
 * question's pool by each stored method, each scenario's share (the rescaled medians and each stored
 * pool), and the median of a quantity or rating. The panel's current answers are resampled with
 * replacement and the same statistic is recomputed on each resample; the interval says where the headline
 * would likely be had the panel been drawn differently. It is computed once, when the snapshot is frozen,
 * with a fixed seed, so the dashboard, the results API and `analyse round` give the same bounds.
 *
 * A resample keeps the answers in submission order (the recency-weighted pools depend on it): each draw
 * is sorted by the answer's position before pooling. Each method is computed by the same rule as its pool
 * (poolProbabilities, poolAllocations), directly on typed arrays: a round of 40 questions × 300 experts
 * closes without a noticeable wait.
 *
 * Worked example (hand-derivable): two answers 0 and 1, pooled by the mean, resample to 0, ½ or 1 with
 * probabilities ¼, ½, ¼; the 95% interval is [0, 1].
 */
import { communityPredictionMultipleChoice, DEFAULT_EXTREMIZING_D } from "./aggregation/index.js";
import { clampedLogit, logistic } from "./aggregation/log-odds.js";
import { columnMeans, geometricPool } from "./aggregation/pool-allocations.js";
import { recencyWeightArray, recencyWeights } from "./aggregation/recency-weights.js";
import { bootstrapIntervals } from "./stats/bootstrap.js";
import { medianBySelection } from "./stats/median.js";
import { normaliseShares, sumToOne } from "./stats/sum-to-one.js";
import { weightedPercentilesUnchecked } from "./stats/weighted-percentile.js";

/** The resampling behind every stored interval. */
export const HEADLINE_BOOTSTRAP = { seed: 1, resamples: 500, level: 0.95 } as const;

export type HeadlineIntervals = {
  level: number;
  resamples: number;
  seed: number;
  /**
   * [lower, upper] per component (one for a yes/no question, quantity or rating; one per scenario), keyed
   * by the snapshot's pooled-method names ("median" is the rescaled per-scenario medians for allocations).
   */
  byMethod: Record<string, [number, number][]>;
};

/**
 * Resamples the answers' positions once and computes every method's components on each resample
 * (`statistic` gets the drawn positions in ascending order, so submission order is kept), then splits the
 * percentile intervals per method. One set of draws serves all methods, and no answer is copied.
 */
function intervalsByMethod(
  n: number,
  methods: readonly { name: string; size: number }[],
  statistic: (positions: Int32Array) => number[],
): Record<string, [number, number][]> {
  const sample = Array.from({ length: n }, (_, i) => i);
  const positions = new Int32Array(n);
  const counts = new Int32Array(n);
  const all = bootstrapIntervals(
    sample,
    (draw) => {
      // A counting sort of the drawn positions: O(n), the order of submission.
      counts.fill(0);
      for (let i = 0; i < n; i++) {
        const d = draw[i] as number;
        counts[d] = (counts[d] as number) + 1;
      }
      let k = 0;
      for (let j = 0; j < n; j++) for (let c = counts[j] as number; c > 0; c--) positions[k++] = j;
      return statistic(positions);
    },
    HEADLINE_BOOTSTRAP,
  );
  const out: Record<string, [number, number][]> = {};
  let at = 0;
  for (const m of methods) {
    out[m.name] = all.slice(at, at + m.size).map((b): [number, number] => [b.lower, b.upper]);
    at += m.size;
  }
  return out;
}

/** In the order the statistics below return them. */
const BINARY_METHODS = ["median", "mean", "geo-odds", "recency-median", "extremized"] as const;
const ALLOCATION_METHODS = ["mean", "geo-pool", "recency-median"] as const;

/** The level read by a recency-weighted median. */
const MEDIAN_LEVEL = [0.5];

/**
 * The intervals of a question's headline numbers; null with fewer than two answers (a resample of one
 * answer is that answer) or for kinds without a headline number (rankings, proposals).
 *
 * @example headlineIntervals({ kind: "binary", ps: [0, 1] }).byMethod.mean // [[0, 1]]
 */
export function headlineIntervals(
  input:
    | { kind: "binary"; ps: readonly number[] }
    | { kind: "allocation"; vectors: readonly (readonly number[])[] }
    | { kind: "scalar"; values: readonly number[] },
): HeadlineIntervals | null {
  if (input.kind === "binary") {
    const n = input.ps.length;
    if (n < 2) return null;
    const ps = Float64Array.from(input.ps);
    const logits = ps.map(clampedLogit);
    const weights = recencyWeightArray(n);
    const draw = new Float64Array(n);
    const byMethod = intervalsByMethod(
      n,
      BINARY_METHODS.map((name) => ({ name, size: 1 })),
      (at) => {
        let sum = 0;
        let logit = 0;
        for (let i = 0; i < n; i++) {
          const j = at[i] as number;
          draw[i] = ps[j] as number;
          sum += ps[j] as number;
          logit += logits[j] as number;
        }
        // The same rules as poolProbabilities' median, mean, geo-odds, recency-median and extremized.
        return [
          medianBySelection(draw),
          sum / n,
          logistic(logit / n),
          weightedPercentilesUnchecked(draw, weights, MEDIAN_LEVEL)[0] as number,
          logistic(DEFAULT_EXTREMIZING_D * (logit / n)),
        ];
      },
    );
    return { ...HEADLINE_BOOTSTRAP, byMethod };
  }
  if (input.kind === "allocation") {
    const vectors = input.vectors;
    const n = vectors.length;
    if (n < 2) return null;
    const K = (vectors[0] as readonly number[]).length;
    const weights = recencyWeights(n);
    const rows: (readonly number[])[] = new Array(n);
    const column = new Float64Array(n);
    const byMethod = intervalsByMethod(
      n,
      ["median", ...ALLOCATION_METHODS].map((name) => ({ name, size: K })),
      (at) => {
        for (let i = 0; i < n; i++) rows[i] = vectors[at[i] as number] as readonly number[];
        const medians = Array.from({ length: K }, (_, k) => {
          for (let i = 0; i < n; i++) column[i] = (rows[i] as readonly number[])[k] as number;
          return medianBySelection(column);
        });
        return [
          // The shares a reader is shown (shownValues); uniform when every median is 0.
          ...(normaliseShares(medians) ?? medians.map(() => 1 / K)),
          ...sumToOne(columnMeans(rows)),
          ...sumToOne(geometricPool(rows)),
          ...sumToOne(communityPredictionMultipleChoice(rows, weights).value),
        ];
      },
    );
    return { ...HEADLINE_BOOTSTRAP, byMethod };
  }
  const values = Float64Array.from(input.values);
  const n = values.length;
  if (n < 2) return null;
  const draw = new Float64Array(n);
  const byMethod = intervalsByMethod(n, [{ name: "median", size: 1 }], (at) => {
    for (let i = 0; i < n; i++) draw[i] = values[at[i] as number] as number;
    return [medianBySelection(draw)];
  });
  return { ...HEADLINE_BOOTSTRAP, byMethod };
}
