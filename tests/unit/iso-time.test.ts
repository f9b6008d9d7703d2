import { describe, expect, it } from "vitest";
import { instantProblem, isCalendarDate, parseInstant } from "../../src/domain/iso-time.js";

describe("parseInstant: strict ISO 8601 instants", () => {
  it.each([
    ["2026-01-01T00:00:00Z", Date.UTC(2026, 0, 1)],
    ["2026-01-02T00:00:00+01:00", Date.UTC(2026, 0, 1, 23)],
    ["2026-01-02T00:00:00+0100", Date.UTC(2026, 0, 1, 23)],
    ["2026-03-08T02:30:00-05:00", Date.UTC(2026, 2, 8, 7, 30)],
    ["2026-03-22T01:00+03:30", Date.UTC(2026, 2, 21, 21, 30)],
    ["2024-02-29T12:00:00.5Z", Date.UTC(2024, 1, 29, 12, 0, 0, 500)],
    ["2026-11-29T04:13:00.765Z", Date.UTC(2026, 10, 29, 4, 13, 0, 765)],
    ["2026-11-29T04:13:00.7659Z", Date.UTC(2026, 10, 29, 4, 13, 0, 765)],
    ["0050-06-01T00:00:00Z", Date.parse("0050-06-01T00:00:00Z")],
  ])("%s → the same instant on every machine", (text, ms) => {
    expect(parseInstant(text)).toBe(ms);
  });

  it("agrees with Date.parse wherever Date.parse is unambiguous (offset given, valid day)", () => {
    for (const t of ["2026-07-01T10:20:30.123Z", "2025-12-31T23:59:59-08:00", "2000-02-29T00:00:00+14:00"])
      expect(parseInstant(t)).toBe(Date.parse(t));
  });

  it.each([
    ["2026-02-30T00:00:00Z", /February 2026 has 28 days/],
    ["2025-02-29T00:00:00Z", /February 2025 has 28 days/],
    ["2026-04-31T00:00:00Z", /April 2026 has 30 days/],
    ["2026-13-01T00:00:00Z", /month 13/],
    ["2026-00-10T00:00:00Z", /month 00/],
    ["2026-01-00T00:00:00Z", /January 2026 has 31 days/],
    ["2026-01-01T24:00:00Z", /hour 24/],
    ["2026-01-01T10:60:00Z", /minute 60/],
    ["2026-06-30T23:59:60Z", /second 60/],
    ["2026-01-01T10:00:00+24:00", /offset/],
    ["2026-03-08T02:30:00", /no time zone offset/],
    ["2026-03-08T02:30", /no time zone offset/],
    ["2026-03-08", /a date alone/],
    ["2026-3-8T02:30:00Z", /YYYY-MM-DD/],
    ["yesterday", /YYYY-MM-DD/],
    ["2026-01-01 10:00:00Z", /YYYY-MM-DD/],
  ])("refuses %s", (text, why) => {
    expect(parseInstant(text)).toBeNull();
    expect(instantProblem(text)).toMatch(why);
  });

  it("isCalendarDate knows leap years", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
  });
});
