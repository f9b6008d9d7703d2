#!/usr/bin/env node
// `npm run cron [-- --time 2030-01-01T09:00Z]`: runs the Cron Trigger's handler (src/scheduled.ts) once in
// the app that `npm start` runs, through its /dev/scheduled endpoint (the same runScheduled as the
// production `scheduled` export), and prints what it did: rounds opened and closed, reminders queued,
// messages sent. `--time` runs it as of another moment (ISO 8601 or epoch milliseconds). The server's
// origin and per-start secret come from .wrangler/dev-secret (written by scripts/start.mjs).
import { readDevSecret } from "./seed-scale.mjs";

const args = process.argv.slice(2);
let time;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--time" && args[i + 1]) time = args[++i];
  else {
    console.error(`error: unknown option ${args[i]} (use --time <ISO 8601 or epoch ms>)`);
    process.exit(2);
  }
}

try {
  const server = readDevSecret();
  const q = time ? `?${new URLSearchParams({ time })}` : "";
  const res = await fetch(`${server.origin}/dev/scheduled${q}`, {
    method: "POST",
    headers: {
      "X-Dev-Secret": server.secret,
      Origin: server.origin,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "",
  });
  if (!res.ok) throw new Error(`the scheduled run failed: ${res.status} ${(await res.text()).slice(0, 300)}`);
  const r = await res.json();
  const list = (xs) => (xs.length ? xs.join(", ") : "none");
  console.log(`Scheduled run as of ${r.time}:`);
  console.log(`  rounds opened (forum/round): ${list(r.opened)}`);
  console.log(`  rounds closed (forum/round): ${list(r.closed)}`);
  console.log(`  reminders queued: ${r.reminders}; messages sent: ${r.sent}, failed: ${r.failed}`);
  if (r.erased) console.log(`  experts erased by retention: ${r.erased}`);
  if (r.errors.length) console.log(`  errors (see the server's console): ${r.errors.join(", ")}`);
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exit(1);
}
