import { fromBackground, toBackground } from "./background.js";
import type { Study } from "./study.js";
import type { ItemScale } from "./types.js";

/**
 * One item's experts' CDFs tabulated on a common grid: the sorted distinct quantiles of all
 * experts (background scale) between the intrinsic range's ends. An expert's CDF is tabulated the
 * first time a decision maker weighs them on the item (`tabulate`): the α optimisation weighs every
 * expert on the seeds, but the winning DM alone reads the other items, with a few experts.
 */
export type ItemGrid = {
  readonly points: Float64Array;
  /**
   * Points × experts: expert e's CDF at points[i] is cdf[i · experts + e] (the DM sums along a point),
   * once tabulated[e]; stale numbers before.
   */
  readonly cdf: Float64Array;
  /** Whether each expert answered the item. */
  readonly answered: readonly boolean[];
  readonly tabulated: boolean[];
  /** Expert e's CDF passes through (knots[e][b], levels[b]): L*, their quantiles, U*. */
  readonly knots: readonly (readonly number[] | null)[];
  readonly levels: readonly number[];
};

/**
 * Scratch memory for the grids and the DM's mixture, kept between calls: allocating a typed array
 * of more than a few numbers costs microseconds (off the JavaScript heap, and page faults past
 * 128 KB), which was most of a model run. The grids are views into it, valid until the next
 * itemGrids call; nothing built from it is returned to callers.
 */
let workspace = new Float64Array(0);

/** The workspace, grown (never shrunk) to at least `size` numbers. */
function workspaceOf(size: number): Float64Array {
  if (workspace.length < size) workspace = new Float64Array(Math.max(size, 2 * workspace.length));
  return workspace;
}

/**
 * The grid of every item for each expert's piecewise-linear CDF through (L*, 0), (q_1, l_1), …,
 * (q_K, l_K), (U*, 1) (anduryl `get_expert_CDFs`). Since the mixture of piecewise-linear CDFs is
 * linear between grid points, the grid holds the DM's CDF exactly. The grids share the module's
 * workspace (see there): use them before the next call.
 */
export function itemGrids(study: Study): ItemGrid[] {
  const { input, ranges } = study;
  const { assessments } = input;
  const experts = assessments.length;
  const k = input.quantileLevels.length;
  const levels = [0, ...input.quantileLevels, 1];
  // The sorted quantiles first, then per item the grid's points and CDF rows, each sized for the
  // largest possible grid.
  const widest = experts * k + 2;
  const memory = workspaceOf(experts * k + input.items.length * widest * (experts + 1));
  const values = memory.subarray(0, experts * k);
  let free = experts * k;
  const grids: ItemGrid[] = [];
  for (let j = 0; j < input.items.length; j++) {
    const range = ranges[j]!;
    const scale = input.items[j]!.scale;
    const answered = new Array<boolean>(experts);
    const knots = new Array<number[] | null>(experts);
    let count = 0;
    for (let e = 0; e < experts; e++) {
      const quantiles = assessments[e]![j];
      answered[e] = !!quantiles;
      if (!quantiles) {
        knots[e] = null;
        continue;
      }
      const expertKnots = new Array<number>(k + 2);
      expertKnots[0] = range.lower;
      for (let b = 0; b < k; b++) {
        const v = toBackground(quantiles[b] as number, scale);
        expertKnots[b + 1] = v;
        values[count++] = v;
      }
      expertKnots[k + 1] = range.upper;
      knots[e] = expertKnots;
    }
    const sorted = values.subarray(0, count).sort();
    const points = memory.subarray(free, free + count + 2);
    let n = 0;
    points[n++] = range.lower;
    for (let i = 0; i < count; i++) {
      const v = sorted[i] as number;
      if (v !== points[n - 1]) points[n++] = v;
    }
    points[n++] = range.upper;
    const cdf = memory.subarray(free + n, free + n + experts * n);
    free += n + experts * n;
    const tabulated = new Array<boolean>(experts).fill(false);
    grids.push({ points: points.subarray(0, n), cdf, answered, tabulated, knots, levels });
  }
  return grids;
}

/** Tabulates expert e's CDF on the grid unless done (e answered the item). */
function tabulate(grid: ItemGrid, e: number): void {
  if (grid.tabulated[e]) return;
  piecewiseLinear(grid.points, grid.knots[e]!, grid.levels, grid.cdf, e, grid.answered.length);
  grid.tabulated[e] = true;
}

/**
 * Evaluates the polyline through (xs, ys) (xs increasing) at sorted points inside [xs_0, xs_last],
 * writing the value at points[i] into out[offset + i · stride]. At a repeated x the later knot wins
 * (a right-continuous CDF).
 */
function piecewiseLinear(
  points: Float64Array,
  xs: readonly number[],
  ys: readonly number[],
  out: Float64Array,
  offset: number,
  stride: number,
): void {
  const last = xs.length - 1;
  const end = xs[last] as number;
  let b = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i] as number;
    if (x >= end) {
      out[offset + i * stride] = 1;
      continue;
    }
    while (b < last - 1 && (xs[b + 1] as number) <= x) b++;
    const x0 = xs[b] as number;
    const y0 = ys[b] as number;
    out[offset + i * stride] = y0 + ((x - x0) * ((ys[b + 1] as number) - y0)) / ((xs[b + 1] as number) - x0);
  }
}

/**
 * Quantiles of the decision maker on every item (see itemQuantiles). An item whose weight row is
 * null (no expert with a positive weight answered it) gets null: the DM leaves it unanswered.
 *
 * @param weights weights[item][expert], each row summing to 1 over the experts who answered
 */
export function decisionMakerQuantiles(
  grids: readonly ItemGrid[],
  weights: readonly (readonly number[] | null)[],
  study: Study,
): (number[] | null)[] {
  const { quantileLevels: levels, items } = study.input;
  return grids.map((grid, j) => {
    const row = weights[j];
    return row ? itemQuantiles(grid, row, levels, items[j]!.scale, new Array<number>(levels.length)) : null;
  });
}

/** Scratch for itemQuantiles, grown as needed and kept between calls (see workspace). */
let mixture = new Float64Array(0);
let weighted = new Int32Array(0);
let weightOf = new Float64Array(0);

/**
 * The decision maker's quantiles on one item (Cooke 1991 §12; anduryl `decision_maker`), written into
 * `out`: F_DM = Σ_e w_e F_e on the item's grid, inverted at each quantile level by linear interpolation
 * (where F_DM is flat at a level, the last grid point of the flat run is taken, as numpy's interp does),
 * then mapped back from the background scale. F_DM is summed point by point, expert by expert, and only
 * as far along the grid as the inversion reads: past the highest level's crossing it is not needed.
 *
 * @param row the experts' weights on the item, summing to 1 over the experts who answered it
 */
export function itemQuantiles(
  grid: ItemGrid,
  row: readonly number[],
  levels: readonly number[],
  scale: ItemScale,
  out: number[],
): number[] {
  const { points, cdf, answered } = grid;
  const n = points.length;
  const experts = answered.length;
  if (mixture.length < n) mixture = new Float64Array(Math.max(n, 2 * mixture.length));
  if (weighted.length < experts) {
    weighted = new Int32Array(experts);
    weightOf = new Float64Array(experts);
  }
  let count = 0;
  for (let e = 0; e < row.length; e++) {
    const w = row[e] as number;
    if (w === 0 || !answered[e]) continue;
    tabulate(grid, e);
    weighted[count] = e;
    weightOf[count++] = w;
  }
  let summed = 0;
  let i = 0;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l] as number;
    for (;;) {
      // F_DM at points up to i + 1, each a sum over the weighted experts in their order.
      for (; summed <= i + 1; summed++) {
        const at = summed * experts;
        let f = 0;
        for (let c = 0; c < count; c++)
          f += (weightOf[c] as number) * (cdf[at + (weighted[c] as number)] as number);
        mixture[summed] = f;
      }
      if (i < n - 2 && (mixture[i + 1] as number) <= level) i++;
      else break;
    }
    const f0 = mixture[i] as number;
    const x0 = points[i] as number;
    const x = x0 + ((level - f0) * ((points[i + 1] as number) - x0)) / ((mixture[i + 1] as number) - f0);
    out[l] = fromBackground(x, scale);
  }
  return out;
}
