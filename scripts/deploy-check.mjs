#!/usr/bin/env node
// `npm run deploy:check`: bundles the Worker as `wrangler deploy` would (`--dry-run`, offline, no login)
// into a temp dir and prints the bundle's size raw and gzip-compressed (what Workers' 3 MiB free /
// 10 MiB paid compressed-size limits apply to). Exits non-zero if the bundle does not build. It also checks
// the production APP_ORIGIN in wrangler.toml (scripts/origin-check.mjs): a missing or local origin is a
// warning, and with `--strict` (run it so right before `wrangler deploy`) an error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { appOriginOf, mailProblem, originProblem } from "./origin-check.mjs";

const quiet = {
  ...process.env,
  CI: "true",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_HIDE_BANNER: "true",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_LOG_PATH: ".wrangler/logs",
  WRANGLER_SEND_ERROR_REPORTS: "false",
};
const strict = process.argv.includes("--strict");
const problem = originProblem(appOriginOf(readFileSync("wrangler.toml", "utf8")));
if (problem) {
  console.log(
    `${strict ? "error" : "warning"}: ${problem}. Set APP_ORIGIN = "https://forum.your-domain" under [vars] before deploying.`,
  );
  if (strict) process.exit(1);
} else console.log(`APP_ORIGIN: ${appOriginOf(readFileSync("wrangler.toml", "utf8"))}`);
const mail = mailProblem(readFileSync("wrangler.toml", "utf8"));
if (mail) {
  console.log(
    `${strict ? "error" : "warning"}: ${mail}. Set MAIL_FROM = "forum@your-domain" under [vars] (README, deploying, step 4).`,
  );
  if (strict) process.exit(1);
}
const out = mkdtempSync(join(tmpdir(), "sf-deploy-"));
try {
  const started = Date.now();
  const run = spawnSync("npx", ["--no-install", "wrangler", "deploy", "--dry-run", "--outdir", out], {
    env: quiet,
    encoding: "utf8",
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error("error: the dry-run deploy failed");
    process.exit(1);
  }
  const files = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(m?js|wasm)$/.test(f)) files.push(p);
    }
  };
  walk(out);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `Worker bundle (wrangler deploy --dry-run, ${((Date.now() - started) / 1000).toFixed(1)} s): ${files.length} file(s)`,
  );
  console.log(`  raw:  ${kib(raw)} (${raw} bytes)`);
  console.log(`  gzip: ${kib(gz)} (${gz} bytes)  (Workers limit: 3 MiB free, 10 MiB paid, compressed)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
