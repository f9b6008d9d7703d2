import { checkFinite, checkFiniteArray, checkProbability } from "./check.js";
import { insertionSort, partition, SMALL_RANGE, scratch, selectRanks } from "./select.js";

/**
 * The weighted percentile exactly as Metaculus computes it (`weighted_percentile_2d` in
 * `utils/the_math/measures.py`, github.com/Metaculus/metaculus, read at 100c4088; forecasting.md §1.3):
 *
 * sort the values ascending, carrying their weights; cₖ = (w₁ + … + wₖ) / Σw;
 * L = the first k with cₖ ≥ q, R = the first k with cₖ > q; the result is (v_L + v_R) / 2.
 * With equal weights this is the ordinary median at q = 0.5 (numpy.median), but it is not the type-7
 * quantile elsewhere (it never interpolates, it averages two neighbours only on an exact tie of cₖ = q).
 *
 * Convention here: q is a probability in [0, 1] (Metaculus passes percentiles 0..100). Where no cₖ > q
 * (q = 1, or rounding), R is the last index; numpy's argmax would return the first, which only matters at q = 1.
 * Weights must be finite and ≥ 0 with a positive sum; omitted weights mean equal weights.
 *
 * @example weightedPercentile([0.5, 0.6, 0.1], [0.1, 0.1, 1], 0.5) // 0.1 (c = [0.833…, 0.916…, 1] after sorting)
 * @example weightedPercentile([0.8, 0.6], undefined, 0.5) // 0.7 (c = [0.5, 1]: L = 0.6, R = 0.8)
 * @throws {RangeError} on empty values, a non-finite value, a negative weight, weights summing to 0, a length
 *   mismatch, or q outside [0, 1]
 * @throws {TypeError} when values or weights are not arrays of numbers
 */
export function weightedPercentile(
  values: readonly number[],
  weights: readonly number[] | undefined,
  q: number,
): number {
  checkFiniteArray("weightedPercentile", values);
  checkProbability("weightedPercentile", q, "q");
  const w = checkWeights("weightedPercentile", weights, values.length);
  return weightedPercentileUnchecked(values, w, q);
}

/**
 * {@link weightedPercentile} applied to every column of a matrix (rows = forecasters, columns = options),
 * as `weighted_percentile_2d` does. The column results need not sum to 1.
 *
 * @example weightedPercentileColumns([[0.5, 0.5], [0.6, 0.4]], undefined, 0.5) // [0.55, 0.45]
 * @throws {RangeError} on no rows, rows of different lengths, or the conditions of {@link weightedPercentile}
 * @throws {TypeError} when rows are not arrays of numbers
 */
export function weightedPercentileColumns(
  rows: readonly (readonly number[])[],
  weights: readonly number[] | undefined,
  q: number,
): number[] {
  const fn = "weightedPercentileColumns";
  if (!Array.isArray(rows)) throw new TypeError(`${fn}: rows must be an array of arrays`);
  if (rows.length === 0) throw new RangeError(`${fn}: rows must not be empty`);
  rows.forEach((row, i) => {
    checkFiniteArray(fn, row, `rows[${i}]`);
  });
  const k = (rows[0] as readonly number[]).length;
  rows.forEach((row, i) => {
    if (row.length !== k) throw new RangeError(`${fn}: rows[${i}] has ${row.length} values, expected ${k}`);
  });
  checkProbability(fn, q, "q");
  const w = checkWeights(fn, weights, rows.length);
  const result: number[] = [];
  for (let j = 0; j < k; j++) {
    result.push(
      weightedPercentileUnchecked(
        rows.map((r) => r[j] as number),
        w,
        q,
      ),
    );
  }
  return result;
}

/** The weights as an array (equal weights when omitted), after checking them. */
export function checkWeights(
  fn: string,
  weights: readonly number[] | undefined,
  n: number,
): readonly number[] {
  if (weights === undefined) return new Array<number>(n).fill(1);
  if (!Array.isArray(weights)) throw new TypeError(`${fn}: weights must be an array of numbers`);
  if (weights.length !== n) throw new RangeError(`${fn}: ${weights.length} weights for ${n} values`);
  let sum = 0;
  weights.forEach((w, i) => {
    checkFinite(fn, w, `weights[${i}]`);
    if (w < 0) throw new RangeError(`${fn}: weights[${i}] must be ≥ 0, got ${w}`);
    sum += w;
  });
  if (!(sum > 0)) throw new RangeError(`${fn}: weights must have a positive sum`);
  return weights;
}

/** The Metaculus rule without checks, for callers that already validated their input. */
export function weightedPercentileUnchecked(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  q: number,
): number {
  return weightedPercentilesUnchecked(values, weights, [q])[0] as number;
}

/**
 * {@link weightedPercentile} at several levels at once, without checks (values finite, weights finite
 * and ≥ 0 with a positive sum, every q in [0, 1]). Results are bit-identical to the sort-based rule
 * ({@link weightedPercentileBySort}) but found by selection, in expected O(n):
 *
 * - equal weights: the ranks L and R follow from the running sums of n equal terms alone (closed form
 *   for integers, one pass otherwise), then those ranks are selected;
 * - other weights: a weighted quickselect on typed-array copies, splitting each range at a pivot and
 *   going to the side where the running weight crosses q. With integer weights (total ≤ 2^53) every
 *   sum is exact in any order, so the comparisons are the reference's own. With other weights the sums
 *   are in a different order than the reference's, so each comparison must clear q by a margin larger
 *   than both rounding errors (|error of Σ| ≤ γₙ·Σ for nonnegative terms); the rare near-tie that does
 *   not falls back to the sort-based rule.
 */
export function weightedPercentilesUnchecked(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  qs: readonly number[],
): number[] {
  const n = values.length;
  const first = weights[0] as number;
  let equal = true;
  let integer = true;
  let total = 0;
  let min = values[0] as number;
  let max = min;
  for (let i = 0; i < n; i++) {
    const x = weights[i] as number;
    if (x !== first) equal = false;
    if (integer && !Number.isInteger(x)) integer = false;
    total += x;
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (equal) return equalWeightPercentiles(values, first, qs);
  const exact = integer && total <= Number.MAX_SAFE_INTEGER;
  const result = weightedSelect(values, weights, total, exact, qs, min, max);
  return result ?? qs.map((q) => weightedPercentileBySort(values, weights, q));
}

/**
 * The sort-based rule, step by step as Metaculus computes it: sort, running sums in sorted order,
 * first index with cₖ ≥ q and first with cₖ > q. The reference for the selection above.
 */
export function weightedPercentileBySort(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  q: number,
): number {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  );
  const cumulative = new Float64Array(n);
  let running = 0;
  for (let k = 0; k < n; k++) {
    running += weights[order[k] as number] as number;
    cumulative[k] = running;
  }
  let left = -1;
  let right = -1;
  for (let k = 0; k < n; k++) {
    const c = (cumulative[k] as number) / running;
    if (left < 0 && c >= q) left = k;
    if (c > q) {
      right = k;
      break;
    }
  }
  if (left < 0) left = n - 1;
  if (right < 0) right = n - 1;
  return 0.5 * ((values[order[left] as number] as number) + (values[order[right] as number] as number));
}

/**
 * Equal weights w: the reference's running sums are fl(… (w + w) + … + w), whatever the values, so
 * L and R are ranks found from the sums alone.
 */
function equalWeightPercentiles(values: ArrayLike<number>, w: number, qs: readonly number[]): number[] {
  const n = values.length;
  const ranks: number[] = [];
  if (Number.isInteger(w) && n * w <= Number.MAX_SAFE_INTEGER) {
    // Exact sums: cₖ = fl(k·w / (n·w)) is monotone in k, so binary search.
    const total = n * w;
    const firstWhere = (pass: (c: number) => boolean): number => {
      let lo = 0;
      let hi = n - 1;
      if (!pass(1)) return n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (pass(((mid + 1) * w) / total)) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    for (const q of qs)
      ranks.push(
        firstWhere((c) => c >= q),
        firstWhere((c) => c > q),
      );
  } else {
    let total = 0;
    for (let k = 0; k < n; k++) total += w;
    const left = qs.map(() => -1);
    const right = qs.map(() => -1);
    let open = qs.length;
    let running = 0;
    for (let k = 0; k < n && open > 0; k++) {
      running += w;
      const c = running / total;
      for (let t = 0; t < qs.length; t++) {
        const q = qs[t] as number;
        if ((left[t] as number) < 0 && c >= q) left[t] = k;
        if ((right[t] as number) < 0 && c > q) {
          right[t] = k;
          open--;
        }
      }
    }
    qs.forEach((_, t) => {
      ranks.push((left[t] as number) < 0 ? n - 1 : (left[t] as number));
      ranks.push((right[t] as number) < 0 ? n - 1 : (right[t] as number));
    });
  }
  const sortedRanks = [...new Set(ranks)].sort((a, b) => a - b);
  const v = scratch(0, n);
  for (let i = 0; i < n; i++) v[i] = values[i] as number;
  const picked = selectRanks(v, n, sortedRanks);
  const at = new Map(sortedRanks.map((r, i) => [r, picked[i] as number]));
  return qs.map(
    (_, t) =>
      0.5 * ((at.get(ranks[2 * t] as number) as number) + (at.get(ranks[2 * t + 1] as number) as number)),
  );
}

/** A search target: the first sorted element whose running weight share is ≥ q (`strict` false) or > q. */
type Target = { readonly q: number; readonly strict: boolean; value: number };

/** Whether a target holds at a running weight: 1 yes, 0 no, −1 too close to call in the reference's rounding. */
type Holds = (t: Target, s: number) => 1 | 0 | -1;

const UNIT_ROUNDOFF = 2 ** -53;
/** From this many values on, the targets are first located among value bins (below, plain weighted quickselect). */
const BIN_FROM = 2048;
/** Bins of the first pass: their weights and counts stay in the L1 cache (32 + 16 KiB). */
const BINS = 4096;

/**
 * Weighted selection of every target at once; null when a comparison is too close to call in the
 * reference's rounding (then the caller sorts).
 */
function weightedSelect(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  total: number,
  exact: boolean,
  qs: readonly number[],
  min: number,
  max: number,
): number[] | null {
  const n = values.length;
  // |share computed here − share computed by the reference| ≤ 6γₙ < margin (both sums of nonnegative terms).
  const margin = 8 * (n + 1) * UNIT_ROUNDOFF;
  const holds: Holds = (t, s) => {
    const c = s / total;
    if (exact || s === 0) return (t.strict ? c > t.q : c >= t.q) ? 1 : 0;
    if (c >= t.q + margin) return 1;
    if (c < t.q - margin) return 0;
    return -1;
  };
  const targets: Target[] = [];
  for (const q of qs)
    targets.push({ q, strict: false, value: Number.NaN }, { q, strict: true, value: Number.NaN });
  // Targets true at running weight 0 take the smallest value; targets never true take the largest.
  const open: Target[] = [];
  const edges: Target[] = [];
  for (const t of targets) {
    const first = holds(t, 0);
    if (first === -1) return null;
    // At the last index the reference's share is total / total = 1 exactly.
    if (first === 1 || !(t.strict ? 1 > t.q : 1 >= t.q)) edges.push(t);
    else open.push(t);
  }
  for (const t of edges) t.value = holds(t, 0) === 1 ? min : max;
  // Ascending q, and for one q the ≥ target before the > target: the order in which they come true.
  open.sort((a, b) => a.q - b.q || Number(a.strict) - Number(b.strict));
  const done =
    open.length === 0 ||
    (n >= BIN_FROM && binned(values, weights, open, holds, min, max)) ||
    direct(values, weights, open, holds);
  if (!done) return null;
  return qs.map((_, i) => 0.5 * ((targets[2 * i] as Target).value + (targets[2 * i + 1] as Target).value));
}

/** Weighted quickselect on a copy of every value; false on a near-tie. */
function direct(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  targets: Target[],
  holds: Holds,
): boolean {
  const n = values.length;
  const v = scratch(0, n);
  const w = scratch(1, n);
  for (let i = 0; i < n; i++) {
    v[i] = values[i] as number;
    w[i] = weights[i] as number;
  }
  return select(v, w, 0, n, 0, targets, holds);
}

/**
 * Locates every target among BINS equal-width bins of the values' range, in three passes over the input
 * and no data-dependent branch in the hot loops (on random data a quickselect loses most of its time to
 * mispredicted branches): (1) the range [min, max] (the caller's pass over the weights), (2) each bin's
 * weight and count, (3) a copy of only the values in bins that hold a target; the targets are then selected within those few bins. Bins are monotone in
 * the value (x ≤ y gives bin(x) ≤ bin(y), as subtraction, multiplication and truncation are monotone),
 * so the weight of the bins before a target's bin is the weight of all values sorted before the bin.
 * False on a near-tie, or when the range is not finite or too narrow to split (then the caller selects
 * directly).
 */
function binned(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  targets: Target[],
  holds: Holds,
  min: number,
  max: number,
): boolean {
  const n = values.length;
  const width = max - min;
  const scale = BINS / width;
  if (!(width > 0) || !Number.isFinite(width) || !Number.isFinite(scale)) return false;
  const binWeight = binWeights.fill(0);
  const binCount = binCounts.fill(0);
  for (let i = 0; i < n; i++) {
    let b = (((values[i] as number) - min) * scale) | 0;
    if (b >= BINS) b = BINS - 1;
    binWeight[b] = (binWeight[b] as number) + (weights[i] as number);
    binCount[b] = (binCount[b] as number) + 1;
  }
  // Walk the bins in order; each target's bin is the first whose end makes it true.
  const binOf: number[] = [];
  const beforeOf: number[] = [];
  let k = 0;
  let before = 0;
  for (let b = 0; b < BINS && k < targets.length; b++) {
    const after = before + (binWeight[b] as number);
    const end = trueUpTo(targets, k, after, holds);
    if (end === -1) return false;
    for (; k < end; k++) {
      if (holds(targets[k] as Target, before) !== 0) return false;
      binOf.push(b);
      beforeOf.push(before);
    }
    before = after;
  }
  if (k < targets.length) return false;
  // Lay the chosen bins out one after another in the scratch buffers.
  const mark = binMarks.fill(0);
  const starts: number[] = [];
  const ends: number[] = [];
  let size = 0;
  for (const b of binOf) {
    if ((mark[b] as number) !== 0) continue;
    starts.push(size);
    size += binCount[b] as number;
    ends.push(size);
    mark[b] = starts.length;
  }
  const fill = Int32Array.from(starts);
  const v = scratch(0, size);
  const w = scratch(1, size);
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    let b = ((x - min) * scale) | 0;
    if (b >= BINS) b = BINS - 1;
    const m = mark[b] as number;
    if (m !== 0) {
      const at = fill[m - 1] as number;
      v[at] = x;
      w[at] = weights[i] as number;
      fill[m - 1] = at + 1;
    }
  }
  for (let i = 0; i < starts.length; i++) {
    const mine = targets.filter((_, t) => mark[binOf[t] as number] === i + 1);
    const first = targets.indexOf(mine[0] as Target);
    if (!select(v, w, starts[i] as number, ends[i] as number, beforeOf[first] as number, mine, holds))
      return false;
  }
  return true;
}

/**
 * Targets come true in order as the running weight grows: the index after the last of targets[from…]
 * true at running weight `s` (`from` when none is), or −1 when one of them is too close to call.
 */
function trueUpTo(targets: readonly Target[], from: number, s: number, holds: Holds): number {
  let k = from;
  for (; k < targets.length; k++) {
    const h = holds(targets[k] as Target, s);
    if (h === -1) return -1;
    if (h === 0) break;
  }
  return k;
}

const binWeights = new Float64Array(BINS);
const binCounts = new Int32Array(BINS);
const binMarks = new Int32Array(BINS);

/**
 * Invariant: every target is false at running weight `before` (the weight of all elements sorted before
 * the range) and true at `before` + the range's weight; so its element lies in v[lo, hi). False on a near-tie.
 */
function select(
  v: Float64Array,
  w: Float64Array,
  lo: number,
  hi: number,
  before: number,
  targets: Target[],
  holds: Holds,
): boolean {
  while (targets.length > 0) {
    if (hi - lo <= SMALL_RANGE) {
      insertionSort(v, lo, hi, w);
      let s = before;
      let k = 0;
      for (let i = lo; i < hi && k < targets.length; i++) {
        s += w[i] as number;
        const end = trueUpTo(targets, k, s, holds);
        if (end === -1) return false;
        for (; k < end; k++) (targets[k] as Target).value = v[i] as number;
      }
      return k === targets.length;
    }
    const j = partition(v, w, lo, hi);
    let left = before;
    for (let k = lo; k <= j; k++) left += w[k] as number;
    // Targets are ordered (ascending q, ≥ before >), so those true at `left` come first.
    const split = trueUpTo(targets, 0, left, holds);
    if (split === -1) return false;
    if (split === 0) {
      lo = j + 1;
      before = left;
    } else if (split === targets.length) {
      hi = j + 1;
    } else {
      if (!select(v, w, lo, j + 1, before, targets.slice(0, split), holds)) return false;
      targets = targets.slice(split);
      lo = j + 1;
      before = left;
    }
  }
  return true;
}
