/**
 * Pooling of forecasts: binary probabilities, categorical allocations over scenarios, and quantities given
 * as quantiles. Methods are looked up by name; each module states its formulas and sources.
 */

export {
  bootstrapAllocationPool,
  bootstrapProbabilityPool,
  bootstrapQuantilePool,
} from "./bootstrap-pool.js";
export {
  type ExtremizingFit,
  type ExtremizingQuestion,
  fitExtremizingFactor,
  MAX_D,
  MIN_D,
} from "./fit-extremizing.js";
export { latestForecasts } from "./latest-forecasts.js";
export {
  ALLOCATION_POOL_METHODS,
  type AllocationPool,
  type AllocationPoolMethod,
  type CategoricalForecast,
  communityPredictionMultipleChoice,
  poolAllocations,
} from "./pool-allocations.js";
export {
  type BinaryForecast,
  DEFAULT_EXTREMIZING_D,
  DEFAULT_TRIM,
  PROBABILITY_POOL_METHODS,
  type ProbabilityPool,
  type ProbabilityPoolMethod,
  type ProbabilityPoolOptions,
  poolProbabilities,
} from "./pool-probabilities.js";
export {
  poolQuantiles,
  QUANTILE_POOL_METHODS,
  type QuantileForecast,
  type QuantilePool,
  type QuantilePoolInput,
  type QuantilePoolMethod,
} from "./pool-quantiles.js";
export { recencyWeights } from "./recency-weights.js";
export { standardiseIdea } from "./standardise-idea.js";
export {
  DEFAULT_TRACK_RECORD_K,
  DEFAULT_TRACK_RECORD_N0,
  type TrackRecord,
  type TrackRecordOptions,
  trackRecords,
  trackRecordWeights,
} from "./track-record.js";
