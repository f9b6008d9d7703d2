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
 * is sorted by the answer's position before pooling.
 *
 * Worked example (hand-derivable): two answers 0 and 1, pooled by the mean, resample to 0, ½ or 1 with
 * probabilities ¼, ½, ¼; the 95% interval is [0, 1].
 */
import {
  type AllocationPoolMethod,
  type ProbabilityPoolMethod,
  poolAllocations,
  poolProbabilities,
} from "./aggregation/index.js";
import { bootstrapIntervals } from "./stats/bootstrap.js";
import { median } from "./stats/median.js";

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

type Indexed<T> = { i: number; v: T };

function intervalsOf<T>(values: readonly T[], statistic: (draw: readonly T[]) => readonly number[]) {
  const sample: Indexed<T>[] = values.map((v, i) => ({ i, v }));
  return bootstrapIntervals(
    sample,
    (draw) => statistic([...draw].sort((a, b) => a.i - b.i).map((d) => d.v)),
    HEADLINE_BOOTSTRAP,
  ).map((b): [number, number] => [b.lower, b.upper]);
}

const BINARY_METHODS: readonly ProbabilityPoolMethod[] = ["median", "mean", "geo-odds", "recency-median"];
const ALLOCATION_METHODS: readonly AllocationPoolMethod[] = ["mean", "geo-pool", "recency-median"];

/** Each value rescaled by the sum (the shares a reader is shown); uniform when the sum is not positive. */
function rescaled(values: readonly number[]): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return sum > 0 ? values.map((v) => v / sum) : values.map(() => 1 / values.length);
}

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
  const byMethod: Record<string, [number, number][]> = {};
  if (input.kind === "binary") {
    if (input.ps.length < 2) return null;
    for (const method of BINARY_METHODS)
      byMethod[method] = intervalsOf(input.ps, (draw) => [
        poolProbabilities(
          method,
          draw.map((p, i) => ({ expert: String(i), p })),
        ).value,
      ]);
  } else if (input.kind === "allocation") {
    if (input.vectors.length < 2) return null;
    const K = (input.vectors[0] as readonly number[]).length;
    byMethod.median = intervalsOf(input.vectors, (draw) =>
      rescaled(Array.from({ length: K }, (_, k) => median(draw.map((v) => v[k] as number)))),
    );
    for (const method of ALLOCATION_METHODS)
      byMethod[method] = intervalsOf(
        input.vectors,
        (draw) =>
          poolAllocations(
            method,
            draw.map((p, i) => ({ expert: String(i), p })),
          ).value,
      );
  } else {
    if (input.values.length < 2) return null;
    byMethod.median = intervalsOf(input.values, (draw) => [median(draw)]);
  }
  return { ...HEADLINE_BOOTSTRAP, byMethod };
}
