import { checkFinite, checkFiniteArray, checkProbability } from "./check.js";

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
  values: readonly number[],
  weights: readonly number[],
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
