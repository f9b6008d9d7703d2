import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, forums, members, rounds, snapshots } from "../../../src/db/schema.js";
import { DEMO_EXPERTS, DEMO_QUESTIONS } from "../../../src/demo/content.js";
import { seedDemo } from "../../../src/demo/seed.js";
import { db, get, sessionCookie } from "../../helpers/app.js";

describe("demo forum seed", () => {
  it("seeds once: 12 experts, round 1 published with a snapshot per question, round 2 open", async () => {
    const first = await seedDemo(db());
    const second = await seedDemo(db());
    expect(second).toEqual(first);
    // The demo forum and the earlier, finished one (issue 5).
    expect(await db().select().from(forums)).toHaveLength(2);
    const experts = await db()
      .select()
      .from(members)
      .where(sql`role = 'expert' AND forum_id = ${first.forumId}`);
    expect(experts).toHaveLength(DEMO_EXPERTS.length);
    const rs = await db()
      .select()
      .from(rounds)
      .where(eq(rounds.forumId, first.forumId))
      .orderBy(rounds.number);
    expect(rs.map((r) => r.state)).toEqual(["published", "open"]);
    const snaps = await db().select().from(snapshots).where(eq(snapshots.roundId, rs[0]!.id));
    expect(snaps).toHaveLength(DEMO_QUESTIONS.length);
    const stats = snaps[0]!.stats as { n: number; eligible: number };
    expect(stats.n).toBe(11);
    expect(stats.eligible).toBe(12);
    const rows = await db()
      .select()
      .from(answers)
      .where(sql`round_id IN (SELECT id FROM rounds WHERE forum_id = ${first.forumId})`);
    expect(rows.length).toBe(11 * DEMO_QUESTIONS.length);
  });

  it("shows the expert the round-2 question with round-1 feedback under pseudonyms only", async () => {
    const demo = await seedDemo(db());
    const cookie = await sessionCookie(demo.expert);
    const round = await get(`/forums/${demo.forumId}/rounds/2`, cookie);
    expect(round.status).toBe(200);
    const html = await round.text();
    const firstQuestion = html.match(/\/rounds\/2\/questions\/(\d+)/)?.[1];
    expect(firstQuestion).toBeDefined();
    const page = await get(`/forums/${demo.forumId}/rounds/2/questions/${firstQuestion}`, cookie);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('id="feedback-panel"');
    expect(body).toContain("The group in round 1");
    // The page names only the signed-in expert (in the header), never another one.
    for (const e of DEMO_EXPERTS.slice(1)) {
      expect(body).not.toContain(e.name);
      expect(body).not.toContain(e.email);
    }
  });

  it("shows the stakeholder the published round", async () => {
    const demo = await seedDemo(db());
    const res = await get(`/forums/${demo.forumId}/dashboard`, await sessionCookie(demo.stakeholder));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Round 1");
    expect(html).toContain("What the panel thinks");
    expect(html).not.toMatch(/Expert [A-Z2-9]{5}/);
  });

  it("adds a finished forum with resolved questions, seeds, track records and a Cooke decision maker", async () => {
    const demo = await seedDemo(db());
    const finished = await db().select().from(forums).where(sql`closed_at IS NOT NULL`).get();
    expect(finished?.title).toContain("(finished)");
    const organiser = await sessionCookie(demo.organiser);
    const scores = await get(`/api/v1/forums/${finished!.id}/scores`, organiser);
    const body = (await scores.json()) as { scores: { brier: number }[] };
    expect(body.scores.length).toBe(12 * 8);
    const cooke = await get(`/api/v1/forums/${finished!.id}/cooke?weights=global&alpha=optimise`, organiser);
    expect(cooke.status).toBe(200);
    const model = (await cooke.json()) as { seedCount: number; experts: { weight: number }[] };
    expect(model.seedCount).toBe(5);
    expect(model.experts.filter((e) => e.weight > 0).length).toBeGreaterThan(0);
    const mine = await get(`/forums/${finished!.id}/my-scores`, await sessionCookie(demo.expert));
    expect(await mine.text()).toContain('id="calibration-mine"');
  });
});
