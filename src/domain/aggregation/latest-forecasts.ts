import { instantProblem, parseInstant } from "../iso-time.js";

/** Anything with an expert and, optionally, an ISO 8601 time. */
export type Timed = { readonly expert: string; readonly time?: string };

/**
 * Milliseconds since the epoch of a strict ISO 8601 instant (offset required, calendar-valid: see
 * iso-time.ts), or a RangeError naming `fn`, `where` and what is wrong. Independent of the machine's zone.
 */
export function parseTime(fn: string, time: unknown, where: string): number {
  if (typeof time !== "string") throw new TypeError(`${fn}: ${where} must be an ISO 8601 string`);
  const ms = parseInstant(time);
  if (ms === null)
    throw new RangeError(`${fn}: ${where} is not an ISO 8601 time: "${time}" (${instantProblem(time)})`);
  return ms;
}

/**
 * Each expert's latest forecast, ordered oldest to newest (the order the recency weights need).
 *
 * Convention: either every forecast has a `time` or none has. With times, "latest" and the order are by
 * time (instants, so offsets are honoured), ties broken by position in the input; without times, the input
 * order is the time order. Only the forecast a pool uses is returned; the input is not mutated.
 *
 * @example latestForecasts("f", [{ expert: "a", p: 0.2 }, { expert: "b", p: 0.5 }, { expert: "a", p: 0.3 }])
 * // [{ expert: "b", p: 0.5 }, { expert: "a", p: 0.3 }]
 * @throws {RangeError} on no forecasts, a bad time, or a mix of timed and untimed forecasts
 * @throws {TypeError} when forecasts is not an array of objects with a string expert
 */
export function latestForecasts<F extends Timed>(fn: string, forecasts: readonly F[]): F[] {
  if (!Array.isArray(forecasts)) throw new TypeError(`${fn}: forecasts must be an array`);
  if (forecasts.length === 0) throw new RangeError(`${fn}: forecasts must not be empty`);
  let timed = 0;
  const keys = forecasts.map((f, i) => {
    if (typeof f !== "object" || f === null) throw new TypeError(`${fn}: forecasts[${i}] must be an object`);
    if (typeof f.expert !== "string") throw new TypeError(`${fn}: forecasts[${i}].expert must be a string`);
    if (f.time === undefined) return i;
    timed++;
    return parseTime(fn, f.time, `forecasts[${i}].time`);
  });
  if (timed !== 0 && timed !== forecasts.length)
    throw new RangeError(`${fn}: either every forecast has a time or none has`);
  // Answers usually arrive in time order already; only sort when they do not.
  let inOrder = true;
  for (let i = 1; i < keys.length && inOrder; i++) inOrder = (keys[i] as number) >= (keys[i - 1] as number);
  const order = forecasts.map((_, i) => i);
  if (!inOrder) order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  const seen = new Set<string>();
  const latest: F[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const f = forecasts[order[k] as number] as F;
    if (seen.has(f.expert)) continue;
    seen.add(f.expert);
    latest.push(f);
  }
  return latest.reverse();
}
