import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const FIXTURE = "tests/fixtures/round-export-demo.json";
const expected = (n: number) =>
  JSON.parse(readFileSync(join(ROOT, `tests/fixtures/round-export-demo.results-${n}.json`), "utf8"));

type Results = {
  questions: {
    snapshot: {
      groups?: Record<"institution" | "country", unknown[]>;
      consensus: { state: string };
    };
  }[];
};

/** The results with each question's subgroup breakdown left out. */
function withoutGroups(results: Results): unknown {
  return {
    ...results,
    questions: results.questions.map((q) => ({ ...q, snapshot: { ...q.snapshot, groups: null } })),
  };
}

function run(args: string[], stdin = "") {
  return runCli(["round", ...args], { stdin });
}

describe("analyse round", { timeout: 90_000 }, () => {
  it.each([1, 2])("prints round %i exactly as the results endpoint served it", (n) => {
    const r = run(["--input", FIXTURE, "--round", String(n)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const app = expected(n);
    // Every group the export discloses is the app's group, to the digit; none is invented.
    let groups = 0;
    for (const [i, q] of (out as Results).questions.entries()) {
      for (const by of ["institution", "country"] as const) {
        for (const g of q.snapshot.groups?.[by] ?? []) {
          expect(app.questions[i].snapshot.groups[by]).toContainEqual(g);
          groups++;
        }
      }
    }
    if (n === 1) expect(groups).toBeGreaterThan(0);
    // Everything else: same values, same keys in the same order as the endpoint's JSON.
    expect(JSON.stringify(withoutGroups(out))).toBe(JSON.stringify(withoutGroups(app)));
  });

  it("reads the export from standard input", () => {
    const r = run(["--round", "1"], readFileSync(join(ROOT, FIXTURE), "utf8"));
    expect(r.code).toBe(0);
    expect(withoutGroups(JSON.parse(r.stdout))).toEqual(withoutGroups(expected(1)));
  });

  it("publishes the consensus state the app froze: met or not with 11 answers, too few with one", () => {
    const states = (n: number) =>
      (JSON.parse(run(["--input", FIXTURE, "--round", String(n)]).stdout) as Results).questions.map(
        (q) => q.snapshot.consensus.state,
      );
    expect(new Set(states(1))).toEqual(new Set(["met", "not-met"]));
    expect(new Set(states(2))).toEqual(new Set(["too-few-answers"]));
  });

  it("changing one answer changes the recomputed median (the CLI really computes)", () => {
    const data = JSON.parse(readFileSync(join(ROOT, FIXTURE), "utf8"));
    const round1 = data.rounds.find((r: { number: number }) => r.number === 1);
    const qid = round1.questionIds[0];
    for (const a of round1.answers) if (a.questionId === qid && a.value.kind === "binary") a.value.p = 0.99;
    const file = join(mkdtempSync(join(tmpdir(), "round-")), "export.json");
    writeFileSync(file, JSON.stringify(data));
    const out = JSON.parse(run(["--input", file, "--round", "1"]).stdout);
    expect(out.questions[0].snapshot.summary.median).toBe(0.99);
    expect(out.questions[0].snapshot.summary.median).not.toBe(
      expected(1).questions[0].snapshot.summary.median,
    );
  });

  it.each([
    [["--input", FIXTURE], /^error: --round N is required\n$/],
    [["--input", FIXTURE, "--round", "x"], /^error: --round must be a whole number/],
    [["--input", FIXTURE, "--round", "7"], /^error: round 7 is not in the export/],
    [["--input", FIXTURE, "--round", "0"], /^error: round 0 is not in the export/],
    [["--input", "/nonexistent.json", "--round", "1"], /^error: cannot read file/],
  ])("bad input %j: one error line, exit 2", (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message as RegExp);
  });

  it("malformed exports name the bad path", () => {
    const dir = mkdtempSync(join(tmpdir(), "round-"));
    const data = JSON.parse(readFileSync(join(ROOT, FIXTURE), "utf8"));
    const cases: [unknown, RegExp][] = [
      [{}, /export\.format must be "scenario-forum-export"/],
      [{ ...data, rounds: "x" }, /rounds must be an array/],
      [
        {
          ...data,
          rounds: [
            {
              ...data.rounds[0],
              answers: [{ ...data.rounds[0].answers[0], value: { kind: "binary", p: 2 } }],
            },
          ],
        },
        /rounds\[0\]\.answers\[0\]\.value\.p must be in \[0,1\]/,
      ],
      [
        { ...data, rounds: [{ ...data.rounds[1], state: "open", number: 1 }] },
        /round 1 is open; results exist only/,
      ],
    ];
    for (const [i, [input, message]] of cases.entries()) {
      const file = join(dir, `bad-${i}.json`);
      writeFileSync(file, JSON.stringify(input));
      const r = run(["--input", file, "--round", "1"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    writeFileSync(join(dir, "not.json"), "{");
    expect(run(["--input", join(dir, "not.json"), "--round", "1"]).stderr).toMatch(/is not valid JSON/);
  });
});
