import { env } from "cloudflare:test";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../../src/db/batch.js";
import { listRoundMemberProgress } from "../../../src/db/queries/attrition.js";
import { recountTallies } from "../../../src/db/queries/round-tallies.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { members, outbox, users } from "../../../src/db/schema.js";
import { tallyRoster } from "../../../src/domain/attrition.js";
import { db, get, post, unique } from "../../helpers/app.js";
import { makeForum, type TestForum } from "../../helpers/forum.js";

/**
 * round_tallies, the counts per round and institution that the organiser's overview reads instead of the
 * roster, must always equal a recount: the full recount the close runs (recountTallies), and the engine's
 * own count of the roster rows (tallyRoster over listRoundMemberProgress).
 */
type Row = Record<string, number>;

const kept = async (roundId: number) =>
  db().all<Row>(sql`SELECT group_key, eligible, late, complete, active, active_complete, rostered, previous, lost
    FROM round_tallies WHERE round_id = ${roundId} ORDER BY group_key`);

/** The kept rows, then a full recount of the round: they must be the same. */
async function expectKeptEqualsRecount(roundId: number) {
  const before = await kept(roundId);
  await runBatch(db(), recountTallies(roundId));
  expect(before).toEqual(await kept(roundId));
  return before;
}

/** The kept counts per institution name against the engine's count of the roster rows. */
async function expectEngineAgrees(f: TestForum) {
  const engine = tallyRoster(await listRoundMemberProgress(db(), f.forum.id));
  const rows = await db().all<Row & { number: number; name: string | null; state: string }>(
    sql`SELECT r.number AS number, r.state AS state, i.name AS name, t.eligible, t.late, t.complete, t.rostered,
        t.previous, t.lost
      FROM round_tallies t JOIN rounds r ON r.id = t.round_id LEFT JOIN institutions i ON i.id = t.group_key
      WHERE r.forum_id = ${f.forum.id} AND t.group_key <> -1`,
  );
  const key = (n: number, name: string | null) => `${n}/${name}`;
  const mine = new Map(rows.map((r) => [key(r.number, r.name), r]));
  for (const e of engine) {
    const r = mine.get(key(e.roundNumber, e.institution));
    const closed = !e.open;
    expect(
      r && { eligible: r.eligible, late: r.late, complete: r.complete, rostered: r.rostered },
      key(e.roundNumber, e.institution),
    ).toEqual({ eligible: e.eligible, late: e.late, complete: e.complete, rostered: e.rostered });
    if (closed) expect(r && [r.previous, r.lost]).toEqual([e.previous, e.lost]);
  }
}

const FIELDS: Record<string, Record<string, string>> = {
  binary: { p: "40" },
  allocation: { p0: "30", p1: "30", p2: "40" },
  quantity: { q5: "10", q50: "20", q95: "30" },
  rating: { r: "4" },
};

async function answerAll(f: TestForum, cookie: string, round: number, intent: "submit" | "draft" = "submit") {
  for (const [kind, q] of Object.entries(f.questions))
    expect(
      (await post(f.path(q, round), { ...FIELDS[kind], rationale: "r", intent }, cookie)).status,
    ).toBeLessThan(400);
}

/** Invites an expert of `institutionId` through the panel and accepts the link: active, a late joiner. */
async function inviteAndJoin(f: TestForum, institutionId: number) {
  const email = `${unique("late")}@example.org`;
  const base = `/forums/${f.forum.id}`;
  const res = await post(
    `${base}/panel/invite`,
    { name: unique("Late Expert"), email, role: "expert", institutionId: String(institutionId) },
    f.organiser.cookie,
  );
  expect(res.status).toBe(303);
  const mail = await db().select().from(outbox).where(eq(outbox.toEmail, email)).get();
  const token = mail!.textBody.match(/http:\/\/localhost\/auth\/([A-Za-z0-9_-]{43})/)![1]!;
  const accepted = await post(`/auth/${token}`, {});
  expect(accepted.status).toBe(303);
  const user = (await db().select().from(users).where(eq(users.email, email)).get())!;
  const member = (await db()
    .select()
    .from(members)
    .where(and(eq(members.forumId, f.forum.id), eq(members.userId, user.id)))
    .get())!;
  return { cookie: accepted.headers.get("Set-Cookie")!.split(";")[0]!, member };
}

describe("the kept counts per round and institution (round_tallies)", () => {
  it("equal a recount through submissions, drafts, revisions, a late joiner, a removal and the close", async () => {
    const f = await makeForum({ experts: 6 });
    const [a, b, c, d] = f.experts;
    const r1 = (await getRoundByNumber(db(), f.forum.id, 1))!;
    await expectKeptEqualsRecount(r1.id);

    await answerAll(f, a!.cookie, 1); // complete
    await answerAll(f, d!.cookie, 1); // complete, the other institution
    await answerAll(f, b!.cookie, 1, "draft"); // drafts count for nothing
    const save = (e: { cookie: string }, p: string, intent: "submit" | "draft") =>
      post(f.path(f.questions.binary), { p, rationale: "r", intent }, e.cookie);
    expect((await save(a!, "45", "submit")).status).toBeLessThan(400); // a revision: still complete
    expect((await save(d!, "50", "draft")).status).toBeLessThan(400); // back to a draft: no longer complete
    expect((await save(c!, "50", "submit")).status).toBeLessThan(400); // one of four
    let rows = await expectKeptEqualsRecount(r1.id);
    expect(rows.find((r) => r.group_key === -1)).toMatchObject({ eligible: 6, complete: 1, active: 6 });

    // A late joiner of the first institution, who answers everything.
    const late = await inviteAndJoin(f, a!.member.institutionId!);
    rows = await expectKeptEqualsRecount(r1.id);
    expect(rows.find((r) => r.group_key === -1)).toMatchObject({ eligible: 7, late: 1, active: 7 });
    await answerAll(f, late.cookie, 1);
    // A removal: still on the roster (attrition), no longer among the active experts (response rate).
    expect(
      (await post(`/forums/${f.forum.id}/panel/${c!.member.id}/remove`, { confirm: "1" }, f.organiser.cookie))
        .status,
    ).toBeLessThan(400);
    rows = await expectKeptEqualsRecount(r1.id);
    expect(rows.find((r) => r.group_key === -1)).toMatchObject({
      eligible: 7,
      complete: 2,
      active: 6,
      active_complete: 2,
    });
    await expectEngineAgrees(f);
    const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(overview).toContain("2 of 6 experts answered all 4 questions.");

    // The close counts the round in full; then round 2, where the first round's respondents drop out.
    await f.close(1);
    rows = await expectKeptEqualsRecount(r1.id);
    await f.nextRound();
    const r2 = (await getRoundByNumber(db(), f.forum.id, 2))!;
    await answerAll(f, a!.cookie, 2);
    await answerAll(f, b!.cookie, 2);
    await expectKeptEqualsRecount(r2.id);
    await expectEngineAgrees(f);
    await f.close(2);
    rows = await expectKeptEqualsRecount(r2.id);
    // Round 1's respondents: a and the late joiner; round 2 keeps a and loses the late joiner.
    expect(rows.find((r) => r.group_key === -1)).toMatchObject({ complete: 2, previous: 2, lost: 1 });
    await expectEngineAgrees(f);
  });

  it("are counted by migration 0014 for rounds opened before it", async () => {
    const f = await makeForum({ experts: 4 });
    await answerAll(f, f.experts[0]!.cookie, 1);
    await f.close(1);
    await f.nextRound();
    await answerAll(f, f.experts[1]!.cookie, 2);
    // Every forum's rounds (the migration counts them all).
    const all = () => db().all<Row>(sql`SELECT * FROM round_tallies ORDER BY round_id, group_key`);
    const before = await all();
    expect(before.length).toBeGreaterThan(0);
    await db().run(sql`DELETE FROM round_tallies`);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0014_"));
    const backfill = migration?.queries.find((q) => q.includes("INSERT INTO `round_tallies`"));
    expect(backfill).toBeDefined();
    await env.DB.prepare(backfill!).run();
    expect(await all()).toEqual(before);
  });
});
