import { env } from "cloudflare:test";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rounds, snapshots } from "../../../src/db/schema.js";
import { publicSnapshot, spreadOf, verdictOf } from "../../../src/domain/snapshot.js";
import { app } from "../../../src/index.js";
import { db, ORIGIN } from "../../helpers/app.js";
import { faultyD1 } from "../../helpers/faulty-d1.js";
import { publishedForum } from "../../helpers/published-forum.js";

/**
 * What readers are shown is stored when a round closes (snapshots.public_stats, snapshots.spread), so
 * their pages read it instead of parsing every snapshot's full JSON (responses included) in SQL on every
 * request: at 300 experts × 40 questions × 3 rounds that was about 7 MiB of JSON per dashboard.
 */
async function forumSnapshots(forumId: number) {
  const ids = (await db().select({ id: rounds.id }).from(rounds).where(eq(rounds.forumId, forumId))).map(
    (r) => r.id,
  );
  return db().select().from(snapshots).where(inArray(snapshots.roundId, ids));
}

describe("stored reader statistics", () => {
  it("a closed round stores each snapshot without its responses, and its spread", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2 });
    const rows = await forumSnapshots(f.forum.id);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const r of rows) {
      expect(r.stats.responses?.length).toBeGreaterThan(0);
      expect(r.publicStats).toEqual(publicSnapshot(r.stats));
      expect(r.publicStats).not.toHaveProperty("responses");
      expect(r.spread).toEqual(spreadOf(r.stats));
      expect(r.verdict).toEqual(verdictOf(r.stats));
    }
    expect(rows.some((r) => (r.spread?.options?.length ?? 0) > 0)).toBe(true);
    expect(rows.some((r) => r.spread?.iqr !== null)).toBe(true);
  });

  it("migration 0011 fills both for snapshots stored before it, as a close would have", async () => {
    const f = await publishedForum({ experts: 5 });
    const before = await forumSnapshots(f.forum.id);
    const ids = before.map((r) => r.id);
    await db().update(snapshots).set({ publicStats: null, spread: null }).where(inArray(snapshots.id, ids));
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0011_"));
    const backfill = migration?.queries.find((q) => q.includes("UPDATE `snapshots`"));
    expect(backfill).toBeDefined();
    await env.DB.prepare(backfill!).run();
    const after = await forumSnapshots(f.forum.id);
    for (const r of after) {
      expect(r.publicStats).toEqual(publicSnapshot(r.stats));
      expect(r.spread).toEqual(spreadOf(r.stats));
    }
    expect(await db().get(sql`SELECT count(*) AS n FROM snapshots WHERE spread IS NULL`)).toEqual({ n: 0 });
  });

  it("a stakeholder's dashboard applies no JSON function to the stored statistics", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2 });
    const traced = faultyD1(env.DB, []);
    const res = await app.request(
      `${ORIGIN}${f.base}/dashboard`,
      { headers: { Cookie: f.stakeholder.cookie } },
      // Without the Sessions API the reader's queries go through the traced binding too.
      { ...env, DB: { ...traced.db, withSession: undefined } as unknown as D1Database },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Spread of answers across rounds");
    const reads = traced.log.map((l) => l.sql).filter((s) => /snapshots/.test(s));
    expect(reads.length).toBeGreaterThan(0);
    // Only inside the fallback for a row without public_stats, which coalesce never evaluates otherwise.
    const fallback = `coalesce("snapshots"."public_stats", json_remove("snapshots"."stats", '$.responses'))`;
    const parsing = reads.filter((s) => /json_\w+\(/.test(s.replaceAll(fallback, "public_stats")));
    expect(parsing).toEqual([]);
  });

  it("migration 0016 fills each snapshot's verdict for snapshots stored before it, as a close would have", async () => {
    const f = await publishedForum({ experts: 5 });
    const ids = (await forumSnapshots(f.forum.id)).map((r) => r.id);
    await db().update(snapshots).set({ verdict: null }).where(inArray(snapshots.id, ids));
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0016_"));
    const backfill = migration?.queries.find((q) => q.includes("UPDATE `snapshots`"));
    expect(backfill).toBeDefined();
    await env.DB.prepare(backfill!).run();
    const after = await forumSnapshots(f.forum.id);
    expect(after.length).toBe(ids.length);
    for (const r of after) expect(r.verdict).toEqual(verdictOf(r.stats));
  });

  it("the organiser's overview reads each question's verdict as stored, without parsing statistics", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2 });
    const rows = await forumSnapshots(f.forum.id);
    const overview = async (d: D1Database) => {
      const res = await app.request(
        `${ORIGIN}${f.base}`,
        { headers: { Cookie: f.organiser.cookie } },
        { ...env, DB: d },
      );
      expect(res.status).toBe(200);
      return (await res.text()).split('class="badge badge-met"').length - 1;
    };
    // Stored verdicts unlike the statistics' (all met, then none): the question list shows what is stored.
    for (const met of [true, false]) {
      const state = met ? ("met" as const) : ("not-met" as const);
      for (const r of rows)
        await db()
          .update(snapshots)
          .set({ verdict: { consensus: { ...r.stats.consensus, met, state }, n: r.stats.n } })
          .where(eq(snapshots.id, r.id));
      expect(await overview(env.DB)).toBe(met ? 4 : 0);
    }
    const traced = faultyD1(env.DB, []);
    await overview(traced.db as unknown as D1Database);
    const reads = traced.log.map((l) => l.sql).filter((s) => /snapshots/.test(s));
    expect(reads.length).toBeGreaterThan(0);
    const parsing = reads.filter((s) => /json_\w+\(/.test(s));
    expect(parsing).toEqual([]);
  });
});
