/**
 * Shares that add up to exactly 1 in floating point.
 *
 * Each share is divided by the total, then the largest share absorbs what rounding leaves, until
 * `shares.reduce((a, b) => a + b, 0) === 1` holds exactly: summed left to right, as every reader sums.
 * The correction is a few units in the last place of the largest share, so no share changes visibly and
 * none leaves [0, 1]. Answers are accepted when they sum to 1 within 1e-6 (SUM_TOLERANCE), so a pool of
 * them may add up to 0.9999999 before this step and never after it.
 *
 * Used by every pooled allocation (poolAllocations' mean, geo-pool and recency-median, the track-record
 * pool and the weighted pools); the dashboard's rescaled per-scenario medians use normaliseShares
 * (below), which has the same guarantee. Quantities and rankings are not distributions and are
 * never rescaled.
 *
 * @example sumToOne([0.2, 0.5, 0.2, 0.15]) // [0.19047619047619047, 0.47619047619047616, …], sum exactly 1
 * @throws {RangeError} on an empty vector, a negative or non-finite share, or a zero total
 */
export function sumToOne(values: readonly number[]): number[] {
  const fn = "sumToOne";
  if (!Array.isArray(values) || values.length === 0) throw new RangeError(`${fn}: no shares`);
  let total = 0;
  for (const v of values) {
    if (!(v >= 0) || !Number.isFinite(v))
      throw new RangeError(`${fn}: shares must be finite and ≥ 0, got ${v}`);
    total += v;
  }
  if (!(total > 0)) throw new RangeError(`${fn}: the shares add up to 0`);
  const out = values.map((v) => v / total);
  let top = 0;
  for (let k = 1; k < out.length; k++) if ((out[k] as number) > (out[top] as number)) top = k;
  for (let step = 0; step < 8; step++) {
    const sum = out.reduce((a, b) => a + b, 0);
    if (sum === 1) return out;
    out[top] = (out[top] as number) + (1 - sum);
  }
  // Unreachable in practice (each step halves the residual); nudge by single ulps as a last resort.
  for (let step = 0; step < 64; step++) {
    const sum = out.reduce((a, b) => a + b, 0);
    if (sum === 1) break;
    const x = out[top] as number;
    out[top] = sum > 1 ? x - Number.EPSILON * Math.max(x, 0.5) : x + Number.EPSILON * Math.max(x, 0.5);
  }
  return out;
}

/**
 * Shares rescaled to add up to exactly 1: each share divided by their sum, the last one taking what
 * rounding leaves (1 − the others), so a scenario set always reads 100%. Per-scenario medians of an
 * allocation are taken scenario by scenario and need not add up (e.g. 20 + 50 + 20 + 15 = 105%); the
 * headline shows them rescaled and says so, and their bootstrap intervals (headline-intervals.ts) rescale
 * each resample the same way. Null when there is nothing to rescale (no value, or a non-positive or
 * non-finite sum).
 *
 * @example normaliseShares([0.2, 0.5, 0.2, 0.15]) // [0.190476…, 0.476190…, 0.190476…, 0.142857…], sum 1
 */
export function normaliseShares(values: readonly number[] | null): number[] | null {
  if (!values || values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !Number.isFinite(sum) || values.some((v) => !(v >= 0))) return null;
  const out = values.map((v) => v / sum);
  out[out.length - 1] = Math.max(0, 1 - out.slice(0, -1).reduce((a, b) => a + b, 0));
  return out;
}
