/**
 * The `analyse` commands aggregate, score, consensus and kendall, run as a user runs them (a separate
 * process, cwd = project root), with input from files and from standard input. The suite spawns the
 * bundle of src/cli/main.ts (tests/cli/bundle-cli.ts); the first test runs `npm run analyse`'s own
 * path, tsx on the TypeScript source, and checks it prints the same.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "analyse-"));
let fileCount = 0;

function run(args: string[], stdin?: string) {
  return runCli(args, { stdin });
}

function file(content: unknown): string {
  const path = join(dir, `input-${fileCount++}.json`);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function ok(args: string[], input: unknown): unknown {
  const r = run([...args, "--input", file(input)]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

function fails(args: string[], input: unknown, message: RegExp): void {
  const r = run([...args, "--input", file(input)]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(message);
}

const binary = (ps: number[]) => ({
  kind: "binary",
  forecasts: ps.map((p, i) => ({ expert: `e${i}`, time: `2026-01-0${i + 1}T00:00:00Z`, p })),
});

describe("analyse through tsx, as `npm run analyse` runs it", { timeout: 60_000 }, () => {
  it("prints what the bundled command prints", () => {
    const args = ["aggregate", "--method", "recency-median", "--input", file(binary([0.8, 0.7, 0.6]))];
    const tsx = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(tsx.stderr).toBe("");
    expect(tsx.status).toBe(0);
    expect(tsx.stdout).toBe(run(args).stdout);
  });
});

describe("analyse aggregate", { timeout: 60_000 }, () => {
  it("pools binary forecasts from a file (Metaculus community prediction vector)", () => {
    expect(ok(["aggregate", "--method", "recency-median"], binary([0.8, 0.7, 0.6]))).toEqual({
      n: 3,
      value: 0.7,
      lower: 0.6,
      upper: 0.7,
    });
  });

  it("reads standard input with --input - and with no input option", () => {
    const input = JSON.stringify(binary([0.1, 0.3, 0.6, 0.9]));
    for (const args of [
      ["aggregate", "--method", "median", "--input", "-"],
      ["aggregate", "--method=median"],
    ]) {
      const r = run(args, input);
      expect(r.code).toBe(0);
      const got = JSON.parse(r.stdout) as { n: number; value: number };
      expect(got.n).toBe(4);
      expect(got.value).toBeCloseTo(0.45, 14); // (0.3 + 0.6)/2 = 0.44999999999999996 in doubles, as numpy.median
    }
  });

  it("passes --trim and --d", () => {
    expect(
      ok(["aggregate", "--method", "extremized", "--d", "2.5"], binary([0.6, 0.7, 0.8, 0.9])),
    ).toMatchObject({ n: 4 });
    const got = ok(
      ["aggregate", "--method", "trimmed-mean", "--trim", "0.25"],
      binary([0.1, 0.3, 0.6, 0.9]),
    ) as { value: number };
    expect(got.value).toBeCloseTo(0.45, 14);
  });

  it("pools categorical and quantile forecasts", () => {
    const cat = ok(["aggregate", "--method", "recency-median"], {
      kind: "categorical",
      options: ["A", "B", "C"],
      forecasts: [
        { expert: "e1", time: "2026-01-01T00:00:00Z", p: [0.6, 0.15, 0.25] },
        { expert: "e2", time: "2026-01-02T00:00:00Z", p: [0.6, 0.25, 0.15] },
      ],
    }) as { n: number; value: number[] };
    expect(cat.n).toBe(2);
    cat.value.forEach((x, i) => void expect(x).toBeCloseTo([0.6, 0.2, 0.2][i] as number, 14));
    expect(
      ok(["aggregate", "--method", "quantile-average"], {
        kind: "quantiles",
        levels: [0.05, 0.5, 0.95],
        forecasts: [
          { expert: "e1", q: [1, 2, 3] },
          { expert: "e2", q: [3, 4, 5] },
        ],
      }),
    ).toEqual({ n: 2, value: [2, 3, 4] });
    expect(
      ok(["aggregate", "--method", "linear-pool"], {
        kind: "quantiles",
        levels: [0.5],
        bounds: [0, 4],
        forecasts: [
          { expert: "e1", q: [1] },
          { expert: "e2", q: [3] },
        ],
      }),
    ).toEqual({ n: 2, value: [2] });
  });

  it.each([
    ["unparsable JSON", ["--method", "mean"], "{ not json", /not valid JSON/],
    ["not an object", ["--method", "mean"], [1, 2], /input must be an object/],
    ["unknown kind", ["--method", "mean"], { kind: "ternary", forecasts: [] }, /unknown kind "ternary"/],
    [
      "p outside [0,1]",
      ["--method", "mean"],
      binary([0.2, 0.4, 1.5]),
      /^error: forecasts\[2\]\.p must be in \[0,1\]$/,
    ],
    [
      "p not a number",
      ["--method", "mean"],
      { kind: "binary", forecasts: [{ expert: "a", p: "0.5" }] },
      /forecasts\[0\]\.p must be a finite number/,
    ],
    [
      "missing expert",
      ["--method", "mean"],
      { kind: "binary", forecasts: [{ p: 0.5 }] },
      /forecasts\[0\]\.expert must be a string/,
    ],
    [
      "bad time",
      ["--method", "mean"],
      { kind: "binary", forecasts: [{ expert: "a", time: "soon", p: 0.5 }] },
      /forecasts\[0\]\.time must be an ISO 8601 time/,
    ],
    [
      "empty forecasts",
      ["--method", "mean"],
      { kind: "binary", forecasts: [] },
      /forecasts must not be empty/,
    ],
    ["unknown method", ["--method", "mode"], binary([0.5]), /unknown method for binary forecasts "mode"/],
    [
      "method of another kind",
      ["--method", "geo-pool"],
      binary([0.5]),
      /unknown method for binary forecasts/,
    ],
    ["missing method", [], binary([0.5]), /--method is required/],
    ["bad trim", ["--method", "trimmed-mean", "--trim", "0.7"], binary([0.5]), /--trim must be in/],
    ["non-numeric d", ["--method", "extremized", "--d", "big"], binary([0.5]), /--d must be a number/],
    [
      "missing weight",
      ["--method", "performance-weighted"],
      binary([0.5]),
      /forecasts\[0\]\.weight is required/,
    ],
    [
      "allocation not summing to 1",
      ["--method", "mean"],
      { kind: "categorical", options: ["A", "B"], forecasts: [{ expert: "a", p: [0.5, 0.6] }] },
      /forecasts\[0\]\.p must sum to 1/,
    ],
    [
      "allocation of the wrong length",
      ["--method", "mean"],
      { kind: "categorical", options: ["A", "B", "C"], forecasts: [{ expert: "a", p: [0.5, 0.5] }] },
      /forecasts\[0\]\.p must have 3 probabilities/,
    ],
    [
      "quantiles not increasing",
      ["--method", "quantile-average"],
      {
        kind: "quantiles",
        levels: [0.05, 0.5, 0.95],
        forecasts: [
          { expert: "a", q: [1, 2, 3] },
          { expert: "b", q: [3, 2, 5] },
        ],
      },
      /forecasts\[1\]\.q must be strictly increasing/,
    ],
    [
      "levels not increasing",
      ["--method", "quantile-average"],
      { kind: "quantiles", levels: [0.5, 0.05], forecasts: [{ expert: "a", q: [1, 2] }] },
      /levels must be strictly increasing/,
    ],
    [
      "bounds not containing the quantiles",
      ["--method", "linear-pool"],
      { kind: "quantiles", levels: [0.5], bounds: [2, 4], forecasts: [{ expert: "a", q: [1] }] },
      /forecasts\[0\]\.q must lie strictly inside bounds/,
    ],
  ])("rejects %s", (_, args, input, message) => {
    fails(["aggregate", ...(args as string[])], input, message as RegExp);
  });

  it("reports a missing input file", () => {
    const r = run(["aggregate", "--method", "mean", "--input", join(dir, "absent.json")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: cannot read file .*absent\.json\n$/);
  });
});

const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString();

describe("analyse aggregate: weighted geometric mean of odds", { timeout: 60_000 }, () => {
  it("pools with the given weights: 9^(3/4) / (1 + 9^(3/4)) for p 0.9 (weight 3) and 0.5 (weight 1)", () => {
    const got = ok(["aggregate", "--method", "weighted-geo-odds"], {
      kind: "binary",
      forecasts: [
        { expert: "a", p: 0.9, weight: 3 },
        { expert: "b", p: 0.5, weight: 1 },
      ],
    }) as { value: number };
    expect(got.value).toBeCloseTo(9 ** 0.75 / (1 + 9 ** 0.75), 14);
  });

  it("refuses a forecast without a weight", () => {
    fails(
      ["aggregate", "--method", "weighted-geo-odds"],
      { kind: "binary", forecasts: [{ expert: "a", p: 0.9 }] },
      /forecasts\[0\]\.weight is required by weighted-geo-odds/,
    );
  });
});

describe("analyse aggregate --bootstrap", { timeout: 60_000 }, () => {
  const input = {
    kind: "binary",
    forecasts: [
      { expert: "a", p: 0.6 },
      { expert: "b", p: 0.7 },
      { expert: "c", p: 0.9 },
    ],
  };

  it("adds a seeded percentile interval, the same on every run with the same seed", () => {
    const args = ["aggregate", "--method", "mean", "--bootstrap", "500", "--seed", "9"];
    const a = ok(args, input) as { value: number; bootstrap: { lower: number; upper: number; seed: number } };
    expect(ok(args, input)).toEqual(a);
    // Every resampled mean lies between the smallest and largest forecast.
    expect(a.bootstrap.lower).toBeGreaterThanOrEqual(0.6);
    expect(a.bootstrap.upper).toBeLessThanOrEqual(0.9);
    expect(a.bootstrap.seed).toBe(9);
  });

  it("refuses a seed that is not a whole number", () => {
    fails(["aggregate", "--method", "mean", "--bootstrap", "100", "--seed", "1.5"], input, /--seed must be/);
  });
});

describe("analyse aggregate: weighted and bootstrapped pools of every kind", { timeout: 60_000 }, () => {
  it("weighted log pool of categorical forecasts: 4^¾ / (4^¾ + 1) (Genest & Zidek 1986)", () => {
    const out = ok(["aggregate", "--method", "weighted-log-pool"], {
      kind: "categorical",
      forecasts: [
        { expert: "a", p: [0.8, 0.2], weight: 3 },
        { expert: "b", p: [0.5, 0.5], weight: 1 },
      ],
    }) as { value: number[] };
    expect(out.value[0]).toBeCloseTo(4 ** 0.75 / (4 ** 0.75 + 1), 12);
  });
  it("a weighted categorical method needs every weight", () => {
    fails(
      ["aggregate", "--method", "weighted-mean"],
      { kind: "categorical", forecasts: [{ expert: "a", p: [0.5, 0.5] }] },
      /forecasts\[0\]\.weight is required by weighted-mean/,
    );
  });
  it("weighted quantile average, with one bootstrap interval per level", () => {
    const input = {
      kind: "quantiles",
      levels: [0.05, 0.5, 0.95],
      forecasts: [
        { expert: "a", q: [0, 1, 2], weight: 3 },
        { expert: "b", q: [4, 5, 6], weight: 1 },
      ],
    };
    const out = ok(
      ["aggregate", "--method", "quantile-average", "--bootstrap", "200", "--seed", "4"],
      input,
    ) as {
      value: number[];
      bootstrap: { lower: number; upper: number }[];
    };
    expect(out.value).toEqual([1, 2, 3]);
    expect(out.bootstrap).toHaveLength(3);
    expect(out.bootstrap[1]!.lower).toBeGreaterThanOrEqual(1);
    expect(out.bootstrap[1]!.upper).toBeLessThanOrEqual(5);
  });
  it("categorical bootstrap: one interval per option", () => {
    const out = ok(["aggregate", "--method", "mean", "--bootstrap", "100"], {
      kind: "categorical",
      forecasts: [
        { expert: "a", p: [0.7, 0.3] },
        { expert: "b", p: [0.4, 0.6] },
      ],
    }) as { bootstrap: { lower: number; upper: number }[] };
    expect(out.bootstrap).toHaveLength(2);
  });
});

describe("analyse extremizing", { timeout: 60_000 }, () => {
  const at75 = (happened: number, of: number) =>
    Array.from({ length: of }, (_, i) => ({ ps: [0.75], outcome: i < happened ? 1 : 0 }));
  it("nine of ten questions at 75% happened: d = ln 9 / ln 3 = 2", () => {
    const out = ok(["extremizing"], { questions: at75(9, 10) }) as { d: number; n: number; bound: null };
    expect(out.d).toBeCloseTo(2, 9);
    expect(out.n).toBe(10);
    expect(out.bound).toBeNull();
  });
  it("bad input is an error with exit 2", () => {
    fails(["extremizing"], { questions: [{ ps: [1.5], outcome: 1 }] }, /questions\[0\]\.ps\[0\]/);
    fails(["extremizing"], { questions: [] }, /must not be empty/);
    fails(["extremizing"], { questions: [{ ps: [0.5], outcome: 1 }] }, /50%/);
  });
});

describe("analyse score", { timeout: 60_000 }, () => {
  const question = {
    kind: "binary",
    opens: day(0),
    closes: day(10),
    outcome: 1,
    forecasts: [
      { expert: "e1", time: day(0), p: 0.9 },
      { expert: "e2", time: day(5), p: 0.9 },
    ],
  };

  it("prints the Metaculus baseline scores with coverage", () => {
    const got = ok(["score", "--rule", "baseline"], question) as {
      scores: { expert: string; score: number; coverage: number }[];
    };
    expect(got.scores.map((s) => s.expert)).toEqual(["e1", "e2"]);
    expect(got.scores[0]?.score).toBeCloseTo(84.79969066, 7);
    expect(got.scores[1]?.score).toBeCloseTo(42.39984533, 7);
    expect(got.scores[1]?.coverage).toBe(0.5);
  });

  it("scores categorical questions by brier2 from standard input", () => {
    const r = run(
      ["score", "--rule", "brier2"],
      JSON.stringify({
        kind: "categorical",
        options: ["A", "B", "C"],
        ordered: false,
        outcome: 0,
        opens: day(0),
        closes: day(1),
        forecasts: [{ expert: "e1", time: day(0), p: [0.6, 0.1, 0.3] }],
      }),
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { scores: { score: number }[] }).scores[0]?.score).toBeCloseTo(0.26, 14);
  });

  it.each([
    ["unknown rule", ["--rule", "energy"], question, /unknown rule "energy"/],
    ["a quantity rule on a yes/no question", ["--rule", "crps"], question, /scores quantity questions only/],
    ["missing rule", [], question, /--rule is required/],
    ["bad outcome", ["--rule", "brier"], { ...question, outcome: 2 }, /outcome must be 0 or 1/],
    ["window backwards", ["--rule", "brier"], { ...question, closes: day(-1) }, /closes must be after opens/],
    [
      "missing time",
      ["--rule", "brier"],
      { ...question, forecasts: [{ expert: "e1", p: 0.5 }] },
      /forecasts\[0\]\.time must be an ISO 8601 time/,
    ],
    [
      "p outside [0,1]",
      ["--rule", "log"],
      { ...question, forecasts: [{ expert: "e1", time: day(1), p: -0.1 }] },
      /forecasts\[0\]\.p must be in \[0,1\]/,
    ],
    [
      "brier on categorical",
      ["--rule", "brier"],
      { ...question, kind: "categorical", options: ["A", "B"], outcome: 0 },
      /use brier2/,
    ],
    ["unparsable JSON", ["--rule", "brier"], "]", /not valid JSON/],
  ])("rejects %s", (_, args, input, message) => {
    fails(["score", ...(args as string[])], input, message as RegExp);
  });
});

describe("analyse score: quantity questions", { timeout: 60_000 }, () => {
  // Expert a: [2, 5, 8] for the first half of the window, [6, 9, 12] for the second; b: [4, 9, 20]; y = 10.
  // Interval score (Gneiting & Raftery 2007, eq. 43, α = 0.1): a (46 + 6)/2 = 26, b 16 (hand-derived).
  const quantity = {
    kind: "quantity",
    opens: day(0),
    closes: day(10),
    levels: [0.05, 0.5, 0.95],
    outcome: 10,
    forecasts: [
      { expert: "a", time: day(0), q: [2, 5, 8] },
      { expert: "b", time: day(0), q: [4, 9, 20] },
      { expert: "a", time: day(5), q: [6, 9, 12] },
    ],
  };
  type Scores = { scores: { expert: string; score: number; coverage: number }[] };

  it("prints the time-averaged interval score of the 5–95% range", () => {
    const got = ok(["score", "--rule", "interval"], quantity) as Scores;
    expect(got.scores.map((s) => [s.expert, s.score, s.coverage])).toEqual([
      ["a", 26, 1],
      ["b", 16, 1],
    ]);
  });

  it("prints the mean pinball loss over the three levels", () => {
    const got = ok(["score", "--rule", "quantile"], quantity) as Scores;
    // a: (0.05·8 + 0.5·5 + 0.95·2)/3 = 1.6 then (0.05·4 + 0.5·1 + 0.05·2)/3 = 0.2667; b: (0.3 + 0.5 + 0.5)/3
    expect(got.scores[0]?.score).toBeCloseTo((1.6 + 0.8 / 3) / 2, 12);
    expect(got.scores[1]?.score).toBeCloseTo(1.3 / 3, 12);
  });

  it("prints the CRPS, with the question's bounds as the tails when given", () => {
    // U(0, 1) through its quartiles: 1/12 at the centre (G&R 2007, eq. 21).
    const uniform = {
      ...quantity,
      levels: [0.25, 0.5, 0.75],
      outcome: 0.5,
      bounds: [0, 1],
      forecasts: [{ expert: "u", time: day(0), q: [0.25, 0.5, 0.75] }],
    };
    const got = ok(["score", "--rule", "crps"], uniform) as Scores;
    expect(got.scores[0]?.score).toBeCloseTo(1 / 12, 14);
  });

  it.each([
    ["a yes/no rule", ["--rule", "brier"], quantity, /does not score a quantity/],
    ["no outcome", ["--rule", "crps"], { ...quantity, outcome: "ten" }, /outcome must be a finite number/],
    [
      "an interval score without central levels",
      ["--rule", "interval"],
      { ...quantity, levels: [0.1, 0.5, 0.95] },
      /central outer levels/,
    ],
    [
      "quantiles out of order",
      ["--rule", "crps"],
      { ...quantity, forecasts: [{ expert: "a", time: day(0), q: [5, 2, 8] }] },
      /forecasts\[0\]\.q must be strictly increasing/,
    ],
    ["quantiles outside the bounds", ["--rule", "crps"], { ...quantity, bounds: [3, 30] }, /inside bounds/],
  ])("rejects %s", (_, args, input, message) => {
    fails(["score", ...(args as string[])], input, message as RegExp);
  });
});

describe("analyse calibration", { timeout: 60_000 }, () => {
  // BS 0.075 against the base rate's ¼: skill 0.7 (Wilks 2011, ch. 8); against a pool of ½ everywhere also 0.7.
  // Spiegelhalter's Z = −0.4/√0.1584 (hand-derived in tests/unit/scoring/skill-and-calibration-test.test.ts).
  const forecasts = [
    { p: 0.8, outcome: 1, pool: 0.9 },
    { p: 0.3, outcome: 0, pool: 0.2 },
    { p: 0.6, outcome: 1, pool: 0.5 },
    { p: 0.1, outcome: 0, pool: 0.2 },
  ];

  it("prints the calibration table, Brier skill against the base rate and the pool, and Spiegelhalter's Z", () => {
    const got = ok(["calibration", "--bins", "2"], { forecasts }) as {
      n: number;
      bins: { count: number }[];
      brier: number;
      skill: { baseRate: number; pool: number };
      spiegelhalter: { z: number; p: number };
    };
    expect(got.n).toBe(4);
    expect(got.bins.map((b) => b.count)).toEqual([2, 2]);
    expect(got.brier).toBeCloseTo(0.075, 15);
    expect(got.skill.baseRate).toBeCloseTo(0.7, 14);
    expect(got.skill.pool).toBeCloseTo(1 - 0.075 / 0.085, 14);
    expect(got.spiegelhalter.z).toBeCloseTo(-0.4 / Math.sqrt(0.1584), 14);
    expect(got.spiegelhalter.p).toBeCloseTo(0.31487864133641996, 10);
  });

  it.each([
    [
      "a pool on some rows only",
      { forecasts: [forecasts[0], { p: 0.3, outcome: 0 }] },
      /on every forecast or on none/,
    ],
    ["an outcome of 2", { forecasts: [{ p: 0.3, outcome: 2 }] }, /outcome must be 0 or 1/],
  ])("rejects %s", (_, input, message) => {
    fails(["calibration"], input, message);
  });
});

describe("analyse stability", { timeout: 60_000 }, () => {
  it("Wilcoxon signed-rank on paired quantities: Darwin's data, exact p 0.041259765625 (scipy docs)", () => {
    const d = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];
    const got = ok(["stability", "--test", "wilcoxon"], {
      previous: d.map(() => 100),
      current: d.map((x) => 100 + x),
    });
    expect(got).toEqual({
      test: "wilcoxon",
      n: 15,
      wPlus: 96,
      wMinus: 24,
      statistic: 24,
      p: 0.041259765625,
      exact: true,
    });
  });

  it("McNemar on yes/no answers: b = 1, c = 6, exact p 0.125", () => {
    const got = ok(["stability", "--test", "mcnemar"], {
      previous: [0, 1, 1, 1, 1, 1, 1],
      current: [1, 0, 0, 0, 0, 0, 0],
    });
    expect(got).toEqual({ test: "mcnemar", b: 1, c: 6, chi2: null, p: 0.125, exact: true });
  });

  it.each([
    ["no test", [], { previous: [1], current: [2] }, /--test is required/],
    [
      "lists that do not pair",
      ["--test", "wilcoxon"],
      { previous: [1, 2], current: [2] },
      /one value per expert/,
    ],
    [
      "a rating in McNemar",
      ["--test", "mcnemar"],
      { previous: [0, 1], current: [1, 7] },
      /current\[1\] must be 0 or 1/,
    ],
  ])("rejects %s", (_, args, input, message) => {
    fails(["stability", ...(args as string[])], input, message as RegExp);
  });
});

describe("analyse consensus", { timeout: 60_000 }, () => {
  it("summarises ratings with the previous round", () => {
    expect(
      ok(["consensus"], { scale: [1, 9], band: [7, 9], ratings: [7, 8, 9, 3], previous: [5, 8, 9, 3] }),
    ).toEqual({
      n: 4,
      median: 7.5,
      q1: 6,
      q3: 8.25,
      iqr: 2.25,
      mean: 6.75,
      sd: 2.6299556396765835,
      cv: 0.3896230577298642,
      agreement: 0.75,
      disagreement: { ipr: 1.5, ipras: 5.875, disagree: false },
      changed: 0.25,
      iqrChange: -1.5,
      classicDisagreement: { n: 4, low: 1, high: 3, disagree: false },
      appropriateness: { ipras: "appropriate", classic: "appropriate" },
    });
  });

  it("prints the classic RAND/UCLA disagreement and the appropriateness label beside the IPRAS", () => {
    // Fitch et al. 2001, ch. 8: 3 of 9 rate 1–3 and 3 of 9 rate 7–9 is disagreement, so "uncertain".
    // P30 = 3.8, P70 = 6.2 (type 7): IPR 2.4 > IPRAS 2.35 + 1.5·|5 − 5| = 2.35, so the IPRAS agrees;
    // the median 5 is in 4–6 anyway, so both labels are "uncertain".
    const split = ok(["consensus"], { scale: [1, 9], band: [7, 9], ratings: [1, 2, 3, 5, 5, 5, 7, 8, 9] });
    expect(split).toMatchObject({
      classicDisagreement: { n: 9, low: 3, high: 3, disagree: true },
      appropriateness: { ipras: "uncertain", classic: "uncertain" },
    });
    // Median 8, two of nine at 1–3: no classic disagreement; the IPRAS finds none either → appropriate.
    const high = ok(["consensus"], { scale: [1, 9], band: [7, 9], ratings: [1, 2, 7, 8, 8, 8, 9, 9, 9] });
    expect(high).toMatchObject({
      classicDisagreement: { low: 2, high: 7, disagree: false },
      appropriateness: { classic: "appropriate" },
    });
    // Median 2 with no rating at 7–9: inappropriate; on a 1–5 scale the IPRAS is not defined (null).
    const low = ok(["consensus"], { scale: [1, 5], band: [4, 5], ratings: [1, 1, 2, 2, 3] });
    expect(low).toMatchObject({
      disagreement: null,
      classicDisagreement: { low: 4, high: 0, disagree: false },
      appropriateness: { ipras: null, classic: "inappropriate" },
    });
  });

  it.each([
    [
      "rating outside the scale",
      { scale: [1, 9], band: [7, 9], ratings: [7, 10] },
      /ratings\[1\] must be within the scale \[1, 9\]/,
    ],
    [
      "rating not a number",
      { scale: [1, 9], band: [7, 9], ratings: [7, null] },
      /ratings\[1\] must be a finite number/,
    ],
    ["missing band", { scale: [1, 9], ratings: [7] }, /band must be an array/],
    [
      "previous of another length",
      { scale: [1, 9], band: [7, 9], ratings: [7, 8], previous: [7] },
      /previous must have one rating per expert/,
    ],
    ["band outside the scale", { scale: [1, 5], band: [4, 7], ratings: [4] }, /band must lie within scale/],
    ["unparsable JSON", '{"scale": [1, 9', /not valid JSON/],
  ])("rejects %s", (_, input, message) => {
    fails(["consensus"], input, message);
  });
});

describe("analyse kendall", { timeout: 60_000 }, () => {
  it("computes W with the tie correction", () => {
    const got = ok(["kendall"], {
      rankings: [
        [1, 2, 3, 4],
        [1, 2.5, 2.5, 4],
        [2, 1, 3, 4],
      ],
    }) as { W: number };
    expect(got).toMatchObject({ m: 3, n: 4, df: 3 });
    expect(got.W).toBeCloseTo(25 / 29, 14);
  });

  it("prints the uncorrected W and the chi-square p-value", () => {
    const got = ok(["kendall"], {
      rankings: [
        [1, 2, 3, 4],
        [1, 2.5, 2.5, 4],
        [2, 1, 3, 4],
      ],
    }) as { Wuncorrected: number; p: number };
    // Siegel & Castellan 1988 eq. 9.15 without the tie term: 12·37.5 / (9·60) = 5/6; χ² = 225/29 on 3 df.
    expect(got.Wuncorrected).toBeCloseTo(5 / 6, 14);
    expect(got.p).toBeCloseTo(0.05127280033381569, 12);
  });

  it.each([
    ["one expert", { rankings: [[1, 2, 3]] }, /at least 2 rows/],
    [
      "ragged rows",
      {
        rankings: [
          [1, 2, 3],
          [1, 2],
        ],
      },
      /rankings\[1\] must have 3 ranks/,
    ],
    [
      "non-numeric rank",
      {
        rankings: [
          [1, 2],
          ["a", 1],
        ],
      },
      /rankings\[1\]\[0\] must be a finite number/,
    ],
    ["no rankings", {}, /rankings must be an array/],
  ])("rejects %s", (_, input, message) => {
    fails(["kendall"], input, message);
  });
});

describe("huge finite values", { timeout: 60_000 }, () => {
  it("quantile averages near 1e308 are numbers, not null", () => {
    const out = ok(["aggregate", "--method", "quantile-average"], {
      kind: "quantiles",
      levels: [0.05, 0.5, 0.95],
      forecasts: [
        { expert: "a", q: [1e308, 1.2e308, 1.4e308] },
        { expert: "b", q: [1.1e308, 1.3e308, 1.5e308] },
      ],
    }) as { value: number[] };
    expect(out.value.every((x) => typeof x === "number" && Number.isFinite(x))).toBe(true);
  });

  it("mean, SD and CV of huge ratings are numbers", () => {
    const out = ok(["consensus"], {
      scale: [0, 1.7e308],
      band: [0, 1e308],
      ratings: [1e308, 1.5e308, 1.7e308],
    }) as Record<string, unknown>;
    for (const key of ["mean", "sd", "cv", "iqr"]) expect(typeof out[key]).toBe("number");
  });

  it("a spread beyond the largest double is an error, exit 2", () => {
    fails(
      ["consensus"],
      { scale: [-1.7e308, 1.7e308], band: [0, 1], ratings: [-1.7e308, 1.7e308, 1.7e308] },
      /exceeds the largest double/,
    );
    fails(
      ["aggregate", "--method", "linear-pool"],
      {
        kind: "quantiles",
        levels: [0.05, 0.5, 0.95],
        forecasts: [
          { expert: "a", q: [-1.7e308, 0, 1.7e308] },
          { expert: "b", q: [-1e308, 1, 1e308] },
        ],
      },
      /beyond the range of a double|overflow/,
    );
  });
});
