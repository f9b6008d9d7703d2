/**
 * A seeded bootstrap interval for a pooled yes/no probability: the experts' latest forecasts are resampled
 * with replacement (each draw counted as a separate expert, keeping its time and weight) and pooled by the
 * same method ({@link bootstrapInterval} for the resampling and percentiles).
 *
 * @example bootstrapProbabilityPool("mean", [{ expert: "a", p: 0 }, { expert: "b", p: 1 }], {}, { seed: 7, level: 0.95 })
 * // { lower: 0, upper: 1, … } (the resampled mean is 0, ½ or 1)
 * @throws as {@link poolProbabilities} and {@link bootstrapInterval}
 */
import { type BootstrapInterval, bootstrapIntervals } from "../stats/bootstrap.js";
import type { PooledForecast } from "./forecast-weights.js";
import { latestForecasts } from "./latest-forecasts.js";
import { type AllocationPoolMethod, type CategoricalForecast, poolAllocations } from "./pool-allocations.js";
import {
  type BinaryForecast,
  type ProbabilityPoolMethod,
  type ProbabilityPoolOptions,
  poolProbabilities,
} from "./pool-probabilities.js";
import { poolQuantiles, type QuantilePoolInput, type QuantilePoolMethod } from "./pool-quantiles.js";

type BootstrapOptions = { seed: number; resamples?: number; level?: number };

export function bootstrapProbabilityPool(
  method: ProbabilityPoolMethod,
  forecasts: readonly BinaryForecast[],
  options: ProbabilityPoolOptions,
  bootstrap: BootstrapOptions,
): BootstrapInterval {
  return bootstrapPool(
    "bootstrapProbabilityPool",
    forecasts,
    (list) => [poolProbabilities(method, list, options).value],
    bootstrap,
  )[0] as BootstrapInterval;
}

/**
 * Seeded bootstrap intervals for a pooled allocation, one per option: the experts' latest allocations are
 * resampled as in {@link bootstrapProbabilityPool} and pooled by the same method.
 *
 * @throws as {@link poolAllocations} and {@link bootstrapIntervals}
 */
export function bootstrapAllocationPool(
  method: AllocationPoolMethod,
  forecasts: readonly CategoricalForecast[],
  bootstrap: BootstrapOptions,
): BootstrapInterval[] {
  return bootstrapPool(
    "bootstrapAllocationPool",
    forecasts,
    (list) => poolAllocations(method, list).value,
    bootstrap,
  );
}

/**
 * Seeded bootstrap intervals for a pooled quantity, one per level: the experts' latest quantiles are
 * resampled and pooled by the same method.
 *
 * @throws as {@link poolQuantiles} and {@link bootstrapIntervals}
 */
export function bootstrapQuantilePool(
  method: QuantilePoolMethod,
  input: QuantilePoolInput,
  bootstrap: BootstrapOptions,
): BootstrapInterval[] {
  return bootstrapPool(
    "bootstrapQuantilePool",
    input.forecasts,
    (list) => poolQuantiles(method, { ...input, forecasts: list }).value,
    bootstrap,
  );
}

/**
 * The resampling all three share: the experts' latest forecasts are pooled once as given (so the pool's
 * own input errors come first), then resampled with replacement, each draw relabelled as its own expert
 * (keeping its time and weight), and pooled again; one interval per component of the pooled value.
 */
function bootstrapPool<F extends PooledForecast>(
  fn: string,
  forecasts: readonly F[],
  pool: (forecasts: readonly F[]) => readonly number[],
  bootstrap: BootstrapOptions,
): BootstrapInterval[] {
  const latest = latestForecasts(fn, forecasts);
  pool(latest);
  return bootstrapIntervals(
    latest,
    (draw) => pool(draw.map((f, i) => ({ ...f, expert: String(i) }))),
    bootstrap,
  );
}
