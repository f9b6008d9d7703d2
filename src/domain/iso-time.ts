/**
 * Strict ISO 8601 instants: the one parser of times the engine, the CLI and the app's JSON inputs use.
 *
 * An instant must name its offset, so the same text means the same instant on every machine:
 *
 *   YYYY-MM-DDThh:mm[:ss[.fraction]](Z | ±hh:mm | ±hhmm)
 *
 * - The offset is required. `2026-03-08T02:30:00` (no offset) would be read in the machine's time zone by
 *   `Date.parse`, and a date alone (`2026-03-08`) as UTC midnight; both are ambiguous and refused.
 * - Every field must exist on the calendar: `2026-02-30T00:00:00Z` is refused (`Date.parse` rolls it over
 *   to 2 March), as are month 13, hour 24, minute or second 60 (JavaScript has no leap seconds) and an
 *   offset beyond ±23:59.
 * - Fractions of a second beyond milliseconds are truncated (a JavaScript time has millisecond
 *   resolution), the same on every machine.
 *
 * Sources: ISO 8601-1:2019 §5.4 (complete representations, extended and basic offset formats); RFC 3339
 * §5.6 (the internet profile, which also makes the offset mandatory).
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** What an instant must look like, for error messages. */
export const INSTANT_FORMAT = "an ISO 8601 time with a time zone offset, e.g. 2026-01-31T09:00:00Z";

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since 1970-01-01T00:00:00Z of a UTC calendar time whose fields are known to be valid. */
function utcMillis(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/**
 * Why `text` is not a strict instant (a short phrase), or null when it is one.
 *
 * @example instantProblem("2026-02-30T00:00:00Z") // "February 2026 has 28 days"
 * @example instantProblem("2026-03-08T02:30:00") // "it has no time zone offset (add Z for UTC or ±hh:mm)"
 */
export function instantProblem(text: unknown): string | null {
  if (typeof text !== "string") return "it is not a string";
  const m = INSTANT.exec(text);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text))
      return "a date alone is not an instant (add a time and Z or ±hh:mm)";
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/.test(text))
      return "it has no time zone offset (add Z for UTC or ±hh:mm)";
    return "it is not YYYY-MM-DDThh:mm[:ss[.fff]] followed by Z or ±hh:mm";
  }
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (mo < 1 || mo > 12) return `month ${m[2]} does not exist`;
  const days = daysInMonth(y, mo);
  if (d < 1 || d > days) return `${MONTHS[mo - 1]} ${m[1]} has ${days} days`;
  if (h > 23) return `hour ${m[4]} does not exist (00–23)`;
  if (mi > 59) return `minute ${m[5]} does not exist (00–59)`;
  if (s > 59) return `second ${m[6]} does not exist (00–59)`;
  if (m[8] !== "Z" && (Number(m[10]) > 23 || Number(m[11]) > 59)) return `offset ${m[8]} does not exist`;
  return null;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Milliseconds since the epoch of a strict ISO 8601 instant (rules above), or null when `text` is not one.
 * Independent of the machine's time zone.
 *
 * @example parseInstant("2026-01-02T00:00:00+01:00") // 1767308400000 (2026-01-01T23:00:00Z)
 * @example parseInstant("2026-02-30T00:00:00Z") // null
 */
export function parseInstant(text: unknown): number | null {
  if (instantProblem(text) !== null) return null;
  const m = INSTANT.exec(text as string) as RegExpExecArray;
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, "0"));
  const local = utcMillis(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    m[6] === undefined ? 0 : Number(m[6]),
    ms,
  );
  if (m[8] === "Z") return local;
  const sign = m[9] === "-" ? -1 : 1;
  return local - sign * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
}

/** The UTC calendar date "YYYY-MM-DD" is a real day (e.g. 2026-02-29 is not). */
export function isCalendarDate(text: unknown): boolean {
  if (typeof text !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
