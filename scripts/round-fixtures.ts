/**
 * Regenerates the fixtures of `tests/cli/round.test.ts` from the running app, so that test compares the
 * CLI with what the app really served, not with numbers written by hand:
 *
 *   npx tsx scripts/round-fixtures.ts
 *
 * It starts the app as `npm start` does (a fresh local database with the demo forum: round 1 answered,
 * closed and published by the app's own functions; round 2 open), signs the demo expert in to answer every
 * round-2 question, signs the demo organiser in to close and publish round 2 and to issue a read token,
 * and writes what the API then serves:
 *   GET /api/v1/forums/:id/export            → tests/fixtures/round-export-demo.json
 *   GET /api/v1/forums/:id/rounds/1/results  → tests/fixtures/round-export-demo.results-1.json
 *   GET /api/v1/forums/:id/rounds/2/results  → tests/fixtures/round-export-demo.results-2.json
 * Round 2 thus has one respondent, below the forum's minimum: its verdicts are "too few answers".
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startApp } from "../tests/e2e/server.js";

type ExportedQuestion = { id: number; config: { kind: string; scenarios?: unknown[]; min?: number } };

const OUT = join(import.meta.dirname, "../tests/fixtures");

async function main() {
  const app = await startApp();
  try {
    const post = (path: string, cookie: string, form: Record<string, string>) =>
      fetch(`${app.origin}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          origin: app.origin,
          cookie,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams(form).toString(),
      });
    const signIn = async (link: string) => {
      const res = await post(new URL(link).pathname, "", {});
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      if (!cookie) throw new Error(`signing in with ${link} set no cookie (${res.status})`);
      return cookie;
    };
    const organiser = await signIn(app.links.organiser);
    const expert = await signIn(app.links.expert);
    const forum = app.demoForumId;

    const tokenPage = await (
      await post(`/forums/${forum}/api-tokens`, organiser, { label: "fixtures", days: "7" })
    ).text();
    const token = /<code class="token">([^<]+)<\/code>/.exec(tokenPage)?.[1];
    if (!token) throw new Error("no read token on the tokens page");
    const api = async (path: string) => {
      const res = await fetch(`${app.origin}/api/v1/forums/${forum}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };

    const before = (await api("/export")) as {
      questions: ExportedQuestion[];
      rounds: { number: number; questionIds: number[] }[];
    };
    const round2 = before.rounds.find((r) => r.number === 2);
    if (!round2) throw new Error("the demo forum has no round 2");
    for (const id of round2.questionIds) {
      const q = before.questions.find((x) => x.id === id);
      if (!q) throw new Error(`question ${id} is not in the export`);
      const form: Record<string, string> = {
        intent: "submit",
        rationale: "Revised after reading the group's reasons.",
      };
      const c = q.config;
      if (c.kind === "binary") form.p = "42";
      else if (c.kind === "quantity") Object.assign(form, { q5: "10", q50: "20", q95: "40" });
      else if (c.kind === "rating") form.r = String(c.min ?? 1);
      else if (c.kind === "allocation") {
        const k = c.scenarios?.length ?? 0;
        for (let i = 0; i < k; i++) form[`p${i}`] = String(i === 0 ? 100 - 10 * (k - 1) : 10);
      } else throw new Error(`no answer written for a ${c.kind} question`);
      const res = await post(`/forums/${forum}/rounds/2/questions/${id}`, expert, form);
      if (res.status !== 303 && res.status !== 200)
        throw new Error(`answering question ${id}: ${res.status}`);
    }
    for (const step of ["close", "publish"]) {
      const res = await post(`/forums/${forum}/rounds/2/${step}`, organiser, { confirm: "1" });
      if (res.status !== 303) throw new Error(`${step} round 2: ${res.status}`);
    }
    const write = (name: string, data: unknown) =>
      writeFileSync(join(OUT, name), `${JSON.stringify(data, null, 2)}\n`);
    write("round-export-demo.json", await api("/export"));
    write("round-export-demo.results-1.json", await api("/rounds/1/results"));
    write("round-export-demo.results-2.json", await api("/rounds/2/results"));
    // Formatted as the lint expects (Biome), so regenerating never leaves the tree failing `npm run lint`.
    execFileSync("npx", ["biome", "format", "--write", OUT], { stdio: "ignore" });
    console.log(`wrote the export and rounds 1 and 2's results of forum ${forum} to tests/fixtures/`);
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
