import type { Timed } from "./latest-forecasts.js";

/** What every pooled forecast carries besides its value: the expert, when it was given, and a weight. */
export type PooledForecast = Timed & {
  /** The expert's weight (track record or Cooke), needed by the weighted methods. */
  readonly weight?: number;
};

/**
 * The weights of the forecasts a weighted method pools, checked: every forecast carries one (a TypeError
 * naming `method` otherwise), each is finite and ≥ 0, and they have a positive sum (RangeErrors).
 *
 * @example requiredWeights("poolX", "weighted-mean", [{ expert: "a", weight: 3 }, { expert: "b", weight: 1 }]) // [3, 1]
 */
export function requiredWeights(fn: string, method: string, forecasts: readonly PooledForecast[]): number[] {
  const w = forecasts.map((f) => {
    if (f.weight === undefined)
      throw new TypeError(`${fn}: ${method} needs a weight on every forecast (expert "${f.expert}")`);
    if (!(Number.isFinite(f.weight) && f.weight >= 0))
      throw new RangeError(
        `${fn}: weight of expert "${f.expert}" must be a finite number ≥ 0, got ${f.weight}`,
      );
    return f.weight;
  });
  if (!(w.reduce((a, b) => a + b, 0) > 0))
    throw new RangeError(`${fn}: ${method} weights must have a positive sum`);
  return w;
}

/**
 * Weights a method may use but does not need: undefined when no forecast carries one (equal weights), a
 * RangeError when only some do, otherwise the weights checked as by {@link requiredWeights}.
 */
export function optionalWeights(
  fn: string,
  method: string,
  forecasts: readonly PooledForecast[],
): number[] | undefined {
  const given = forecasts.filter((f) => f.weight !== undefined).length;
  if (given === 0) return undefined;
  if (given !== forecasts.length)
    throw new RangeError(`${fn}: weight must be given on every forecast or on none`);
  return requiredWeights(fn, method, forecasts);
}
