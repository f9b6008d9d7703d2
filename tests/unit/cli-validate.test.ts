/**
 * The input checks `analyse aggregate` and `analyse score` share (src/cli/commands/validate.ts): one rule
 * and one message for the forecast rows, the levels and each forecast's quantiles, whichever command reads them.
 */
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/args.js";
import { forecastRows, quantileLevels, quantileValues } from "../../src/cli/commands/validate.js";

describe("quantileLevels", () => {
  it("takes strictly increasing levels inside (0, 1)", () => {
    expect(quantileLevels([0.05, 0.5, 0.95], "levels")).toEqual([0.05, 0.5, 0.95]);
  });
  it("names the level outside (0, 1) and refuses a non-increasing list", () => {
    expect(() => quantileLevels([0.5, 1], "levels")).toThrow(new CliError("levels[1] must be in (0, 1)"));
    expect(() => quantileLevels([0.5, 0.5], "levels")).toThrow(/levels must be strictly increasing/);
  });
});

describe("quantileValues", () => {
  const levels = [0.1, 0.5, 0.9];
  it("takes one strictly increasing value per level, inside the bounds when given", () => {
    expect(quantileValues([1, 2, 3], "q", levels)).toEqual([1, 2, 3]);
    expect(quantileValues([1, 2, 3], "q", levels, [0, 4])).toEqual([1, 2, 3]);
  });
  it("refuses a count that differs from the levels and values on or beyond a bound", () => {
    expect(() => quantileValues([1, 2], "forecasts[0].q", levels)).toThrow(
      new CliError("forecasts[0].q must have 3 values, one per level"),
    );
    expect(() => quantileValues([1, 2, 3], "forecasts[1].q", levels, [1, 4])).toThrow(
      new CliError("forecasts[1].q must lie strictly inside bounds"),
    );
    expect(() => quantileValues([1, 2, 3], "q", levels, [0, 3])).toThrow(/strictly inside bounds/);
  });
});

describe("forecastRows", () => {
  const t = "2026-01-01T00:00:00Z";
  it("checks each forecast's expert and time and keeps the raw object for its values", () => {
    expect(forecastRows([{ expert: "a", time: t, p: 0.4 }], "required")).toEqual([
      { f: { expert: "a", time: t, p: 0.4 }, base: { expert: "a", time: t } },
    ]);
    expect(forecastRows([{ expert: "a", p: 0.4 }], "optional")).toEqual([
      { f: { expert: "a", p: 0.4 }, base: { expert: "a" } },
    ]);
  });
  it("refuses a missing time where it is required, a bad time, a missing expert and an empty list", () => {
    expect(() => forecastRows([{ expert: "a" }], "required")).toThrow(/forecasts\[0\]\.time must be/);
    expect(() => forecastRows([{ expert: "a", time: "2026-01-01" }], "optional")).toThrow(
      /forecasts\[0\]\.time must be/,
    );
    expect(() => forecastRows([{ time: t }], "optional")).toThrow(
      new CliError("forecasts[0].expert must be a string"),
    );
    expect(() => forecastRows([], "optional")).toThrow(new CliError("forecasts must not be empty"));
  });
});
