import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { readBatch } from "../../../src/db/batch.js";
import { createDb } from "../../../src/db/client.js";
import { parseServerTiming } from "../../../src/db/instrument.js";
import { forums, members } from "../../../src/db/schema.js";
import { get } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const calls = (res: Response) => parseServerTiming(res.headers.get("Server-Timing"))!.calls;

/**
 * A page under /forums/:forumId reads the session and the caller's membership of that forum in one round
 * trip (session.ts, forum-access.ts): each D1 round trip costs about 0.6 ms of CPU locally and a network
 * hop in production, and every forum page paid two.
 */
describe("the session and the forum membership in one round trip", () => {
  it("serves each member their own forum, with one round trip fewer than a separate check", async () => {
    // Two forums, so that forum ids, member ids and user ids all differ.
    const a = await makeForum({ experts: 3 });
    const b = await makeForum({ experts: 3 });
    for (const f of [a, b]) {
      const res = await get(`/forums/${f.forum.id}/dashboard`, f.stakeholder.cookie);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(f.forum.title);
    }
    // A dashboard already rendered for this forum state reads nothing else (rendered-cache.tsx): one round
    // trip for the session, the forum and the membership (two before).
    const again = await get(`/forums/${a.forum.id}/dashboard`, a.stakeholder.cookie);
    expect(again.status).toBe(200);
    expect(calls(again)).toBe(1);
  });

  it("refuses another forum's member and a session that was revoked, as before", async () => {
    const a = await makeForum({ experts: 3 });
    const b = await makeForum({ experts: 3 });
    expect((await get(`/forums/${b.forum.id}/dashboard`, a.stakeholder.cookie)).status).toBe(404);
    expect((await get(`/forums/${a.forum.id}/dashboard`, a.stakeholder.cookie)).status).toBe(200);
    await createDb(env.DB)
      .update(members)
      .set({ status: "removed" })
      .where(eq(members.id, a.experts[1]!.member.id));
    expect((await get(`/forums/${a.forum.id}/rounds/1`, a.experts[1]!.cookie)).status).toBe(404);
    const signedOut = await get(`/forums/${a.forum.id}/dashboard`, "sf_session=not-a-session");
    expect(signedOut.status).toBe(303);
  });

  it("readBatch refuses a join whose result has two columns of one name (a batch keys rows by name)", async () => {
    const db = createDb(env.DB);
    const join = db
      .select({ forum: forums, member: members })
      .from(members)
      .innerJoin(forums, eq(forums.id, members.forumId));
    await expect(readBatch(db, [join])).rejects.toThrow(/two result columns named "id"/);
    const f = await makeForum({ experts: 3 });
    const [[forum]] = await readBatch(db, [db.select().from(forums).where(eq(forums.id, f.forum.id))]);
    expect(forum?.title).toBe(f.forum.title);
  });
});
