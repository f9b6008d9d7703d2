/**
 * A seeded bootstrap interval for a pooled yes/no probability: the experts' latest forecasts are resampled
 * with replacement (each draw counted as a separate expert, keeping its time and weight) and pooled by the
 * same method ({@link bootstrapInterval} for the resampling and percentiles).
 *
 * @example bootstrapProbabilityPool("mean", [{ expert: "a", p: 0 }, { expert: "b", p: 1 }], {}, { seed: 7, level: 0.95 })
 * // { lower: 0, upper: 1, … } (the resampled mean is 0, ½ or 1)
 * @throws as {@link poolProbabilities} and {@link bootstrapInterval}
 */
import { type BootstrapInterval, bootstrapInterval } from "../stats/bootstrap.js";
import { latestForecasts } from "./latest-forecasts.js";
import {
  type BinaryForecast,
  type ProbabilityPoolMethod,
  type ProbabilityPoolOptions,
  poolProbabilities,
} from "./pool-probabilities.js";

export function bootstrapProbabilityPool(
  method: ProbabilityPoolMethod,
  forecasts: readonly BinaryForecast[],
  options: ProbabilityPoolOptions,
  bootstrap: { seed: number; resamples?: number; level?: number },
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
