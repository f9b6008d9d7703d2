#!/usr/bin/env node
// `npm run seed:scale -- --experts N --questions Q --rounds R [--no-open]`: generates a forum of that size
// in the local D1 of the running app (start it first with `npm start`), through the app's /dev/seed-scale
// endpoint (src/demo/scale.ts: rounds opened, closed and published by the app's own functions), and
// prints a stakeholder sign-in link and the dashboard path. The server's origin and per-start secret
// come from .wrangler/dev-secret (written by scripts/start.mjs; DEV_SECRET_FILE to read another).
import { readFileSync } from "node:fs";

export function parseArgs(argv) {
  const opts = { experts: 300, questions: 40, rounds: 3, open: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-open") opts.open = false;
    else if (["--experts", "--questions", "--rounds"].includes(a)) {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive whole number`);
      opts[a.slice(2)] = v;
    } else throw new Error(`unknown option ${a} (use --experts N --questions Q --rounds R [--no-open])`);
  }
  return opts;
}

export function readDevSecret(file = process.env.DEV_SECRET_FILE ?? ".wrangler/dev-secret") {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`no running app found (${file} is missing): start it with npm start first`);
  }
}

export async function seedScale(server, opts) {
  const q = new URLSearchParams({
    experts: String(opts.experts),
    questions: String(opts.questions),
    rounds: String(opts.rounds),
    open: opts.open ? "1" : "0",
  });
  const res = await fetch(`${server.origin}/dev/seed-scale?${q}`, {
    method: "POST",
    headers: {
      "X-Dev-Secret": server.secret,
      Origin: server.origin,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "",
  });
  if (!res.ok) throw new Error(`seeding failed: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const server = readDevSecret();
    const started = Date.now();
    console.log(
      `Generating ${opts.experts} experts × ${opts.questions} questions × ${opts.rounds} rounds at ${server.origin} ...`,
    );
    const forum = await seedScale(server, opts);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Forum ${forum.forumId}: ${forum.answers} answers in ${secs} s`);
    console.log(
      `  setup ${forum.ms.setup} ms; per round (answers, close with snapshots, publish): ${forum.ms.rounds.join(", ")} ms`,
    );
    if (forum.openRound) console.log(`  round ${forum.openRound} is open (no answers yet)`);
    console.log(`Dashboard: /forums/${forum.forumId}/dashboard`);
    console.log(`  ${server.origin}/forums/${forum.forumId}/dashboard`);
    console.log(`Stakeholder sign-in link (valid 15 minutes, single use): ${forum.links.stakeholder}`);
    console.log(`Organiser sign-in link: ${forum.links.organiser}`);
  } catch (error) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
