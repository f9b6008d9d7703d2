import { fromBackground, toBackground } from "./background.js";
import type { Study } from "./study.js";

/**
 * One item's experts' CDFs tabulated on a common grid: the sorted distinct quantiles of all
 * experts (background scale) between the intrinsic range's ends.
 */
export type ItemGrid = {
  readonly points: Float64Array;
  /** Row-major experts × points: expert e's CDF at points[i] is cdf[e · points.length + i]. */
  readonly cdf: Float64Array;
  /** Whether each expert answered the item (rows of non-answering experts stay zero). */
  readonly answered: readonly boolean[];
};

/**
 * Tabulates each expert's piecewise-linear CDF through (L*, 0), (q_1, l_1), …, (q_K, l_K), (U*, 1)
 * on the grid of every expert's quantiles (anduryl `get_expert_CDFs`). Since the mixture of
 * piecewise-linear CDFs is linear between grid points, the grid holds the DM's CDF exactly.
 */
export function itemGrids(study: Study): ItemGrid[] {
  const { input, ranges } = study;
  const k = input.quantileLevels.length;
  const levels = Float64Array.from([0, ...input.quantileLevels, 1]);
  const knots = new Float64Array(k + 2);
  return input.items.map((item, j) => {
    const range = ranges[j]!;
    const values = new Float64Array(input.assessments.length * k);
    let count = 0;
    for (const row of input.assessments) {
      const quantiles = row[j];
      if (quantiles) for (const q of quantiles) values[count++] = toBackground(q, item.scale);
    }
    const sorted = values.subarray(0, count).sort();
    const points = new Float64Array(count + 2);
    let n = 0;
    points[n++] = range.lower;
    for (const v of sorted) if (v !== points[n - 1]) points[n++] = v;
    points[n++] = range.upper;
    const grid = points.slice(0, n);
    const cdf = new Float64Array(input.assessments.length * n);
    const answered = input.assessments.map((row, e) => {
      const quantiles = row[j];
      if (!quantiles) return false;
      knots[0] = range.lower;
      for (let b = 0; b < k; b++) knots[b + 1] = toBackground(quantiles[b] as number, item.scale);
      knots[k + 1] = range.upper;
      piecewiseLinear(grid, knots, levels, cdf, e * n);
      return true;
    });
    return { points: grid, cdf, answered };
  });
}

/**
 * Evaluates the polyline through (xs, ys) (xs increasing) at sorted points inside [xs_0, xs_last],
 * writing into out[offset ..]. At a repeated x the later knot wins (a right-continuous CDF).
 */
function piecewiseLinear(
  points: Float64Array,
  xs: Float64Array,
  ys: Float64Array,
  out: Float64Array,
  offset: number,
): void {
  const last = xs.length - 1;
  const end = xs[last] as number;
  let b = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i] as number;
    if (x >= end) {
      out[offset + i] = 1;
      continue;
    }
    while (b < last - 1 && (xs[b + 1] as number) <= x) b++;
    const x0 = xs[b] as number;
    const y0 = ys[b] as number;
    out[offset + i] = y0 + ((x - x0) * ((ys[b + 1] as number) - y0)) / ((xs[b + 1] as number) - x0);
  }
}

/**
 * Quantiles of the decision maker on every item (Cooke 1991 §12; anduryl `decision_maker`):
 * F_DM = Σ_e w_{e,j} F_e on the item's grid, inverted at each quantile level by linear
 * interpolation (where F_DM is flat at a level, the last grid point of the flat run is taken,
 * as numpy's interp does), then mapped back from the background scale. An item whose weight row
 * is null (no expert with a positive weight answered it) gets null: the DM leaves it unanswered.
 *
 * @param weights weights[item][expert], each row summing to 1 over the experts who answered; a null
 *   row (the α optimisation leaves every item but the seeds null) is not built
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
    const { cdf } = grid;
    for (let e = 0; e < row.length; e++) {
      const w = row[e] as number;
      if (w === 0 || !grid.answered[e]) continue;
      const offset = e * n;
      for (let i = 0; i < n; i++) mixture[i] = (mixture[i] as number) + w * (cdf[offset + i] as number);
    }
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
