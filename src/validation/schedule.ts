import * as v from "valibot";

/**
 * Time zones and schedules. Times are stored in UTC; organisers type them as wall-clock times in their
 * own time zone (users.time_zone, an IANA name such as "Europe/Berlin"), converted here.
 *
 * Wall-clock times that do not exist or exist twice (daylight-saving changes) are resolved as
 * Temporal's "compatible" disambiguation does: a time in the spring-forward gap moves forward by the
 * gap (02:30 on the night Berlin jumps from 02:00 to 03:00 is 03:30 CEST = 01:30 UTC); a time in the
 * autumn overlap takes the earlier instant (02:30 on the night Berlin falls back is 02:30 CEST = 00:30 UTC).
 */

const IANA = /^(UTC|[A-Za-z][A-Za-z_+-]*(\/[A-Za-z0-9_+-]+){1,2})$/;

/** True for an IANA time zone name that this runtime's Intl knows ("UTC" included). */
export function isTimeZone(tz: unknown): tz is string {
  if (typeof tz !== "string" || tz.length > 64 || !IANA.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The time zones a person chooses from (Settings): "UTC" first, then every IANA zone this runtime's Intl
 * lists (`Intl.supportedValuesOf("timeZone")`, which leaves out "UTC" itself in some engines).
 */
export const TIME_ZONES: readonly string[] = (() => {
  try {
    const listed = (Intl as unknown as { supportedValuesOf: (k: string) => string[] }).supportedValuesOf(
      "timeZone",
    );
    return ["UTC", ...listed.filter((z) => z !== "UTC")];
  } catch {
    return ["UTC"];
  }
})();
const TIME_ZONE_SET: ReadonlySet<string> = new Set(TIME_ZONES);

/** True for a zone of the list people choose from (`TIME_ZONES`). */
export const isListedTimeZone = (tz: unknown): tz is string =>
  typeof tz === "string" && TIME_ZONE_SET.has(tz);

/** The time zone's offset from UTC (ms, east positive) at an instant. */
export function zoneOffsetMs(utcMs: number, tz: string): number {
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(utcMs))) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `datetime-local` value ("2026-03-29T02:30") in `tz` as a UTC ISO string, or null when malformed. */
export function localToUtc(local: string, tz: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0);
  const back = new Date(wall);
  if (back.getUTCMonth() !== mo! - 1 || back.getUTCDate() !== d! || h! > 23 || mi! > 59) return null;
  const before = zoneOffsetMs(wall - 86_400_000, tz);
  const after = zoneOffsetMs(wall + 86_400_000, tz);
  const candidates = [...new Set([wall - before, wall - after])].filter(
    (utc) => utc + zoneOffsetMs(utc, tz) === wall,
  );
  // Overlap: the earlier instant; gap: the offset in force before the change (moves the time forward).
  const utc = candidates.length > 0 ? Math.min(...candidates) : wall - before;
  return new Date(utc).toISOString();
}

/** A UTC ISO time as a `datetime-local` value in `tz` (to pre-fill a form). */
export function utcToLocalInput(iso: string, tz: string): string {
  const ms = new Date(iso).getTime();
  return new Date(ms + zoneOffsetMs(ms, tz)).toISOString().slice(0, 16);
}

const localField = v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(19, "error.tooLong"));

/**
 * The schedule of a round: optional opening and closing times typed in the organiser's time zone.
 * Output: UTC ISO strings (null when left empty). The closing time must follow the opening time.
 */
export function validateSchedule(
  body: Record<string, unknown>,
  tz: string,
  nowMs = Date.now(),
):
  | { ok: true; output: { opensAt: string | null; closesAt: string | null } }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const read = (name: "opensAt" | "closesAt") => {
    const parsed = v.safeParse(localField, body[name]);
    if (!parsed.success) {
      errors[name] = "error.tooLong";
      return null;
    }
    if (parsed.output === "") return null;
    const utc = localToUtc(parsed.output, tz);
    if (!utc) errors[name] = "ops.schedule.error.format";
    return utc;
  };
  const opensAt = read("opensAt");
  const closesAt = read("closesAt");
  if (closesAt && opensAt && closesAt <= opensAt) errors.closesAt = "ops.schedule.error.order";
  if (closesAt && !errors.closesAt && new Date(closesAt).getTime() <= nowMs)
    errors.closesAt = "ops.schedule.error.past";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, output: { opensAt, closesAt } };
}
