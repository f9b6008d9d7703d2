#!/usr/bin/env node
// `npm start`: applies the migrations to the local D1, starts the app with wrangler dev at
// http://127.0.0.1:8787, seeds the demo forum when the database is empty (never twice) and prints fresh
// sign-in links for the demo organiser, expert and stakeholder. Everything stays on this machine.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const PORT = Number(process.env.PORT ?? 8787);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const quiet = {
  ...process.env,
  CI: "true",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_HIDE_BANNER: "true",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_LOG_PATH: ".wrangler/logs",
  WRANGLER_SEND_ERROR_REPORTS: "false",
};

if (!existsSync("public/htmx.min.js"))
  copyFileSync("node_modules/htmx.org/dist/htmx.min.js", "public/htmx.min.js");

// WRANGLER_PERSIST_DIR: keep the local D1 somewhere else than .wrangler/state (the browser tests use a fresh one).
const persist = process.env.WRANGLER_PERSIST_DIR ? ["--persist-to", process.env.WRANGLER_PERSIST_DIR] : [];

const migrate = spawnSync(
  "npx",
  ["--no-install", "wrangler", "d1", "migrations", "apply", "DB", "--local", ...persist],
  {
    env: quiet,
    encoding: "utf8",
  },
);
if (migrate.status !== 0) {
  console.error(migrate.stdout, migrate.stderr);
  console.error("error: could not apply the migrations to the local D1");
  process.exit(1);
}
console.log("Local D1 migrated.");

const secret = randomBytes(24).toString("hex");
// For local scripts that talk to this server's /dev endpoints (npm run seed:scale, npm run load);
// DEV_SECRET_FILE puts it elsewhere (npm run load keeps its own server's in its temp dir).
const secretFile = process.env.DEV_SECRET_FILE ?? ".wrangler/dev-secret";
mkdirSync(dirname(secretFile), { recursive: true });
writeFileSync(secretFile, JSON.stringify({ origin: ORIGIN, secret }), { mode: 0o600 });
// The local-only variables reach wrangler through a private env file, never on a command line (where
// `ps` shows them to every user of the machine): the dev secret, the dev tools switch and this origin.
const varsDir = mkdtempSync(join(tmpdir(), "scenario-forum-dev-"));
const varsFile = join(varsDir, "dev.vars");
// MAIL_MODE=send with a local sender: mail goes through wrangler's simulation of the Email Service
// binding (wrangler.toml [[send_email]]), the production code path; nothing leaves the machine, and the
// console shows one line per delivered message (recipient, subject, link).
writeFileSync(
  varsFile,
  `DEV_TOOLS=1\nDEV_TOOLS_SECRET=${secret}\nAPP_ORIGIN=${ORIGIN}\nMAIL_MODE=send\nMAIL_FROM=forum@scenario-forum.localhost\n`,
  { mode: 0o600 },
);
const removeVars = () => rmSync(varsDir, { recursive: true, force: true });
process.on("exit", removeVars);
// SERVE=api (npm run load): the same server through wrangler's startWorker API without the DevTools
// inspector, whose proxy costs Node about a millisecond per D1 statement (scripts/serve.mjs).
const command =
  process.env.SERVE === "api"
    ? [
        "node",
        [
          "scripts/serve.mjs",
          String(PORT),
          varsFile,
          ...(process.env.WRANGLER_PERSIST_DIR ? [process.env.WRANGLER_PERSIST_DIR] : []),
        ],
      ]
    : [
        "npx",
        [
          "--no-install",
          "wrangler",
          "dev",
          // The development entry: the production Worker plus the /dev seeding helpers (src/dev-entry.ts).
          "src/dev-entry.ts",
          "--ip",
          "127.0.0.1",
          "--port",
          String(PORT),
          "--env-file",
          varsFile,
          // The local trigger of the Cron handler: `curl "http://127.0.0.1:8787/__scheduled?cron=*/5+*+*+*+*"`
          // runs src/scheduled.ts as a cron event would (wrangler's /cdn-cgi/handler/scheduled does not reach a
          // Worker that serves static assets, and answers 500 "exception").
          "--test-scheduled",
          "--show-interactive-dev-session=false",
          // INSPECTOR_PORT: the devtools port (wrangler's default 9229 is taken when two apps run at once, as
          // the browser tests do).
          ...(process.env.INSPECTOR_PORT ? ["--inspector-port", process.env.INSPECTOR_PORT] : []),
          ...persist,
        ],
      ];
const child = spawn(...command, { env: quiet, stdio: ["ignore", "inherit", "inherit"], detached: true });
const stop = () => {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 1));

async function waitForApp() {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${ORIGIN}/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the app did not start within 60 s");
}

try {
  await waitForApp();
  const res = await fetch(`${ORIGIN}/dev/seed`, {
    method: "POST",
    // An empty form: the content-type guard refuses a typeless POST whose body is an empty stream (wrangler dev).
    headers: { "X-Dev-Secret": secret, Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
    body: "",
  });
  if (!res.ok) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  const { links, forumId } = await res.json();
  console.log("");
  console.log(`Scenario Forum is running at ${ORIGIN} (demo forum: ${ORIGIN}/forums/${forumId})`);
  console.log("Sign-in links (valid 15 minutes, single use; restart for fresh ones):");
  console.log(`  organiser:   ${links.organiser}`);
  console.log(`  expert:      ${links.expert}`);
  console.log(`  stakeholder: ${links.stakeholder}`);
  console.log("Press Ctrl+C to stop.");
} catch (error) {
  console.error(`error: ${error.message}`);
  stop();
}
