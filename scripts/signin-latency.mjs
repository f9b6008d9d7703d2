#!/usr/bin/env node
// `npm run measure:signin`: how long a sign-in mail takes to reach the Email Service binding, as a
// person would see it. Starts the app as `npm start` does (own port and a fresh local D1, so it never
// touches yours), then for each of five demo addresses requests a link on /signin and times the moment
// the console prints the delivered message ("[mail] sent … for <address>"). Prints each time and the
// median and maximum. No cron run is involved: the mail leaves from the request itself.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PORT = Number(process.env.PORT ?? 8797);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ADDRESSES = ["alex", "bea", "dara", "fara", "gil"].map((n) => `${n}@demo.scenario-forum.test`);

const dir = mkdtempSync(join(tmpdir(), "signin-latency-"));
const app = spawn("node", ["scripts/start.mjs"], {
  env: {
    ...process.env,
    PORT: String(PORT),
    WRANGLER_PERSIST_DIR: join(dir, "state"),
    DEV_SECRET_FILE: join(dir, "dev-secret"),
  },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let output = "";
const waiters = [];
const onData = (chunk) => {
  output += chunk;
  for (const w of [...waiters]) if (w.test(output)) w.done();
};
app.stdout.on("data", onData);
app.stderr.on("data", onData);

/** Resolves at the first moment `pattern` appears in the app's output after `from`. */
function waitFor(pattern, from, timeoutMs) {
  return new Promise((resolve, reject) => {
    const w = {
      test: (text) => pattern.test(text.slice(from)),
      done: () => {
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(w), 1);
        resolve(performance.now());
      },
    };
    const timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(w), 1);
      reject(new Error(`timed out waiting for ${pattern}`));
    }, timeoutMs);
    waiters.push(w);
    if (w.test(output)) w.done();
  });
}

function stop(code) {
  try {
    process.kill(-app.pid, "SIGTERM");
  } catch {}
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}

try {
  await waitFor(/Press Ctrl\+C to stop\./, 0, 180_000);
  const times = [];
  // The demo experts' addresses: the Email Service simulation prints one line per delivered message.
  for (const email of ADDRESSES) {
    const from = output.length;
    const escaped = email.replace(/[.@]/g, "\\$&");
    const start = performance.now();
    const res = await fetch(`${ORIGIN}/signin`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
      body: new URLSearchParams({ email }),
      redirect: "manual",
    });
    const answered = performance.now();
    const delivered = await waitFor(new RegExp(`\\[mail\\] sent "[^"]*" for ${escaped}`), from, 30_000);
    times.push(delivered - start);
    console.log(
      `${email}: answered ${res.status} in ${Math.round(answered - start)} ms, delivered to the binding after ${Math.round(delivered - start)} ms`,
    );
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `sign-in mail reached the binding: median ${Math.round(sorted[2])} ms, max ${Math.round(sorted[4])} ms (5 requests)`,
  );
  stop(0);
} catch (error) {
  console.error(`error: ${error.message}`);
  console.error(output.slice(-2000));
  stop(2);
}
