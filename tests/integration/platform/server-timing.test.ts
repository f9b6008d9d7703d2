import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../../src/db/client.js";
import { instrumentD1, newCost, parseServerTiming } from "../../../src/db/instrument.js";
import { forums, members } from "../../../src/db/schema.js";
import { get, post } from "../../helpers/app.js";
import { faultyD1 } from "../../helpers/faulty-d1.js";
import { makeForum } from "../../helpers/forum.js";

const timing = (res: Response) => {
  const t = parseServerTiming(res.headers.get("Server-Timing"));
  if (!t) throw new Error(`no Server-Timing header: ${res.headers.get("Server-Timing")}`);
  return t;
};

describe("Server-Timing on every response", () => {
  it("reports zero queries for a route that touches no database, with a duration", async () => {
    const res = await get("/health");
    expect(res.status).toBe(200);
    expect(res.headers.get("Server-Timing")).toMatch(
      /^db;desc="queries=0 calls=0 rows_read=0 rows_written=0", app;dur=\d+(\.\d)?$/,
    );
  });

  it("counts the session lookup, the forum access check and the page's reads", async () => {
    const f = await makeForum({ experts: 3 });
    const anon = timing(await get("/"));
    const page = timing(await get(`/forums/${f.forum.id}/rounds/1`, f.experts[0]!.cookie));
    expect(page.queries).toBeGreaterThan(anon.queries);
    expect(page.rowsRead).toBeGreaterThan(0);
    expect(page.rowsWritten).toBe(0);
  });

  it("counts rows written by a batch (saving an answer) and carries the header on redirects and errors", async () => {
    const f = await makeForum({ experts: 3 });
    const res = await post(
      f.path(f.questions.binary),
      { p: "40", rationale: "r", intent: "submit" },
      f.experts[0]!.cookie,
    );
    expect(res.status).toBe(303);
    const t = timing(res);
    // The answer row and its index entries: D1 counts at least the inserted row.
    expect(t.rowsWritten).toBeGreaterThanOrEqual(1);
    const missing = await get(`/forums/${f.forum.id}/nope`, f.experts[0]!.cookie);
    expect(missing.status).toBe(404);
    expect(timing(missing).queries).toBeGreaterThanOrEqual(1);
    const forbidden = await get(`/forums/${f.forum.id}/rounds/1`, f.stakeholder.cookie);
    expect(forbidden.status).toBe(403);
    // The session, the forum and the membership, in one round trip (session.ts).
    expect(timing(forbidden).queries).toBe(3);
    expect(timing(forbidden).calls).toBe(1);
  });
});

describe("instrumentD1", () => {
  it("returns exactly what the binding returns, for drizzle joins (raw) and first()", async () => {
    const f = await makeForum({ experts: 3 });
    const cost = newCost();
    const plain = createDb(env.DB);
    const counted = createDb(instrumentD1(env.DB, cost));
    const join = (d: typeof plain) =>
      d
        .select({ forum: forums, member: members })
        .from(members)
        .innerJoin(forums, eq(forums.id, members.forumId))
        .where(eq(members.forumId, f.forum.id));
    const expected = await join(plain);
    expect(await join(counted)).toEqual(expected);
    // Both tables have an `id` column: the raw() path must keep the duplicate columns apart.
    expect(expected[0]!.forum.id).toBe(f.forum.id);
    expect(cost.queries).toBe(1);
    expect(cost.rowsRead).toBeGreaterThanOrEqual(expected.length);
    const before = cost.queries;
    const wrapped = instrumentD1(env.DB, cost);
    expect(await wrapped.prepare("SELECT ? AS x").bind(7).first("x")).toBe(7);
    expect(await wrapped.prepare("SELECT ? AS x").bind(7).first()).toEqual({ x: 7 });
    expect(await wrapped.prepare("SELECT 1 AS x WHERE 0").first()).toBeNull();
    await expect(wrapped.prepare("SELECT 1 AS x").first("y")).rejects.toThrow(/D1_COLUMN_NOTFOUND/);
    expect(cost.queries).toBe(before + 4);
  });

  it("counts every statement of a batch with its rows, and works through a session", async () => {
    const cost = newCost();
    const d1 = instrumentD1(env.DB, cost);
    await d1.exec("CREATE TABLE IF NOT EXISTS st_probe (id INTEGER PRIMARY KEY, v TEXT)");
    cost.queries = 0;
    const res = await d1.batch([
      d1.prepare("INSERT INTO st_probe (v) VALUES (?)").bind("a"),
      d1.prepare("INSERT INTO st_probe (v) VALUES (?)").bind("b"),
      d1.prepare("SELECT count(*) AS n FROM st_probe"),
    ]);
    expect(res).toHaveLength(3);
    expect(cost.queries).toBe(3);
    expect(cost.rowsWritten).toBeGreaterThanOrEqual(2);
    const session = (d1 as unknown as { withSession?: (c: string) => D1Database }).withSession?.(
      "first-unconstrained",
    );
    if (session) {
      const n = cost.queries;
      const rows = await session.prepare("SELECT v FROM st_probe ORDER BY id").raw();
      expect(rows.slice(0, 2)).toEqual([["a"], ["b"]]);
      expect(cost.queries).toBe(n + 1);
    }
  });

  it("wraps a test double without internals (counts the query) and keeps batches going to it", async () => {
    const cost = newCost();
    const fault = faultyD1(env.DB, [{ match: "st_never", where: "batch" }]);
    const d1 = instrumentD1(fault.db, cost);
    const rows = await d1.prepare("SELECT 2 AS y").raw();
    expect(rows).toEqual([[2]]);
    await d1.batch([d1.prepare("SELECT 3 AS z")]);
    expect(cost.queries).toBe(2);
    expect(fault.log).toEqual([
      { sql: "SELECT 2 AS y", failed: false, inBatch: false },
      { sql: "SELECT 3 AS z", failed: false, inBatch: true },
    ]);
  });
});
