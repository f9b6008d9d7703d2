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
  // The largest share can miss 1 when a later addition rounds across it (e.g. [168928.53, 557701.27,
  // 678.85] stays at 0.9999999999999999 whatever the middle share is). The last non-zero share j then
  // takes 1 − p, where p is the sum before it: for p in [0, 1], fl(p + fl(1 − p)) is exactly 1 (1 − p is
  // exact for p ≥ ½ by Sterbenz's lemma; for p < ½ its rounding error is at most 2⁻⁵⁴, which rounds back to
  // 1), and the zeros after j add nothing. If p is a few ulps above 1, the largest share before j first
  // steps down one ulp at a time until p ≤ 1 (p never decreases as a share grows, so this ends).
  let j = out.length - 1;
  while (j > 0 && out[j] === 0) j--;
  const before = (): number => out.slice(0, j).reduce((a, b) => a + b, 0);
  let prefixTop = 0;
  for (let k = 1; k < j; k++) if ((out[k] as number) > (out[prefixTop] as number)) prefixTop = k;
  let prefix = before();
  for (let step = 0; prefix > 1 && step < 4096; step++) {
    out[prefixTop] = nextDown(out[prefixTop] as number);
    prefix = before();
  }
  out[j] = 1 - prefix;
  return out;
}

const ulpView = new DataView(new ArrayBuffer(8));

/** The largest double below x, for x > 0. */
function nextDown(x: number): number {
  ulpView.setFloat64(0, x);
  ulpView.setBigUint64(0, ulpView.getBigUint64(0) - 1n);
  return ulpView.getFloat64(0);
}

/**
 * Shares rescaled to add up to exactly 1 (sumToOne), so a scenario set always reads 100%, or null when
 * there is nothing to rescale (no value, a negative or non-finite share, or a zero sum). Per-scenario
 * medians of an allocation are taken scenario by scenario and need not add up (e.g. 20 + 50 + 20 + 15 =
 * 105%); the headline shows them rescaled and says so, and their bootstrap intervals (headline-intervals.ts)
 * rescale each resample the same way.
 *
 * @example normaliseShares([0.2, 0.5, 0.2, 0.15]) // [0.190476…, 0.476190…, 0.190476…, 0.142857…], sum 1
 */
export function normaliseShares(values: readonly number[] | null): number[] | null {
  if (!values || values.length === 0) return null;
  if (values.some((v) => !(v >= 0) || !Number.isFinite(v))) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !Number.isFinite(sum)) return null;
  return sumToOne(values);
}
