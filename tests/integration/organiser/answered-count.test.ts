import { env } from "cloudflare:test";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/**
 * round_members.answered, the count of a round's questions with a current submitted answer that every
 * write of answers keeps (so the organiser's overview reads one row per member, not every answer), must
 * always equal that count taken from the answers themselves.
 */
const recount = sql`SELECT rm.member_id AS member, rm.answered AS kept, (
    SELECT count(DISTINCT a.question_id) FROM answers a
    JOIN round_questions rq ON rq.round_id = a.round_id AND rq.question_id = a.question_id
    WHERE a.round_id = rm.round_id AND a.member_id = rm.member_id
      AND a.status = 'submitted' AND a.superseded_at IS NULL) AS counted
  FROM round_members rm`;

async function counts(roundId: number) {
  return db().all<{ member: number; kept: number; counted: number }>(
    sql`${recount} WHERE rm.round_id = ${roundId} ORDER BY rm.member_id`,
  );
}

describe("each expert's answered count (round_members.answered)", () => {
  it("follows submissions, drafts and revisions through the app, and the overview reads it", async () => {
    const f = await makeForum({ experts: 3 });
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    const [a, b] = f.experts;
    const save = (e: { cookie: string }, q: { id: number }, p: string, intent: "submit" | "draft") =>
      post(f.path(q), { p, rationale: "because", intent }, e.cookie);
    expect((await save(a!, f.questions.binary, "40", "submit")).status).toBeLessThan(400);
    expect((await save(a!, f.questions.binary, "45", "submit")).status).toBeLessThan(400); // a revision
    expect((await save(b!, f.questions.binary, "60", "submit")).status).toBeLessThan(400);
    expect((await save(b!, f.questions.binary, "65", "draft")).status).toBeLessThan(400); // back to a draft
    const rows = await counts(round.id);
    expect(rows.map((r) => r.kept)).toEqual(rows.map((r) => r.counted));
    expect(rows.find((r) => r.member === a!.member.id)?.kept).toBe(1);
    expect(rows.find((r) => r.member === b!.member.id)?.kept).toBe(0);
    // Answering every question completes the expert: the overview counts one of three complete.
    const all = [f.questions.binary, f.questions.allocation, f.questions.quantity, f.questions.rating];
    const fields: Record<number, Record<string, string>> = {
      [f.questions.allocation.id]: { p0: "30", p1: "30", p2: "40" },
      [f.questions.quantity.id]: { q5: "10", q50: "20", q95: "30" },
      [f.questions.rating.id]: { r: "4" },
    };
    for (const q of all.slice(1))
      expect(
        (await post(f.path(q), { ...fields[q.id], rationale: "r", intent: "submit" }, a!.cookie)).status,
      ).toBe(303);
    const after = await counts(round.id);
    expect(after.map((r) => r.kept)).toEqual(after.map((r) => r.counted));
    expect(after.find((r) => r.member === a!.member.id)?.kept).toBe(4);
    const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(overview).toMatch(/1 of 3/);
  });

  it("a round opened before rosters existed (no round_members rows) is counted from its answers", async () => {
    const f = await makeForum({ experts: 3 });
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    const e = f.experts[0]!;
    const fields: [{ id: number }, Record<string, string>][] = [
      [f.questions.binary, { p: "40" }],
      [f.questions.allocation, { p0: "30", p1: "30", p2: "40" }],
      [f.questions.quantity, { q5: "10", q50: "20", q95: "30" }],
      [f.questions.rating, { r: "4" }],
    ];
    for (const [q, v] of fields)
      expect((await post(f.path(q), { ...v, rationale: "r", intent: "submit" }, e.cookie)).status).toBe(303);
    await db().run(sql`DELETE FROM round_members WHERE round_id = ${round.id}`);
    const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(overview).toMatch(/1 of 3/);
  });

  it("is counted at close and by migration 0012 for rows written before it", async () => {
    const f = await makeForum({ experts: 3 });
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    await post(
      f.path(f.questions.binary),
      { p: "40", rationale: "r", intent: "submit" },
      f.experts[0]!.cookie,
    );
    await db().run(sql`UPDATE round_members SET answered = 0 WHERE round_id = ${round.id}`);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0012_"));
    const backfill = migration?.queries.find((q) => q.includes("UPDATE `round_members`"));
    expect(backfill).toBeDefined();
    await env.DB.prepare(backfill!).run();
    expect((await counts(round.id)).map((r) => r.kept)).toEqual([1, 0, 0]);
    await db().run(sql`UPDATE round_members SET answered = 0 WHERE round_id = ${round.id}`);
    await f.close(1);
    expect((await counts(round.id)).map((r) => r.kept)).toEqual([1, 0, 0]);
  });
});
