import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const ZONES = ["UTC", "America/New_York", "Asia/Tehran"];
const dir = mkdtempSync(join(tmpdir(), "analyse-tz-"));
let count = 0;

function runIn(tz: string, args: string[], input: unknown) {
  const path = join(dir, `in-${count++}.json`);
  writeFileSync(path, typeof input === "string" ? input : JSON.stringify(input));
  return runCli([...args, "--input", path], { env: { TZ: tz } });
}

/** Runs under every zone; asserts the outputs are byte-for-byte equal and returns one. */
function sameEverywhere(args: string[], input: unknown) {
  const runs = ZONES.map((tz) => runIn(tz, args, input));
  for (const r of runs) {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(runs[0]?.stdout);
  }
  return JSON.parse(runs[0]?.stdout ?? "null");
}

function failsEverywhere(args: string[], input: unknown, message: RegExp) {
  for (const tz of ZONES) {
    const r = runIn(tz, args, input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
  }
}

// A window across New York's spring-forward night, forecasts given with explicit offsets.
const scoring = {
  kind: "binary",
  opens: "2026-03-08T00:00:00-05:00",
  closes: "2026-03-09T00:00:00-04:00",
  outcome: 1,
  forecasts: [
    { expert: "a", time: "2026-03-08T01:30:00-05:00", p: 0.7 },
    { expert: "a", time: "2026-03-08T03:30:00-04:00", p: 0.9 },
    { expert: "b", time: "2026-03-08T10:00:00Z", p: 0.4 },
    { expert: "c", time: "2026-03-08T12:00:00+03:30", p: 0.6 },
  ],
};

describe("analyse under TZ=UTC, America/New_York and Asia/Tehran", { timeout: 180_000 }, () => {
  it("score: identical bytes for offset-qualified times across a clock change", () => {
    const out = sameEverywhere(["score", "--rule", "brier"], scoring);
    // The window is 23 hours (a spring-forward day); a's first forecast stands from 06:30Z to the end.
    const a = out.scores.find((s: { expert: string }) => s.expert === "a");
    expect(a.coverage).toBeCloseTo(21.5 / 23, 12);
    sameEverywhere(["score", "--rule", "peer"], scoring);
  });

  it("aggregate: the recency order is by instant, the same everywhere", () => {
    const out = sameEverywhere(["aggregate", "--method", "recency-median"], {
      kind: "binary",
      forecasts: [
        { expert: "a", time: "2026-03-08T06:59:00Z", p: 0.2 },
        { expert: "b", time: "2026-03-08T03:00:00-04:00", p: 0.5 },
        { expert: "c", time: "2026-03-08T10:00:00+03:30", p: 0.9 },
      ],
    });
    expect(out.n).toBe(3);
  });

  it("round: the demo export recomputes to the same bytes", () => {
    sameEverywhere(
      ["round", "--round", "1"],
      JSON.parse(readFileSync(join(ROOT, "tests/fixtures/round-export-demo.json"), "utf8")),
    );
  });

  it.each([
    ["a time without an offset", "2026-03-08T02:30:00", /no time zone offset/],
    ["a date alone", "2026-03-08", /a date alone/],
    ["30 February", "2026-02-30T00:00:00Z", /February 2026 has 28 days/],
    ["hour 24", "2026-03-08T24:00:00Z", /hour 24/],
  ])("refuses %s with error: and exit 2", (_what, time, message) => {
    failsEverywhere(
      ["score", "--rule", "brier"],
      { ...scoring, forecasts: [{ expert: "a", time, p: 0.5 }] },
      message,
    );
    for (const [args, input] of [
      [["score", "--rule", "brier"], { ...scoring, closes: time }],
      [["aggregate", "--method", "mean"], { kind: "binary", forecasts: [{ expert: "a", time, p: 0.5 }] }],
    ] as const) {
      const r = runIn("America/New_York", [...args], input);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
    }
  });
});
