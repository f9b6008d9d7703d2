/**
 * A seeded, reproducible percentile bootstrap interval for a statistic of a sample (Efron & Tibshirani 1993,
 * *An Introduction to the Bootstrap*, ch. 13): draw `resamples` samples of size n with replacement, compute
 * the statistic on each, and report the (1 − level)/2 and (1 + level)/2 type-7 quantiles of those values.
 * The draws come from mulberry32 seeded with `seed` (a 32-bit integer), so the same input and seed give
 * the same interval on every machine.
 *
 * Worked example (hand-derivable): the mean of [0, 1] resampled is 0, ½ or 1 with probabilities ¼, ½, ¼, so
 * with many resamples the 95% interval is [0, 1] and the 50% interval [½, ½] (25th and 75th percentiles).
 *
 * @example bootstrapInterval([0.6, 0.7, 0.9], mean, { seed: 1 }) // { lower, upper, resamples: 2000, level: 0.95, seed: 1 }
 * @throws {RangeError} on an empty sample, a level outside (0, 1), resamples not a positive integer, or a
 *   seed that is not a 32-bit integer
 */
import { checkFinite } from "./check.js";
import { mulberry32 } from "./mulberry32.js";
import { quantileSortedType7 } from "./quantile-type7.js";

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_LEVEL = 0.95;

/** How to resample: the seed (a run is reproducible), and the number of resamples and the level if not the defaults. */
export type BootstrapOptions = { seed: number; resamples?: number; level?: number };

/** A percentile interval, with the settings it was computed with. */
export type BootstrapInterval = { lower: number; upper: number } & Required<BootstrapOptions>;

export function bootstrapInterval<T>(
  sample: readonly T[],
  statistic: (resample: readonly T[]) => number,
  options: BootstrapOptions,
): BootstrapInterval {
  return bootstrapIntervals(sample, (draw) => [statistic(draw)], options)[0] as BootstrapInterval;
}

/**
 * {@link bootstrapInterval} for a statistic with several components (a pooled allocation's shares, a
 * pooled quantity's quantiles): every component is computed on the same resamples, and each gets its own
 * percentile interval. The statistic must return the same number of components on every resample.
 */
export function bootstrapIntervals<T>(
  sample: readonly T[],
  statistic: (resample: readonly T[]) => readonly number[],
  options: BootstrapOptions,
): BootstrapInterval[] {
  const fn = "bootstrapInterval";
  if (!Array.isArray(sample) || sample.length === 0) throw new RangeError(`${fn}: sample must not be empty`);
  const { seed } = options;
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const level = options.level ?? DEFAULT_LEVEL;
  checkFinite(fn, level, "level");
  if (!(level > 0 && level < 1)) throw new RangeError(`${fn}: level must be in (0, 1), got ${level}`);
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`${fn}: resamples must be a positive integer, got ${resamples}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`${fn}: seed must be an integer in [0, 2³² − 1], got ${seed}`);
  const next = mulberry32(seed);
  const n = sample.length;
  let values: Float64Array[] = [];
  const draw: T[] = new Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) draw[i] = sample[Math.floor(next() * n)] as T;
    const v = statistic(draw);
    if (r === 0) values = v.map(() => new Float64Array(resamples));
    v.forEach((x, k) => {
      (values[k] as Float64Array)[r] = x;
    });
  }
  return values.map((column) => {
    column.sort();
    return {
      lower: quantileSortedType7(column, (1 - level) / 2),
      upper: quantileSortedType7(column, (1 + level) / 2),
      resamples,
      level,
      seed,
    };
  });
}
