import { env } from "cloudflare:test";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createToken } from "../../../src/db/queries/auth.js";
import { app } from "../../../src/index.js";
import { createUser, db, ORIGIN } from "../../helpers/app.js";
import { type FaultRule, faultyD1 } from "../../helpers/faulty-d1.js";
import { makeForum } from "../../helpers/forum.js";

/** Sends a request through the app with a D1 binding that fails the given statements. */
async function withFaults(
  rules: FaultRule[],
  path: string,
  init: { method?: string; form?: Record<string, string>; cookie?: string; headers?: Record<string, string> },
) {
  const faulty = faultyD1(env.DB, rules);
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  let body: URLSearchParams | undefined;
  if (init.form) {
    body = new URLSearchParams(init.form);
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    headers.set("Origin", ORIGIN);
  }
  const res = await app.request(
    `${ORIGIN}${path}`,
    { method: init.method ?? (init.form ? "POST" : "GET"), headers, body },
    { ...env, DB: faulty.db },
  );
  return { res, text: await res.text(), failures: faulty.failures(), log: faulty.log };
}

/** Row counts of the tables a write could touch, to compare before and after a failed request. */
async function counts(): Promise<Record<string, number>> {
  const tables = [
    "users",
    "members",
    "tokens",
    "sessions",
    "answers",
    "rounds",
    "snapshots",
    "outbox",
    "audit_log",
    "institutions",
    "posts",
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await db().get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${t}`));
    out[t] = row!.n;
  }
  return out;
}

const STACK = /\n\s+at |Error:|D1_ERROR|injected|SQLITE|\.ts:\d+/;

function expectCleanErrorPage(r: { res: Response; text: string; failures: number }) {
  expect(r.failures).toBeGreaterThan(0);
  expect(r.res.status).toBe(500);
  expect(r.res.headers.get("Content-Type")).toMatch(/text\/html/);
  expect(r.text).toContain("Nothing was half-saved");
  expect(r.text).not.toMatch(STACK);
}

const ANSWER = { p: "40", rationale: "first thoughts", intent: "submit" };

describe("fault injection: a failed write leaves nothing half-written and says so", () => {
  it("answer save: failing the INSERT after the UPDATE of the same batch rolls the UPDATE back", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const path = f.path(f.questions.binary);
    const ok = await app.request(
      `${ORIGIN}${path}`,
      {
        method: "POST",
        body: new URLSearchParams(ANSWER),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN, Cookie: e.cookie },
      },
      env,
    );
    expect(ok.status).toBe(303);
    const before = await counts();
    const mine = sql`SELECT value, rationale, superseded_at FROM answers WHERE member_id = ${e.member.id}`;
    const rowsBefore = await db().all(mine);
    const tallies = sql`SELECT * FROM round_tallies ORDER BY round_id, group_key`;
    const talliesBefore = await db().all(tallies);
    const r = await withFaults([{ match: "INSERT INTO answers", where: "batch" }], path, {
      form: { ...ANSWER, p: "70", rationale: "changed my mind" },
      cookie: e.cookie,
    });
    expectCleanErrorPage(r);
    // The batch's first statements (the expert's share of the round's kept counts taken out, the old answer
    // superseded) ran before the failure: they were undone. The rest (the expert's answered count, their
    // share put back) never ran. (The page's reads go in a batch of their own before it.)
    const writes = r.log.filter((l) => l.inBatch && !/^\s*select/i.test(l.sql));
    expect(writes.map((l) => l.sql.trim().slice(0, 12))).toEqual([
      "WITH x AS MA",
      "UPDATE answe",
      "INSERT INTO ",
      "UPDATE round",
      "WITH x AS MA",
    ]);
    expect(await counts()).toEqual(before);
    expect(await db().all(mine)).toEqual(rowsBefore);
    expect(await db().all(tallies)).toEqual(talliesBefore);
  });

  it("invitation: failing the token insert mid-batch leaves no user, member, message or audit row", async () => {
    const f = await makeForum();
    const before = await counts();
    const email = `fault-${crypto.randomUUID()}@example.org`;
    const r = await withFaults(
      [{ match: "INSERT INTO tokens", where: "batch" }],
      `/forums/${f.forum.id}/panel/invite`,
      {
        form: { name: "New Person", email, role: "stakeholder" },
        cookie: f.organiser.cookie,
      },
    );
    expectCleanErrorPage(r);
    expect(await counts()).toEqual(before);
    const user = await db().get(sql`SELECT id FROM users WHERE email = ${email}`);
    expect(user).toBeUndefined();
  });

  it("close round: failing the snapshot write leaves the round open with no snapshot and no audit", async () => {
    const f = await makeForum();
    for (const e of f.experts.slice(0, 3)) {
      await app.request(
        `${ORIGIN}${f.path(f.questions.binary)}`,
        {
          method: "POST",
          body: new URLSearchParams(ANSWER),
          headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN, Cookie: e.cookie },
        },
        env,
      );
    }
    const before = await counts();
    const r = await withFaults(
      [{ match: /insert into "snapshots"|INSERT INTO snapshots/i }],
      `/forums/${f.forum.id}/rounds/1/close`,
      {
        form: { confirm: "1" },
        cookie: f.organiser.cookie,
      },
    );
    expectCleanErrorPage(r);
    expect(await counts()).toEqual(before);
    const round = await db().get<{ state: string }>(
      sql`SELECT state FROM rounds WHERE forum_id = ${f.forum.id} AND number = 1`,
    );
    expect(round!.state).toBe("open");
    // A retry then closes it, with one snapshot per question.
    const retry = await withFaults([], `/forums/${f.forum.id}/rounds/1/close`, {
      form: { confirm: "1" },
      cookie: f.organiser.cookie,
    });
    expect(retry.res.status).toBe(303);
    const snaps = await db().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM snapshots s JOIN rounds r ON r.id = s.round_id WHERE r.forum_id = ${f.forum.id}`,
    );
    expect(snaps!.n).toBe(4);
  });

  it("close round: failing the state change itself changes nothing", async () => {
    const f = await makeForum();
    const before = await counts();
    const r = await withFaults(
      [{ match: "UPDATE rounds SET state = 'closed'" }],
      `/forums/${f.forum.id}/rounds/1/close`,
      {
        form: { confirm: "1" },
        cookie: f.organiser.cookie,
      },
    );
    expectCleanErrorPage(r);
    expect(await counts()).toEqual(before);
  });

  it("sign-in token spend: failing the session insert mid-batch keeps the token unspent", async () => {
    const user = await createUser();
    const token = await createToken(db(), { purpose: "signin", userId: user.id });
    const before = await counts();
    const r = await withFaults([{ match: "INSERT INTO sessions", where: "batch" }], `/auth/${token}`, {
      form: {},
    });
    expectCleanErrorPage(r);
    expect(r.res.headers.get("Set-Cookie")).toBeNull();
    expect(await counts()).toEqual(before);
    const row = await db().get<{ used_at: string | null }>(
      sql`SELECT used_at FROM tokens WHERE user_id = ${user.id}`,
    );
    expect(row!.used_at).toBeNull();
    // The link still works afterwards.
    const retry = await withFaults([], `/auth/${token}`, { form: {} });
    expect(retry.res.status).toBe(303);
  });

  it("post: failing the post INSERT stores no post; failing a vote mid-batch keeps the old vote", async () => {
    const f = await makeForum();
    const [a, b] = [f.experts[0]!, f.experts[1]!];
    const posts = `${f.path(f.questions.binary)}/posts`;
    const before = await counts();
    const r = await withFaults([{ match: "INSERT INTO posts" }], posts, {
      form: { body: "A careful argument." },
      cookie: a.cookie,
    });
    expectCleanErrorPage(r);
    expect(await counts()).toEqual(before);
    // A real post by b, voted useful by a; then a second toggle (remove) whose batch fails after the
    // DELETE: the vote is still there.
    const ok = await withFaults([], posts, { form: { body: "Evidence from the field." }, cookie: b.cookie });
    expect(ok.res.status).toBe(303);
    const post = await db().get<{ id: number }>(
      sql`SELECT id FROM posts WHERE member_id = ${b.member.id} ORDER BY id DESC LIMIT 1`,
    );
    const useful = `${posts}/${post!.id}/useful`;
    expect((await withFaults([], useful, { form: {}, cookie: a.cookie })).res.status).toBe(303);
    const votes = sql`SELECT count(*) AS n FROM post_votes WHERE post_id = ${post!.id}`;
    expect((await db().get<{ n: number }>(votes))!.n).toBe(1);
    const failed = await withFaults([{ match: "INSERT OR IGNORE INTO post_votes", where: "batch" }], useful, {
      form: {},
      cookie: a.cookie,
    });
    expectCleanErrorPage(failed);
    expect((await db().get<{ n: number }>(votes))!.n).toBe(1);
  });

  it("a failing read on a page gives the 500 page; on the API a JSON error; never a stack trace", async () => {
    const f = await makeForum();
    const page = await withFaults(
      [{ match: /from "rounds"|FROM rounds/i, times: Infinity }],
      `/forums/${f.forum.id}/rounds/1`,
      {
        cookie: f.experts[0]!.cookie,
      },
    );
    expectCleanErrorPage(page);
    expect(page.res.headers.get("Cache-Control")).toBe("no-store");
    const api = await withFaults([{ match: /forums/i, times: Infinity }], "/api/v1/forums", {
      cookie: f.organiser.cookie,
    });
    expect(api.failures).toBeGreaterThan(0);
    expect(api.res.status).toBe(500);
    expect(JSON.parse(api.text)).toEqual({ error: { code: "internal", message: "internal error" } });
  });
});
