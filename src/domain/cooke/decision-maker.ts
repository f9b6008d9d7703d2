import { fromBackground, toBackground } from "./background.js";
import type { Study } from "./study.js";

/**
 * One item's experts' CDFs tabulated on a common grid: the sorted distinct quantiles of all
 * experts (background scale) between the intrinsic range's ends.
 */
export type ItemGrid = {
  readonly points: Float64Array;
  /** cdfs[expert] at `points`, or null for an expert who did not answer the item. */
  readonly cdfs: readonly (Float64Array | null)[];
};

/**
 * Tabulates each expert's piecewise-linear CDF through (L*, 0), (q_1, l_1), …, (q_K, l_K), (U*, 1)
 * on the grid of every expert's quantiles (anduryl `get_expert_CDFs`). Since the mixture of
 * piecewise-linear CDFs is linear between grid points, the grid holds the DM's CDF exactly.
 */
export function itemGrids(study: Study): ItemGrid[] {
  const { input, ranges } = study;
  const levels = input.quantileLevels;
  return input.items.map((item, j) => {
    const range = ranges[j]!;
    const values: number[] = [];
    for (const row of input.assessments) {
      for (const q of row[j] ?? []) values.push(toBackground(q, item.scale));
    }
    values.sort((a, b) => a - b);
    const points = [range.lower];
    for (const v of values) if (v !== points[points.length - 1]) points.push(v);
    points.push(range.upper);
    const grid = Float64Array.from(points);
    const cdfs = input.assessments.map((row) => {
      const quantiles = row[j];
      if (!quantiles) return null;
      const knots = [range.lower, ...quantiles.map((q) => toBackground(q, item.scale)), range.upper];
      return piecewiseLinear(grid, knots, [0, ...levels, 1]);
    });
    return { points: grid, cdfs };
  });
}

/** Evaluates the polyline through (xs, ys) (xs increasing) at sorted points inside [xs_0, xs_last]. */
function piecewiseLinear(points: Float64Array, xs: readonly number[], ys: readonly number[]): Float64Array {
  const out = new Float64Array(points.length);
  const last = xs.length - 1;
  let b = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i] as number;
    if (x >= (xs[last] as number)) {
      out[i] = 1;
      continue;
    }
    while (b < last - 1 && (xs[b + 1] as number) <= x) b++;
    const x0 = xs[b] as number;
    const y0 = ys[b] as number;
    out[i] = y0 + ((x - x0) * ((ys[b + 1] as number) - y0)) / ((xs[b + 1] as number) - x0);
  }
  return out;
}

/**
 * Quantiles of the decision maker on every item (Cooke 1991 §12; anduryl `decision_maker`):
 * F_DM = Σ_e w_{e,j} F_e on the item's grid, inverted at each quantile level by linear
 * interpolation (where F_DM is flat at a level, the last grid point of the flat run is taken,
 * as numpy's interp does), then mapped back from the background scale. An item whose weight row
 * is null (no expert with a positive weight answered it) gets null: the DM leaves it unanswered.
 *
 * @param weights weights[item][expert], each row summing to 1 over the experts who answered
 */
export function decisionMakerQuantiles(
  grids: readonly ItemGrid[],
  weights: readonly (readonly number[] | null)[],
  study: Study,
): (number[] | null)[] {
  const levels = study.input.quantileLevels;
  return grids.map((grid, j) => {
    const row = weights[j];
    if (!row) return null;
    const n = grid.points.length;
    const mixture = new Float64Array(n);
    grid.cdfs.forEach((cdf, e) => {
      const w = row[e] as number;
      if (cdf === null || w === 0) return;
      for (let i = 0; i < n; i++) mixture[i] = (mixture[i] as number) + w * (cdf[i] as number);
    });
    const scale = study.input.items[j]!.scale;
    let i = 0;
    return levels.map((level) => {
      while (i < n - 2 && (mixture[i + 1] as number) <= level) i++;
      const f0 = mixture[i] as number;
      const x0 = grid.points[i] as number;
      const x =
        x0 + ((level - f0) * ((grid.points[i + 1] as number) - x0)) / ((mixture[i + 1] as number) - f0);
      return fromBackground(x, scale);
    });
  });
}
