/**
 * The Metaculus community-prediction recency weights for N forecasts ordered oldest (n = 1) to newest
 * (n = N): wₙ = exp(√n − √N) when N > 2, else all 1 (a plain median). The newest weighs 1; about √N
 * forecasters must update to move the prediction substantially (Metaculus FAQ; `RecencyWeighted` in
 * utils/the_math/aggregations.py; forecasting.md §1.3).
 *
 * @example recencyWeights(3) // [0.4809217…, 0.7277212…, 1]
 * @throws {RangeError} unless N is a positive integer
 */
export function recencyWeights(N: number): number[] {
  if (!Number.isInteger(N) || N < 1)
    throw new RangeError(`recencyWeights: N must be a positive integer, got ${N}`);
  return Array.from(recencyWeightArray(N));
}

/** {@link recencyWeights} as a Float64Array (N a positive integer, unchecked): the same numbers. */
export function recencyWeightArray(N: number): Float64Array {
  const w = new Float64Array(N);
  if (N <= 2) return w.fill(1);
  const root = Math.sqrt(N);
  for (let i = 0; i < N; i++) w[i] = Math.exp(Math.sqrt(i + 1) - root);
  return w;
}
