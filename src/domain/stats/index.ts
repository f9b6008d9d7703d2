/**
 * Descriptive statistics for the engine: type-7 quantiles, median, mean, sample SD, a one-call sample
 * summary, and the Metaculus weighted percentile. Pure functions; inputs are never mutated.
 */
export { type BootstrapInterval, bootstrapInterval } from "./bootstrap.js";
export { describeSample, type SampleDescription } from "./describe-sample.js";
export { mean } from "./mean.js";
export { median } from "./median.js";
export { quantileType7 } from "./quantile-type7.js";
export { sampleStandardDeviation } from "./sample-standard-deviation.js";
export { weightedPercentile, weightedPercentileColumns } from "./weighted-percentile.js";
