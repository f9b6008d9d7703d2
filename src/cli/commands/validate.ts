/**
 * Shape checks for the analysis command's JSON input. Each throws a CliError naming the path of the bad
 * value (`forecasts[2].p must be in [0,1]`), so the user sees where the file is wrong; the engine then
 * re-checks its own invariants.
 */
import { INSTANT_FORMAT, instantProblem } from "../../domain/iso-time.js";
import { CliError } from "../args.js";

export type Json = Record<string, unknown>;

export function object(value: unknown, path: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new CliError(`${path} must be an object`);
  return value as Json;
}

export function array(value: unknown, path: string, { nonEmpty = true } = {}): unknown[] {
  if (!Array.isArray(value)) throw new CliError(`${path} must be an array`);
  if (nonEmpty && value.length === 0) throw new CliError(`${path} must not be empty`);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== "string") throw new CliError(`${path} must be a string`);
  return value;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new CliError(`${path} must be a finite number`);
  return value;
}

export function probability(value: unknown, path: string): number {
  const p = number(value, path);
  if (p < 0 || p > 1) throw new CliError(`${path} must be in [0,1]`);
  return p;
}

export function numbers(value: unknown, path: string): number[] {
  return array(value, path).map((x, i) => number(x, `${path}[${i}]`));
}

/** A non-empty array of numbers, each larger than the one before. */
export function increasing(value: unknown, path: string): number[] {
  const xs = numbers(value, path);
  xs.forEach((x, i) => {
    if (i > 0 && !(x > (xs[i - 1] as number))) throw new CliError(`${path} must be strictly increasing`);
  });
  return xs;
}

/**
 * An input's `forecasts`: a non-empty array of objects, each with an `expert` string and a strict ISO 8601
 * `time` (optional for `analyse aggregate`, which pools without times). Each row keeps the raw object `f`
 * for the command to read its value fields, beside `base`, the checked expert and time.
 */
export function forecastRows(
  value: unknown,
  time: "required",
): { f: Json; base: { expert: string; time: string } }[];
export function forecastRows(
  value: unknown,
  time: "optional",
): { f: Json; base: { expert: string; time?: string } }[];
export function forecastRows(value: unknown, time: "required" | "optional") {
  return array(value, "forecasts").map((raw, i) => {
    const f = object(raw, `forecasts[${i}]`);
    const expert = string(f.expert, `forecasts[${i}].expert`);
    return time === "optional" && f.time === undefined
      ? { f, base: { expert } }
      : { f, base: { expert, time: isoTime(f.time, `forecasts[${i}].time`) } };
  });
}

/** Quantile levels: a non-empty, strictly increasing array of numbers, each inside (0, 1). */
export function quantileLevels(value: unknown, path: string): number[] {
  const levels = increasing(value, path);
  levels.forEach((a, j) => {
    if (!(a > 0 && a < 1)) throw new CliError(`${path}[${j}] must be in (0, 1)`);
  });
  return levels;
}

/** One forecast's quantiles: strictly increasing, one per level, and strictly inside `bounds` when given. */
export function quantileValues(
  value: unknown,
  path: string,
  levels: readonly number[],
  bounds?: readonly [number, number],
): number[] {
  const q = increasing(value, path);
  if (q.length !== levels.length)
    throw new CliError(`${path} must have ${levels.length} values, one per level`);
  if (bounds && !((q[0] as number) > bounds[0] && (q[q.length - 1] as number) < bounds[1]))
    throw new CliError(`${path} must lie strictly inside bounds`);
  return q;
}

/** The optional `options` of a categorical question: a non-empty list of strings. */
export function optionNames(value: unknown): string[] {
  return array(value, "options").map((o, i) => string(o, `options[${i}]`));
}

/**
 * A quantity question's levels, optional bounds and each row's quantiles (`forecasts[i].q`), checked;
 * each forecast keeps its row's expert and time.
 */
export function quantileForecasts<B>(input: Json, rows: readonly { f: Json; base: B }[]) {
  const levels = quantileLevels(input.levels, "levels");
  const bounds = input.bounds === undefined ? undefined : pair(input.bounds, "bounds", true);
  const forecasts = rows.map(({ f, base }, i) => ({
    ...base,
    q: quantileValues(f.q, `forecasts[${i}].q`, levels, bounds),
  }));
  return { levels, bounds, forecasts };
}

/** A probability vector summing to 1 within 1e-6, of length `length` when given. */
export function distribution(value: unknown, path: string, length?: number): number[] {
  const ps = array(value, path).map((x, i) => probability(x, `${path}[${i}]`));
  if (length !== undefined && ps.length !== length)
    throw new CliError(`${path} must have ${length} probabilities (one per option), has ${ps.length}`);
  if (ps.length < 2) throw new CliError(`${path} must have at least 2 probabilities`);
  const sum = ps.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-6) throw new CliError(`${path} must sum to 1 (sums to ${sum})`);
  return ps;
}

/**
 * A strict ISO 8601 instant (src/domain/iso-time.ts): offset or Z required, every field on the calendar,
 * so a file means the same on every machine whatever its TZ.
 */
export function isoTime(value: unknown, path: string): string {
  const problem = instantProblem(value);
  if (problem !== null)
    throw new CliError(`${path} must be ${INSTANT_FORMAT}: ${JSON.stringify(value)} (${problem})`);
  return value as string;
}

/** `value` if it is one of `allowed`, else an error listing them. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value))
    throw new CliError(`unknown ${what} ${JSON.stringify(value)}; expected one of: ${allowed.join(", ")}`);
  return value as T;
}

/** A [low, high] pair with low ≤ high (or low < high when `strict`). */
export function pair(value: unknown, path: string, strict = false): [number, number] {
  const xs = array(value, path);
  if (xs.length !== 2) throw new CliError(`${path} must be [low, high]`);
  const lo = number(xs[0], `${path}[0]`);
  const hi = number(xs[1], `${path}[1]`);
  if (strict ? !(lo < hi) : !(lo <= hi))
    throw new CliError(`${path}[0] must be ${strict ? "<" : "≤"} ${path}[1]`);
  return [lo, hi];
}
