#!/usr/bin/env node
// `npm run load [-- --experts N --questions Q --rounds R --seconds S --connections C]`: starts the app
// locally (scripts/start.mjs on a free loopback port, with its own D1 in a temp dir), generates a scale
// forum (default 300 × 40 × 3), then drives it with autocannon: first each route alone, then a mix of
// experts saving answers and stakeholders reading dashboards with /health alongside. Prints throughput,
// error rate and p50/p95/p99 latency per route, each route's ratio to /health in the same run, and the
// D1 cost of one request per route (from its Server-Timing header). Bounded in time; stops the app after.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { parseArgs as parseSeedArgs, readDevSecret, seedScale } from "./seed-scale.mjs";

function parseArgs(argv) {
  const opts = { seconds: 5, connections: 8, experts: 300, questions: 40, rounds: 3 };
  const seed = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seconds" || a === "--connections") {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1 || v > (a === "--seconds" ? 60 : 64))
        throw new Error(`${a} out of range`);
      opts[a.slice(2)] = v;
    } else seed.push(a, ...(a.startsWith("--") && a !== "--no-open" ? [argv[++i]] : []));
  }
  return { ...opts, ...parseSeedArgs(seed), open: true };
}

const opts = parseArgs(process.argv.slice(2));
const PORT = Number(process.env.LOAD_PORT ?? 8797);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const tmp = mkdtempSync(join(tmpdir(), "sf-load-"));
const secretFile = join(tmp, "dev-secret");

// The app runs from a copy of the tree taken now, so that edits made during the run (wrangler dev
// reloads the Worker on every change) neither restart it mid-request nor mix two versions in one table.
const appDir = join(tmp, "app");
const TREE = [
  "src",
  "views",
  "public",
  "migrations",
  "scripts",
  "wrangler.toml",
  "package.json",
  "tsconfig.json",
];
for (const f of TREE) if (existsSync(f)) cpSync(f, join(appDir, f), { recursive: true });
symlinkSync(resolve("node_modules"), join(appDir, "node_modules"), "dir");
const app = spawn("node", ["scripts/start.mjs"], {
  cwd: appDir,
  env: {
    ...process.env,
    PORT: String(PORT),
    WRANGLER_PERSIST_DIR: join(tmp, "state"),
    DEV_SECRET_FILE: secretFile,
    // Without the DevTools inspector: under `wrangler dev` its proxy makes Node format and log four
    // events per D1 statement, a cost of the dev tools that deployed Workers do not pay (scripts/serve.mjs).
    SERVE: "api",
  },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
// start.mjs seeds its demo forum into the empty D1 first (it refuses a non-empty one): wait for it.
let ready = false;
let startOutput = "";
app.stdout.on("data", (chunk) => {
  startOutput += chunk;
  if (startOutput.includes("Press Ctrl+C")) ready = true;
});
// The app's error log goes to a file (printed in part at the end when there were errors).
let appErrors = "";
app.stderr.on("data", (chunk) => {
  if (appErrors.length < 200_000) appErrors += chunk;
});
let stopped = false;
function stop() {
  if (stopped) return;
  stopped = true;
  try {
    process.kill(-app.pid, "SIGTERM");
  } catch {}
  try {
    rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {}
}
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});
process.on("exit", stop);

async function waitForApp() {
  for (let i = 0; i < 480; i++) {
    if (ready && existsSync(secretFile)) {
      try {
        const res = await fetch(`${ORIGIN}/health`);
        if (res.ok) return;
      } catch {}
    }
    if (app.exitCode !== null) throw new Error("the app exited during start");
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the app did not start within 120 s");
}

async function devPost(server, path) {
  const res = await fetch(`${server.origin}${path}`, {
    method: "POST",
    headers: {
      "X-Dev-Secret": server.secret,
      Origin: server.origin,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "",
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

const percentile = (sorted, p) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs autocannon on several routes at once (each its own instance) and collects per-route figures. */
async function drive(routes, seconds) {
  const stats = routes.map(() => ({ times: [], ok: 0, bad: 0, errors: 0 }));
  const runs = routes.map((route, i) => {
    const s = stats[i];
    const instance = autocannon({
      url: ORIGIN,
      connections: route.connections,
      duration: seconds,
      timeout: 10,
      requests: [route.request],
    });
    instance.on("response", (_client, status, _bytes, time) => {
      s.times.push(time);
      if (status >= 200 && status < 400) s.ok += 1;
      else s.bad += 1;
    });
    instance.on("reqError", () => {
      s.errors += 1;
    });
    return new Promise((resolve, reject) => instance.on("done", resolve).on("error", reject));
  });
  await Promise.all(runs);
  return routes.map((route, i) => {
    const s = stats[i];
    const sorted = s.times.sort((a, b) => a - b);
    const total = s.ok + s.bad + s.errors;
    return {
      name: route.name,
      requests: total,
      rps: total / seconds,
      errorRate: total ? (s.bad + s.errors) / total : 0,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
    };
  });
}

function printTable(title, rows) {
  const health = rows.find((r) => r.name === "/health");
  console.log(`\n${title}`);
  console.log(
    `${"route".padEnd(26)} ${"req/s".padStart(8)} ${"errors".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"p50 ×health".padStart(12)} ${"req/s ÷health".padStart(14)}`,
  );
  for (const r of rows) {
    const ratio = health ? (r.p50 / health.p50).toFixed(1) : "-";
    const thr = health ? (r.rps / health.rps).toFixed(2) : "-";
    console.log(
      `${r.name.padEnd(26)} ${r.rps.toFixed(1).padStart(8)} ${`${(r.errorRate * 100).toFixed(1)}%`.padStart(7)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${ratio.padStart(12)} ${thr.padStart(14)}`,
    );
  }
}

try {
  console.log(`Starting the app at ${ORIGIN} (D1 in ${tmp}) ...`);
  await waitForApp();
  const server = readDevSecret(secretFile);
  const t0 = Date.now();
  const forum = await seedScale(server, opts);
  console.log(
    `Scale forum ${forum.forumId}: ${opts.experts} experts × ${opts.questions} questions × ${opts.rounds} rounds = ${forum.answers} answers, generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (per round ${forum.ms.rounds.join(", ")} ms)`,
  );
  const experts = (await devPost(server, `/dev/scale-sessions?forum=${forum.forumId}&role=expert&count=100`))
    .sessions;
  const stakeholders = (
    await devPost(server, `/dev/scale-sessions?forum=${forum.forumId}&role=stakeholder&count=1`)
  ).sessions;
  const organisers = (
    await devPost(server, `/dev/scale-sessions?forum=${forum.forumId}&role=organiser&count=1`)
  ).sessions;
  const questionIds = forum.questions.map((q) => q.id);
  const binary = forum.questions.filter((q) => q.kind === "binary").map((q) => q.id);
  const base = `/forums/${forum.forumId}`;
  let n = 0;
  const routes = {
    health: { name: "/health", connections: 2, request: { method: "GET", path: "/health" } },
    dashboard: {
      name: "GET dashboard",
      connections: opts.connections,
      request: { method: "GET", path: `${base}/dashboard`, headers: { Cookie: stakeholders[0].cookie } },
    },
    overview: {
      name: "GET organiser overview",
      connections: opts.connections,
      request: { method: "GET", path: base, headers: { Cookie: organisers[0].cookie } },
    },
    question: {
      name: "GET question+feedback",
      connections: opts.connections,
      request: {
        method: "GET",
        setupRequest: (req) => {
          const k = n++;
          return {
            ...req,
            path: `${base}/rounds/${forum.openRound}/questions/${questionIds[k % questionIds.length]}`,
            headers: { Cookie: experts[k % experts.length].cookie },
          };
        },
      },
    },
    answer: {
      name: "POST answer",
      connections: opts.connections,
      request: {
        method: "POST",
        setupRequest: (req) => {
          const k = n++;
          const body = new URLSearchParams({
            p: String(5 + (k % 90)),
            rationale: `load ${k}`,
            intent: "submit",
          }).toString();
          return {
            ...req,
            path: `${base}/rounds/${forum.openRound}/questions/${binary[k % binary.length]}`,
            headers: {
              Cookie: experts[k % experts.length].cookie,
              "Content-Type": "application/x-www-form-urlencoded",
              Origin: ORIGIN,
              "HX-Request": "true",
            },
            body,
          };
        },
      },
    },
  };

  // The D1 cost of one request per route, from its Server-Timing header.
  const sample = async (name, path, init = {}) => {
    const res = await fetch(`${ORIGIN}${path}`, { redirect: "manual", ...init });
    await res.arrayBuffer();
    return { name, status: res.status, timing: res.headers.get("Server-Timing") };
  };
  const costs = [
    await sample("/health", "/health"),
    await sample("GET dashboard", `${base}/dashboard`, { headers: { Cookie: stakeholders[0].cookie } }),
    await sample("GET question+feedback", `${base}/rounds/${forum.openRound}/questions/${questionIds[0]}`, {
      headers: { Cookie: experts[0].cookie },
    }),
    await sample("GET organiser overview", base, { headers: { Cookie: organisers[0].cookie } }),
    await sample("POST answer", `${base}/rounds/${forum.openRound}/questions/${binary[0]}`, {
      method: "POST",
      headers: {
        Cookie: experts[0].cookie,
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: ORIGIN,
        "HX-Request": "true",
      },
      body: "p=42&rationale=sample&intent=submit",
    }),
  ];
  console.log("\nD1 cost of one request (Server-Timing):");
  for (const c of costs) console.log(`  ${c.name.padEnd(24)} ${c.status}  ${c.timing}`);

  const alone = [];
  for (const r of [routes.health, routes.dashboard, routes.question, routes.answer, routes.overview]) {
    alone.push(...(await drive([r], opts.seconds)));
  }
  printTable(`Each route alone (${opts.seconds} s, ${opts.connections} connections; /health 2):`, alone);
  const mixed = await drive([routes.health, routes.dashboard, routes.answer], opts.seconds);
  printTable(
    `Mixed (${opts.seconds} s at once: ${opts.connections} stakeholders' dashboards + ${opts.connections} experts answering + /health on 2):`,
    mixed,
  );
  console.log(
    "\nLoopback only; workerd + local SQLite D1 through wrangler's startWorker API without the inspector (scripts/serve.mjs), on this machine, not Cloudflare's network.",
  );
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
} finally {
  stop();
}
