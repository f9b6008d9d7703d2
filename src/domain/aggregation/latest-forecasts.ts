import { instantProblem, parseInstant } from "../iso-time.js";

/** Anything with an expert and, optionally, an ISO 8601 time. */
export type Timed = { readonly expert: string; readonly time?: string };

/**
 * Milliseconds since the epoch of a strict ISO 8601 instant (offset required, calendar-valid: see
 * iso-time.ts), or a RangeError naming `fn`, `where` and what is wrong. Independent of the machine's zone.
 */
export function parseTime(fn: string, time: unknown, where: string): number {
  if (typeof time !== "string") throw new TypeError(`${fn}: ${where} must be an ISO 8601 string`);
  const fast = parseUtcInstant(time);
  if (!Number.isNaN(fast)) return fast;
  const ms = parseInstant(time);
  if (ms === null)
    throw new RangeError(`${fn}: ${where} is not an ISO 8601 time: "${time}" (${instantProblem(time)})`);
  return ms;
}

/**
 * The common case of {@link parseTime} without a regular expression or Date.parse: a valid UTC instant
 * written `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ` (what toISOString and SQLite write).
 * NaN for anything else (then the strict parser, iso-time.ts, decides); the same instant as that parser.
 */
export function parseUtcInstant(t: string): number {
  const length = t.length;
  if (length !== 20 && length !== 24) return Number.NaN;
  if (t.charCodeAt(length - 1) !== 90 /* Z */) return Number.NaN;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84) return Number.NaN;
  if (t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return Number.NaN;
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 2);
  const day = digits(t, 8, 2);
  const hour = digits(t, 11, 2);
  const minute = digits(t, 14, 2);
  const second = digits(t, 17, 2);
  let milli = 0;
  if (length === 24) {
    if (t.charCodeAt(19) !== 46 /* . */) return Number.NaN;
    milli = digits(t, 20, 3);
  }
  if (!(month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59 && milli >= 0))
    return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (!(day <= (month === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[month - 1] as number)))) return Number.NaN;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60000 + second * 1000 + milli;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The decimal number written by `count` digits of t from `at`, or NaN (and so out of every range). */
function digits(t: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = t.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
  const n = forecasts.length;
  if (n === 0) throw new RangeError(`${fn}: forecasts must not be empty`);
  // One pass: checks, times, and whether they already arrive in time order (they usually do).
  const keys = new Float64Array(n);
  const hashes = new Int32Array(n);
  let timed = 0;
  let inOrder = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const f = forecasts[i] as F;
    if (typeof f !== "object" || f === null) throw new TypeError(`${fn}: forecasts[${i}] must be an object`);
    const expert = f.expert;
    if (typeof expert !== "string") throw new TypeError(`${fn}: forecasts[${i}].expert must be a string`);
    let hash = 0x811c9dc5; // FNV-1a over the UTF-16 code units
    for (let c = 0; c < expert.length; c++) hash = Math.imul(hash ^ expert.charCodeAt(c), 0x01000193);
    hashes[i] = hash;
    let key = i;
    if (f.time !== undefined) {
      timed++;
      const fast = typeof f.time === "string" ? parseUtcInstant(f.time) : Number.NaN;
      key = Number.isNaN(fast) ? parseTime(fn, f.time, `forecasts[${i}].time`) : fast;
    }
    keys[i] = key;
    if (key < previous) inOrder = false;
    previous = key;
  }
  if (timed !== 0 && timed !== n) throw new RangeError(`${fn}: either every forecast has a time or none has`);
  if (inOrder) return keepLatest(forecasts, hashes, null);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
  );
  return keepLatest(forecasts, hashes, order);
}

/**
 * Walks the forecasts from newest to oldest (in `order`, or input order when null) and keeps each
 * expert's first, returned oldest to newest. The experts seen are kept in an open-addressing table of
 * input indices keyed by the experts' string hashes: a few times cheaper than a Set at 10^6.
 */
function keepLatest<F extends Timed>(
  forecasts: readonly F[],
  hashes: Int32Array,
  order: readonly number[] | null,
): F[] {
  const n = forecasts.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const kept = new Int32Array(n);
  let count = 0;
  for (let k = n - 1; k >= 0; k--) {
    const index = order === null ? k : (order[k] as number);
    const hash = hashes[index] as number;
    let slot = hash & mask;
    for (;;) {
      const at = table[slot] as number;
      if (at < 0) {
        table[slot] = index;
        kept[count++] = index;
        break;
      }
      if (hashes[at] === hash && (forecasts[at] as F).expert === (forecasts[index] as F).expert) break;
      slot = (slot + 1) & mask;
    }
  }
  const latest = new Array<F>(count);
  for (let i = 0; i < count; i++) latest[i] = forecasts[kept[count - 1 - i] as number] as F;
  return latest;
}
