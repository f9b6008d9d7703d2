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
  /** Whether expert e's CDF is in `cdf` yet. */
  readonly tabulated: boolean[];
  /** Whether expert e's tabulated CDF never falls from one point to the next (rounding could make it). */
  readonly rising: boolean[];
  /**
   * Expert e's CDF passes through (knots[e · levels.length + b], levels[b]): L*, their quantiles
   * (background scale), U*.
   */
  readonly knots: Float64Array;
  readonly levels: readonly number[];
};

/**
 * Scratch memory for the grids, kept between calls: allocating a typed array
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
  // The sorted quantiles first, then per item the knots, the grid's points and CDF rows, each sized
  // for the largest possible grid.
  const widest = experts * k + 2;
  const memory = workspaceOf(
    experts * k + input.items.length * (experts * levels.length + widest * (experts + 1)),
  );
  const values = memory.subarray(0, experts * k);
  let free = experts * k;
  const grids: ItemGrid[] = [];
  for (let j = 0; j < input.items.length; j++) {
    const range = ranges[j]!;
    const scale = input.items[j]!.scale;
    const answered = new Array<boolean>(experts);
    const knots = memory.subarray(free, free + experts * (k + 2));
    free += experts * (k + 2);
    let count = 0;
    for (let e = 0; e < experts; e++) {
      const quantiles = assessments[e]![j];
      answered[e] = !!quantiles;
      if (!quantiles) continue;
      const at = e * (k + 2);
      knots[at] = range.lower;
      for (let b = 0; b < k; b++) {
        const v = toBackground(quantiles[b] as number, scale);
        knots[at + b + 1] = v;
        values[count++] = v;
      }
      knots[at + k + 1] = range.upper;
    }
    const sorted = sortRuns(values.subarray(0, count), k);
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
    const rising = new Array<boolean>(experts).fill(false);
    grids.push({ points: points.subarray(0, n), cdf, answered, tabulated, rising, knots, levels });
  }
  return grids;
}

/** Scratch for sortRuns, grown as needed and kept between calls (see workspace). */
let mergeSpace = new Float64Array(0);

/**
 * Sorts numbers that come in ascending runs of `run` (one run per expert: their quantiles on the
 * background scale) into Float64Array.prototype.sort's order (ascending, −0 before +0; no NaN here)
 * by merging neighbouring runs, then the merged pairs, and so on. On a grid's few dozen numbers the
 * builtin sort's call cost more than the sorting, and an insertion sort grew as n² with the experts.
 * Returns the sorted numbers: `values` itself or scratch memory, valid until the next call.
 */
function sortRuns(values: Float64Array, run: number): Float64Array {
  const n = values.length;
  if (mergeSpace.length < n) mergeSpace = new Float64Array(Math.max(n, 2 * mergeSpace.length));
  let from: Float64Array = values;
  let to: Float64Array = mergeSpace.subarray(0, n);
  for (let width = run; width < n; width *= 2) {
    for (let low = 0; low < n; low += 2 * width)
      mergeInto(from, to, low, Math.min(low + width, n), Math.min(low + 2 * width, n));
    [from, to] = [to, from];
  }
  return from;
}

/** Merges from[low..middle) and from[middle..high), each sorted, into to[low..high), left first on ties. */
function mergeInto(from: Float64Array, to: Float64Array, low: number, middle: number, high: number): void {
  let a = low;
  let b = middle;
  for (let out = low; out < high; out++) {
    if (b >= high || (a < middle && !sortsAfter(from[a] as number, from[b] as number)))
      to[out] = from[a++] as number;
    else to[out] = from[b++] as number;
  }
}

/** Whether a comes after b in Float64Array.prototype.sort's order. */
function sortsAfter(a: number, b: number): boolean {
  return a > b || (a === 0 && b === 0 && 1 / a > 1 / b);
}

/**
 * Tabulates expert e's CDF on the grid unless done (e answered the item): the polyline through the
 * expert's knots and the levels, at every grid point (all inside its first and last knot), segment by
 * segment (a point x on the one with x0 <= x < x1), so each segment's differences are taken once.
 * At a repeated knot the later one wins (a right-continuous CDF). Notes whether the values never fall.
 */
function tabulate(grid: ItemGrid, e: number): void {
  if (grid.tabulated[e]) return;
  const { points, knots, levels: ys, cdf } = grid;
  const stride = grid.answered.length;
  const from = e * ys.length;
  const n = points.length;
  let i = 0;
  let previous = 0;
  let rising = true;
  for (let b = 0; b < ys.length - 1; b++) {
    const x0 = knots[from + b] as number;
    const x1 = knots[from + b + 1] as number;
    const y0 = ys[b] as number;
    const dy = (ys[b + 1] as number) - y0;
    const dx = x1 - x0;
    for (; i < n && (points[i] as number) < x1; i++) {
      const y = y0 + (((points[i] as number) - x0) * dy) / dx;
      cdf[i * stride + e] = y;
      if (y < previous) rising = false;
      previous = y;
    }
  }
  // From the last knot on, the CDF is 1.
  for (; i < n; i++) {
    cdf[i * stride + e] = 1;
    if (1 < previous) rising = false;
    previous = 1;
  }
  grid.rising[e] = rising;
  grid.tabulated[e] = true;
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
let weighted = new Int32Array(0);
let weightOf = new Float64Array(0);

/**
 * The decision maker's quantiles on one item (Cooke 1991 §12; anduryl `decision_maker`), written into
 * `out`: F_DM = Σ_e w_e F_e on the item's grid, inverted at each quantile level by linear interpolation
 * (where F_DM is flat at a level, the last grid point of the flat run is taken, as numpy's interp does),
 * then mapped back from the background scale.
 *
 * F_DM is summed point by point, expert by expert, only at the points the inversion reads. It walks
 * the grid up to each level's crossing; when every weighted expert's tabulated CDF is rising, so is
 * F_DM (a rounded product or sum never falls when a term rises), and bisection finds the same point.
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
  if (weighted.length < experts) {
    weighted = new Int32Array(experts);
    weightOf = new Float64Array(experts);
  }
  let count = 0;
  let rising = true;
  for (let e = 0; e < row.length; e++) {
    const w = row[e] as number;
    if (w === 0 || !answered[e]) continue;
    tabulate(grid, e);
    rising &&= grid.rising[e] as boolean;
    weighted[count] = e;
    weightOf[count++] = w;
  }
  // The inversion stands on the segment from points[i] to points[i + 1], where F_DM is f0 and f1; it
  // moves on while f1 <= level (and a segment is left).
  let i = 0;
  // F_DM at the first point is needed only if the first level falls before the second point.
  let f0 = Number.NaN;
  let f1 = mixtureAt(cdf, experts, count);
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l] as number;
    if (i < n - 2 && f1 <= level) {
      if (rising) {
        // Bisection keeping F_DM at low and, once probed, at high + 1.
        let low = i + 1;
        let high = n - 2;
        f0 = f1;
        f1 = Number.NaN;
        while (low < high) {
          const middle = (low + high) >>> 1;
          const f = mixtureAt(cdf, (middle + 1) * experts, count);
          if (f > level) {
            high = middle;
            f1 = f;
          } else {
            low = middle + 1;
            f0 = f;
          }
        }
        i = low;
        if (Number.isNaN(f1)) f1 = mixtureAt(cdf, (i + 1) * experts, count);
      } else {
        do {
          i++;
          f0 = f1;
          f1 = mixtureAt(cdf, (i + 1) * experts, count);
        } while (i < n - 2 && f1 <= level);
      }
    }
    const x0 = points[i] as number;
    if (Number.isNaN(f0)) f0 = mixtureAt(cdf, 0, count);
    const x = x0 + ((level - f0) * ((points[i + 1] as number) - x0)) / (f1 - f0);
    out[l] = fromBackground(x, scale);
  }
  return out;
}

/** F_DM at the point whose CDFs start at cdf[at]: Σ w_e F_e over the weighted experts, in their order. */
function mixtureAt(cdf: Float64Array, at: number, count: number): number {
  let f = 0;
  for (let c = 0; c < count; c++)
    f += (weightOf[c] as number) * (cdf[at + (weighted[c] as number)] as number);
  return f;
}
