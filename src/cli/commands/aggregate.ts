/**
 * `analyse aggregate --method M [--trim 0.1] [--d 1.5] [--bootstrap N --seed S --level L] [--input FILE]`:
 * pools binary, categorical or quantile forecasts by a named method (ANALYSIS-CLI.md), with seeded bootstrap
 * intervals when asked (one per option or level for categorical and quantile pools). Forecasts may carry a
 * `weight` (required by the weighted methods; for quantiles on every forecast or none). For `linear-pool`,
 * `bounds` is optional: without it the intrinsic range (overshoot 0.1) is used.
 */
import {
  ALLOCATION_POOL_METHODS,
  bootstrapAllocationPool,
  bootstrapProbabilityPool,
  bootstrapQuantilePool,
  DEFAULT_EXTREMIZING_D,
  DEFAULT_TRIM,
  PROBABILITY_POOL_METHODS,
  poolAllocations,
  poolProbabilities,
  poolQuantiles,
  QUANTILE_POOL_METHODS,
} from "../../domain/aggregation/index.js";
import { type Args, CliError, numberOption, readJsonInput } from "../args.js";
import { representable } from "../representable.js";
import {
  distribution,
  forecastRows,
  type Json,
  number,
  object,
  oneOf,
  optionNames,
  probability,
  quantileForecasts,
} from "./validate.js";

const KINDS = ["binary", "categorical", "quantiles"] as const;

export async function aggregate(args: Args): Promise<unknown> {
  const method = args.get("method");
  if (method === undefined || method === "true") throw new CliError("--method is required");
  const trim = numberOption(args, "trim", DEFAULT_TRIM);
  const d = numberOption(args, "d", DEFAULT_EXTREMIZING_D);
  const input = object(await readJsonInput(args), "input");
  const kind = oneOf(input.kind, KINDS, "kind");
  const forecasts = forecastRows(input.forecasts, "optional");
  if (kind === "binary") {
    const m = oneOf(method, PROBABILITY_POOL_METHODS, "method for binary forecasts");
    if (trim < 0 || trim >= 0.5) throw new CliError("--trim must be in [0, 0.5)");
    if (!(d > 0)) throw new CliError("--d must be > 0");
    const list = forecasts.map(({ f, base }, i) => ({
      ...base,
      p: probability(f.p, `forecasts[${i}].p`),
      ...weightOf(f, i),
    }));
    if (m === "performance-weighted" || m === "weighted-geo-odds") {
      const missing = list.findIndex((f) => f.weight === undefined);
      if (missing >= 0) throw new CliError(`forecasts[${missing}].weight is required by ${m}`);
    }
    const pooled = poolProbabilities(m, list, { trim, d });
    const options = bootstrapOptions(args);
    if (options === undefined) return representable(pooled);
    return representable({ ...pooled, bootstrap: bootstrapProbabilityPool(m, list, { trim, d }, options) });
  }
  if (kind === "categorical") {
    const m = oneOf(method, ALLOCATION_POOL_METHODS, "method for categorical forecasts");
    const options = input.options === undefined ? undefined : optionNames(input.options);
    const list = forecasts.map(({ f, base }, i) => ({
      ...base,
      p: distribution(f.p, `forecasts[${i}].p`, options?.length),
      ...weightOf(f, i),
    }));
    if (m === "weighted-mean" || m === "weighted-log-pool") {
      const missing = list.findIndex((f) => f.weight === undefined);
      if (missing >= 0) throw new CliError(`forecasts[${missing}].weight is required by ${m}`);
    }
    const K = list[0]?.p.length;
    list.forEach((f, i) => {
      if (f.p.length !== K)
        throw new CliError(`forecasts[${i}].p must have ${K} probabilities, like forecasts[0].p`);
    });
    const pooled = poolAllocations(m, list);
    const boot = bootstrapOptions(args);
    return representable(boot ? { ...pooled, bootstrap: bootstrapAllocationPool(m, list, boot) } : pooled);
  }
  const m = oneOf(method, QUANTILE_POOL_METHODS, "method for quantile forecasts");
  const quantiles = quantileForecasts(input, forecasts);
  const { levels, bounds } = quantiles;
  const list = quantiles.forecasts.map((q, i) => ({ ...q, ...weightOf(forecasts[i]!.f, i) }));
  const weighted = list.filter((f) => f.weight !== undefined).length;
  if (weighted !== 0 && weighted !== list.length)
    throw new CliError("weight must be given on every forecast or on none");
  const pool = { levels, forecasts: list, ...(bounds ? { bounds } : {}) };
  const pooled = poolQuantiles(m, pool);
  const boot = bootstrapOptions(args);
  return representable(boot ? { ...pooled, bootstrap: bootstrapQuantilePool(m, pool, boot) } : pooled);
}

/** `--bootstrap N [--seed 1] [--level 0.95]`, or undefined without --bootstrap. */
function bootstrapOptions(args: Args): { seed: number; resamples: number; level: number } | undefined {
  const resamples = args.get("bootstrap");
  if (resamples === undefined) return undefined;
  const n = Number(resamples);
  const seed = Number(args.get("seed") ?? "1");
  if (!Number.isInteger(n) || n < 1) throw new CliError("--bootstrap must be a positive whole number");
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new CliError("--seed must be a whole number in [0, 4294967295]");
  const level = numberOption(args, "level", 0.95);
  if (!(level > 0 && level < 1)) throw new CliError("--level must be in (0, 1)");
  return { seed, resamples: n, level };
}

/** A forecast's optional `weight` (≥ 0), as a property to spread: nothing when it has none. */
function weightOf(f: Json, i: number): { weight?: number } {
  if (f.weight === undefined) return {};
  const weight = number(f.weight, `forecasts[${i}].weight`);
  if (weight < 0) throw new CliError(`forecasts[${i}].weight must be ≥ 0`);
  return { weight };
}
