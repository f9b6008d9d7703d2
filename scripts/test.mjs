#!/usr/bin/env node
// `npm test`: the whole suite. Runs the workerd suite (real local D1) and the Node suite (engine, CLI),
// each through vitest's JSON reporter, then prints one line `N passed, N failed, N skipped`.
// `npm test -- --e2e` adds the browser tests (as .ci/run does).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const suites = [
  ["workers", "vitest.config.ts"],
  ["node", "vitest.node.config.ts"],
];
if (process.argv.includes("--e2e")) suites.push(["e2e", "vitest.e2e.config.ts"]);

mkdirSync(".ci-results", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let crashed = false;
const started = Date.now();
for (const [name, config] of suites) {
  const out = `.ci-results/${name}.json`;
  rmSync(out, { force: true });
  const res = spawnSync(
    "npx",
    [
      "--no-install",
      "vitest",
      "run",
      "--config",
      config,
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${out}`,
    ],
    {
      stdio: "inherit",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true" },
    },
  );
  let report;
  try {
    report = JSON.parse(readFileSync(out, "utf8"));
  } catch {
    console.error(`suite ${name}: no report (exit ${res.status})`);
    crashed = true;
    totals.failed += 1;
    continue;
  }
  const passed = report.numPassedTests ?? 0;
  // A file that failed without a failed test (it did not load, or a hook threw) counts as one failure;
  // numFailedTestSuites would also count every describe block around a failed test.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
  const failed = (report.numFailedTests ?? 0) + brokenFiles;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`suite ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (res.status !== 0 && failed === 0) {
    crashed = true;
    totals.failed += 1;
  }
}
console.log(`duration: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
// For .ci/run, which adds its own checks to these counts.
writeFileSync(".ci-results/totals.json", JSON.stringify({ ...totals, crashed }));
process.exitCode = totals.failed > 0 || crashed ? 1 : 0;
