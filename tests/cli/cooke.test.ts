import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const INECC = "../shared/reference/cooke/inecc/inecc";
const inecc = existsSync(join(ROOT, `${INECC}.dtt`)) && existsSync(join(ROOT, `${INECC}.rls`));

function analyse(...args: string[]) {
  const run = runCli(["cooke", ...args]);
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
}

function expectOneError(run: ReturnType<typeof analyse>, message: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}

describe.skipIf(!inecc)(
  inecc ? "analyse cooke on INECC" : `analyse cooke on INECC (skipped: missing ${INECC}.dtt)`,
  () => {
    const files = ["--dtt", `${INECC}.dtt`, "--rls", `${INECC}.rls`];

    it("prints the Classical Model as one JSON document", () => {
      const run = analyse(...files, "--alpha", "0.05");
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      const result = JSON.parse(run.stdout);
      expect(Object.keys(result)).toEqual([
        "quantileLevels",
        "seedCount",
        "alpha",
        "experts",
        "decisionMaker",
      ]);
      expect(result.quantileLevels).toEqual([0.05, 0.5, 0.95]);
      expect(result.seedCount).toBe(13);
      expect(result.alpha).toBe(0.05);
      const a = result.experts[0];
      expect(Object.keys(a)).toEqual(["id", "calibration", "informationAll", "informationSeeds", "weight"]);
      expect(Math.abs(a.calibration - 5.03797e-12) / 5.03797e-12).toBeLessThan(1e-4);
      const weights = Object.fromEntries(
        result.experts.map((e: { id: string; weight: number }) => [e.id, e.weight]),
      );
      expect(weights.F).toBeCloseTo(0.839093, 6);
      expect(weights.I).toBeCloseTo(0.160907, 6);
      expect(result.decisionMaker.calibration).toBeCloseTo(0.265039, 6);
      expect(result.decisionMaker.informationAll).toBeCloseTo(0.806313, 6);
      expect(result.decisionMaker.informationSeeds).toBeCloseTo(0.95483, 6);
      expect(Object.keys(result.decisionMaker.items)).toHaveLength(19);
      expect(result.decisionMaker.items.A20).toHaveLength(3);
    });

    it("defaults to global weights with alpha 0, and takes the other options", { timeout: 60_000 }, () => {
      expect(JSON.parse(analyse(...files).stdout).alpha).toBe(0);
      const optimised = JSON.parse(analyse(...files, "--alpha", "optimise").stdout);
      expect(optimised.experts.map((e: { calibration: number }) => e.calibration)).toContain(optimised.alpha);
      const user = JSON.parse(
        analyse(...files, "--weights", "user", "--user-weights", "1,1,1,1,1,1,1,1,2").stdout,
      );
      expect(user.experts[8].weight).toBeCloseTo(0.2, 15);
      const item = JSON.parse(
        analyse(...files, "--weights=item", "--overshoot", "0.2", "--calpower", "0.5").stdout,
      );
      expect(item.experts[0].weight).toBeNull();
    });

    it.each([
      [["--alpha", "0.5"], /alpha 0.5 excludes every expert/],
      [["--weights", "best"], /--weights must be one of global, item, equal, user/],
      [["--alpha", "high"], /--alpha must be a number/],
      [["--overshoot", "-1"], /overshoot/],
      [["--calpower", "x"], /--calpower must be a number/],
      [["--weights", "user"], /--user-weights/],
      [["--weights", "user", "--user-weights", "1,2"], /one weight per expert/],
      [["--weights", "user", "--user-weights", "1,a"], /--user-weights must be comma-separated numbers/],
      [["--weights", "equal", "--alpha", "optimise"], /global and item weights only/],
      [["--colour", "blue"], /unknown option --colour/],
    ])("bad option %j: one error line, exit 2, nothing on stdout", (extra, message) => {
      expectOneError(analyse(...files, ...extra), message);
    });
  },
);

describe("analyse cooke with bad files", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "cooke-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const header = "* CLASS ASCII OUTPUT FILE. NQ=   3   QU=   5  50  95\n";
  const rls = file("ok.rls", "    1 x  2.0E+0000 UNI\n");

  it("a missing file", () => {
    expectOneError(analyse("--dtt", join(dir, "none.dtt"), "--rls", rls), /cannot read file .*none\.dtt/);
  });

  it("a missing --dtt or --rls", () => {
    expectOneError(analyse("--rls", rls), /missing --dtt FILE/);
    expectOneError(analyse("--dtt", rls), /missing --rls FILE/);
  });

  it.each([
    ["too few values", `${header}    1 A    1 x UNI 1 2\n`, /dtt line 2: expected 3 values, got 2/],
    ["a non-numeric value", `${header}    1 A    1 x UNI 1 b 3\n`, /dtt line 2: value "b" is not a number/],
    ["an unknown scale", `${header}    1 A    1 x EXP 1 2 3\n`, /dtt line 2: expected a scale UNI or LOG/],
    ["no header", "    1 A    1 x UNI 1 2 3\n", /dtt line 1: missing header/],
  ])("a .dtt with %s", (_, dtt, message) => {
    expectOneError(analyse("--dtt", file("bad.dtt", dtt), "--rls", rls), message);
  });
});

const TOBACCO = "../shared/reference/cooke/tobacco/tobacco";
const tobacco = existsSync(join(ROOT, `${TOBACCO}.dtt`)) && existsSync(join(ROOT, `${TOBACCO}.rls`));

describe.skipIf(!tobacco)("analyse cooke --robustness (tobacco, anduryl's notebook)", () => {
  const files = ["--dtt", `${TOBACCO}.dtt`, "--rls", `${TOBACCO}.rls`];

  it("adds the item robustness table: each seed left out in turn", () => {
    const run = analyse(...files, "--weights", "item", "--alpha", "0", "--robustness", "items");
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.robustness).toHaveLength(11);
    expect(Object.keys(result.robustness[0])).toEqual([
      "removed",
      "calibration",
      "informationAll",
      "informationSeeds",
      "combined",
      "alpha",
    ]);
    const cal = (id: string | null) =>
      result.robustness.find((r: { removed: string | null }) => r.removed === id).calibration;
    expect(cal(null)).toBeCloseTo(0.498798, 6);
    expect(cal("%discount")).toBeCloseTo(0.206415, 6);
    expect(cal("%NoInsPA/USA")).toBeCloseTo(0.378462, 6);
  });

  it("expert robustness, and a bad value is one error line with exit 2", () => {
    const run = analyse(...files, "--alpha", "optimise", "--robustness", "experts");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).robustness.map((r: { removed: string | null }) => r.removed)).toEqual([
      null,
      "Ex1",
      "Ex2",
      "Ex3",
      "Ex4",
      "Ex5",
      "Ex6",
      "Ex7",
    ]);
    expectOneError(analyse(...files, "--robustness", "seeds"), /--robustness must be items or experts/);
  });
});
