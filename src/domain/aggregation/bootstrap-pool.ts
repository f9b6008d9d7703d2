/**
 * A seeded bootstrap interval for a pooled yes/no probability: the experts' latest forecasts are resampled
 * with replacement (each draw counted as a separate expert, keeping its time and weight) and pooled by the
 * same method ({@link bootstrapInterval} for the resampling and percentiles).
 *
 * @example bootstrapProbabilityPool("mean", [{ expert: "a", p: 0 }, { expert: "b", p: 1 }], {}, { seed: 7, level: 0.95 })
 * // { lower: 0, upper: 1, … } (the resampled mean is 0, ½ or 1)
 * @throws as {@link poolProbabilities} and {@link bootstrapInterval}
 */
import { type BootstrapInterval, bootstrapInterval, bootstrapIntervals } from "../stats/bootstrap.js";
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
  const latest = latestForecasts("bootstrapProbabilityPool", forecasts);
  poolProbabilities(method, latest, options); // the input errors of the pool itself, before resampling
  return bootstrapInterval(
    latest,
    (draw) =>
      poolProbabilities(
        method,
        draw.map((f, i) => ({ ...f, expert: String(i) })),
        options,
      ).value,
    bootstrap,
  );
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
  const latest = latestForecasts("bootstrapAllocationPool", forecasts);
  poolAllocations(method, latest);
  return bootstrapIntervals(
    latest,
    (draw) =>
      poolAllocations(
        method,
        draw.map((f, i) => ({ ...f, expert: String(i) })),
      ).value,
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
  const latest = latestForecasts("bootstrapQuantilePool", input.forecasts);
  poolQuantiles(method, { ...input, forecasts: latest });
  return bootstrapIntervals(
    latest,
    (draw) =>
      poolQuantiles(method, {
        ...input,
        forecasts: draw.map((f, i) => ({ ...f, expert: String(i) })),
      }).value,
    bootstrap,
  );
}
