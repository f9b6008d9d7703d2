import { env } from "cloudflare:test";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { parseServerTiming } from "../../../src/db/instrument.js";
import { resolveQuestion } from "../../../src/db/queries/resolutions.js";
import { forums, members, questions, rounds, snapshots } from "../../../src/db/schema.js";
import { seedDemo } from "../../../src/demo/seed.js";
import { app } from "../../../src/index.js";
import { db, get, ORIGIN, sessionCookie, textOf } from "../../helpers/app.js";
import { faultyD1 } from "../../helpers/faulty-d1.js";

/**
 * Issue 19: a forum's rendered dashboard is kept per isolate under the forum's row, whose
 * `results_version` triggers bump on every write to a table the results are read from (migration 0015,
 * src/routes/rendered-cache.tsx). These tests find the tables the dashboard reads by tracing its
 * statements in every variant, check that each has its three triggers, that the triggers count, and that a
 * kept dashboard is never served once what it shows has changed.
 */

/** Tables read to decide who may see a forum, not what its results are: the key holds the forum row. */
const ACCESS = new Set(["sessions", "users", "forums", "members"]);

let forumIds: number[] = [];
const cookies = new Map<string, string>();
let n = 0;

/** A dashboard URL no earlier request used (the kept HTML is per URL), so that its statements run. */
const fresh = (path: string) => `${path}${path.includes("?") ? "&" : "?"}fresh=${++n}`;

function tablesOf(statement: string): string[] {
  return [...statement.matchAll(/\b(?:from|join|into|update)\s+"?([a-z_]+)"?/gi)].map((m) =>
    (m[1] as string).toLowerCase(),
  );
}

async function traced(path: string, headers: Record<string, string>) {
  const t = faultyD1(env.DB, []);
  const res = await app.request(
    `${ORIGIN}${path}`,
    { headers },
    { ...env, DB: { ...t.db, withSession: undefined } as unknown as D1Database },
  );
  await res.arrayBuffer();
  return { status: res.status, statements: t.log.map((l) => l.sql) };
}

const version = async (forumId: number) =>
  (await db().select({ v: forums.resultsVersion }).from(forums).where(eq(forums.id, forumId)).get())!.v;

describe("the results version and the kept dashboards", () => {
  beforeAll(async () => {
    await seedDemo(db());
    const all = await db().select({ id: forums.id }).from(forums);
    forumIds = all.map((f) => f.id);
    for (const m of await db()
      .select({ forumId: members.forumId, userId: members.userId, role: members.role })
      .from(members)) {
      const key = `${m.forumId}:${m.role}`;
      if (!cookies.has(key)) cookies.set(key, await sessionCookie(m.userId));
    }
  });

  it("every table a reader's dashboard reads has triggers that count writes to it", async () => {
    const read = new Set<string>();
    for (const forumId of forumIds) {
      const base = `/forums/${forumId}`;
      const qs = await db()
        .select({ id: questions.id })
        .from(questions)
        .where(eq(questions.forumId, forumId));
      const published = await db()
        .select({ number: rounds.number })
        .from(rounds)
        .where(sql`${rounds.forumId} = ${forumId} AND ${rounds.state} = 'published'`);
      expect(published.length).toBeGreaterThan(0);
      for (const role of ["stakeholder", "expert", "organiser"]) {
        const cookie = cookies.get(`${forumId}:${role}`);
        if (!cookie) continue;
        const paths = [
          `${base}/dashboard`,
          `${base}/dashboard?stage=founding`,
          ...published.map((r) => `${base}/dashboard?round=${r.number}`),
          ...published.flatMap((r) =>
            qs.flatMap((q) => [
              `${base}/dashboard/rounds/${r.number}/breakdown/${q.id}`,
              `${base}/dashboard/rounds/${r.number}/ranges/${q.id}`,
            ]),
          ),
        ];
        for (const path of paths) {
          // English and Russian: a forum's own language and a translated one.
          for (const locale of ["en", "ru"]) {
            for (const htmx of [false, true]) {
              const { status, statements } = await traced(fresh(path), {
                Cookie: `${cookie}; sf_locale=${locale}`,
                ...(htmx ? { "HX-Request": "true" } : {}),
              });
              expect([200, 404]).toContain(status);
              for (const s of statements) for (const t of tablesOf(s)) read.add(t);
            }
          }
        }
      }
    }
    const watched = [...read].filter((t) => !ACCESS.has(t)).sort();
    // What the demo's dashboards read today; a new table read must get its triggers (migration 0015).
    console.log(`the dashboards read ${watched.join(", ")}`);
    expect(watched).toEqual(expect.arrayContaining(["questions", "resolutions", "rounds", "snapshots"]));
    const triggers = (
      await env.DB.prepare("SELECT tbl_name AS t, sql FROM sqlite_master WHERE type = 'trigger'").all<{
        t: string;
        sql: string;
      }>()
    ).results;
    for (const table of watched) {
      for (const op of ["INSERT", "UPDATE", "DELETE"]) {
        const found = triggers.filter(
          (x) => x.t === table && x.sql.includes(`AFTER ${op}`) && x.sql.includes("results_version"),
        );
        expect(found, `${op} trigger on ${table}`).toHaveLength(1);
      }
    }
  });
});

describe("a kept dashboard", () => {
  let forumId: number;
  let base: string;
  const as = (role: string) => cookies.get(`${forumId}:${role}`)!;
  const dashboard = async (role: string, locale?: string) => {
    const res = await get(`${base}/dashboard`, locale ? `${as(role)}; sf_locale=${locale}` : as(role));
    const timing = parseServerTiming(res.headers.get("Server-Timing"))!;
    return { status: res.status, html: await textOf(res), queries: timing.queries };
  };
  /** The page without what differs per response (the CSP nonce). */
  const stable = (html: string) => html.replace(/nonce="[^"]*"/g, "");

  beforeAll(async () => {
    const demo = await seedDemo(db());
    forumId = demo.forumId;
    base = `/forums/${forumId}`;
  });

  it("is rendered once and served again without reading the results", async () => {
    const first = await dashboard("stakeholder");
    const second = await dashboard("stakeholder");
    expect(first.status).toBe(200);
    expect(stable(second.html)).toBe(stable(first.html));
    // The session, the forum row and the reader's membership; no round, snapshot or question.
    expect(second.queries).toBeLessThanOrEqual(3);
    expect(first.queries).toBeGreaterThan(second.queries + 2);
  });

  it("is kept per role and language: an expert never gets a stakeholder's breakdowns", async () => {
    const stakeholder = await dashboard("stakeholder");
    const expert = await dashboard("expert");
    expect(stakeholder.html).toContain("/breakdown/");
    expect(expert.html).not.toContain("/breakdown/");
    const russian = await dashboard("stakeholder", "ru");
    expect(russian.html).toContain('lang="ru"');
    expect(stable(russian.html)).not.toBe(stable(stakeholder.html));
  });

  it("shows a new question title, a resolution and a forum setting as soon as they are written", async () => {
    await dashboard("stakeholder");
    const [card] = await db()
      .select({ id: questions.id, title: questions.title })
      .from(snapshots)
      .innerJoin(questions, eq(questions.id, snapshots.questionId))
      .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
      .where(
        sql`${rounds.forumId} = ${forumId} AND ${rounds.state} = 'published' AND ${questions.kind} = 'binary'`,
      )
      .limit(1);
    const before = await version(forumId);
    await db().update(questions).set({ title: "A retitled question" }).where(eq(questions.id, card!.id));
    expect(await version(forumId)).toBe(before + 1);
    expect((await dashboard("stakeholder")).html).toContain("A retitled question");

    const organiser = await db()
      .select({ userId: members.userId })
      .from(members)
      .where(sql`${members.forumId} = ${forumId} AND ${members.role} = 'organiser'`)
      .get();
    const unresolved = await dashboard("stakeholder");
    await resolveQuestion(
      db(),
      { forumId, questionId: card!.id },
      { outcome: { outcome: 1 }, resolvedOn: "2026-07-01", sourceNote: "kept dashboard test" },
      { id: organiser!.userId },
    );
    const resolved = await dashboard("stakeholder");
    expect(resolved.queries).toBeGreaterThan(2);
    expect(stable(resolved.html)).not.toBe(stable(unresolved.html));

    await db().update(forums).set({ title: "A renamed forum" }).where(eq(forums.id, forumId));
    expect((await dashboard("stakeholder")).html).toContain("A renamed forum");
  });

  it("every watched table's writes count: an update of one of its rows bumps its forum's version", async () => {
    const rowOf: Record<string, string> = {
      rounds: "SELECT rowid AS r FROM rounds WHERE forum_id = ?1",
      questions: "SELECT rowid AS r FROM questions WHERE forum_id = ?1",
      snapshots:
        "SELECT s.rowid AS r FROM snapshots s JOIN rounds x ON x.id = s.round_id WHERE x.forum_id = ?1",
      round_questions:
        "SELECT s.rowid AS r FROM round_questions s JOIN rounds x ON x.id = s.round_id WHERE x.forum_id = ?1",
      resolutions:
        "SELECT s.rowid AS r FROM resolutions s JOIN questions x ON x.id = s.question_id WHERE x.forum_id = ?1",
    };
    for (const [table, find] of Object.entries(rowOf)) {
      const row = await env.DB.prepare(`${find} LIMIT 1`).bind(forumId).first<{ r: number }>();
      expect(row, table).not.toBeNull();
      const before = await version(forumId);
      await env.DB.prepare(`UPDATE ${table} SET rowid = rowid WHERE rowid = ?`).bind(row!.r).run();
      expect(await version(forumId), table).toBe(before + 1);
    }
  });
});
