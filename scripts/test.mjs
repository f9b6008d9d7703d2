#!/usr/bin/env node
// `npm test`: the whole suite. Runs the workerd suite (real local D1) and the Node suite (engine, CLI),
// each through vitest's JSON reporter, then prints one line `N passed, N failed, N skipped`.
// `npm test -- --e2e` adds the browser tests (as .ci/run does), with the Node suite running alongside them.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const e2e = process.argv.includes("--e2e");
mkdirSync(".ci-results", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let crashed = false;
const started = Date.now();

/**
 * Runs one suite through vitest's JSON reporter and adds its counts to the totals. `quiet`: the suite's
 * console output goes to .ci-results/<name>.log and is printed in one block when it ends, so that two
 * suites running at once do not interleave their lines.
 */
async function runSuite(name, config, { quiet = false } = {}) {
  const out = `.ci-results/${name}.json`;
  rmSync(out, { force: true });
  const child = spawn(
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
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true" },
    },
  );
  const chunks = [];
  if (quiet) {
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
  }
  const status = await new Promise((resolve) => child.on("close", (code) => resolve(code)));
  if (quiet) {
    const text = Buffer.concat(chunks).toString("utf8");
    writeFileSync(`.ci-results/${name}.log`, text);
    process.stdout.write(
      `\n--- suite ${name} (run alongside the browser suite) ---\n${text}--- end of suite ${name} ---\n`,
    );
  }
  let report;
  try {
    report = JSON.parse(readFileSync(out, "utf8"));
  } catch {
    console.error(`suite ${name}: no report (exit ${status})`);
    crashed = true;
    totals.failed += 1;
    return;
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
  if (status !== 0 && failed === 0) {
    crashed = true;
    totals.failed += 1;
  }
}

await runSuite("workers", "vitest.config.ts");
if (e2e) {
  // The browser suite mostly waits on wrangler dev and chromium (it kept the 2 cores about a third
  // busy): the Node suite (engine, CLI; about a minute of CPU) runs alongside it rather than before.
  await Promise.all([
    runSuite("node", "vitest.node.config.ts", { quiet: true }),
    runSuite("e2e", "vitest.e2e.config.ts"),
  ]);
} else {
  await runSuite("node", "vitest.node.config.ts");
}
console.log(`duration: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
// For .ci/run, which adds its own checks to these counts.
writeFileSync(".ci-results/totals.json", JSON.stringify({ ...totals, crashed }));
process.exitCode = totals.failed > 0 || crashed ? 1 : 0;
