import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../../src/db/batch.js";
import { loadAttrition } from "../../../src/db/queries/attrition.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { recordLateJoiner } from "../../../src/db/queries/stages.js";
import { forums, roundMembers } from "../../../src/db/schema.js";
import { addMember, createUser, db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/** The organiser overview's "Next" line, round buttons and response table follow the forum's real state. */
describe("the overview follows the real state", () => {
  it("the first expert of an open round is not a late joiner; the next one is", async () => {
    const f = await makeForum({ experts: 0 });
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    const join = async () => {
      const member = await addMember(f.forum.id, (await createUser()).id, "expert");
      await runBatch(db(), [recordLateJoiner(sql`${member.id}`)]);
      return member.id;
    };
    const first = await join();
    const second = await join();
    const roster = await db().select().from(roundMembers).where(eq(roundMembers.roundId, round.id));
    expect(roster.map((r) => [r.memberId, Boolean(r.late)])).toEqual([
      [first, false],
      [second, true],
    ]);
  });

  it("an open round shows its response so far and no drop-out yet", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    await f.nextRound(); // round 2 opens now: nobody has answered it yet
    const table = await loadAttrition(db(), f.forum.id);
    const r2 = table.rounds.find((r) => r.number === 2)!;
    expect(r2.open).toBe(true);
    expect(r2.attrition).toBeNull();
    const html = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(html).toContain("2 (open: so far)");
  });

  it("while a draft round exists, the overview offers to open it (primary button), not a second draft", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    const base = `/forums/${f.forum.id}`;
    await post(`${base}/rounds/1/publish`, { confirm: "1" }, f.organiser.cookie);
    const before = await (await get(base, f.organiser.cookie)).text();
    expect(before).toContain('id="new-round-form"');
    const created = await post(
      `${base}/rounds`,
      { questionIds: [String(f.questions.binary.id)] },
      f.organiser.cookie,
    );
    expect(created.status).toBe(303);
    const html = await (await get(base, f.organiser.cookie)).text();
    expect(html).not.toContain('id="new-round-form"');
    expect(html).toContain('id="draft-exists"');
    expect(html).toMatch(/action="[^"]*\/rounds\/2\/open"[^>]*>\s*<button type="submit" class="primary">/);
  });

  it("a closed forum has nothing left to run: Next points to its published results", async () => {
    const f = await makeForum({ experts: 3 });
    await db().update(forums).set({ closedAt: new Date().toISOString() }).where(eq(forums.id, f.forum.id));
    const html = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(html).toContain("Nothing left to run: the forum is closed.");
    expect(html).not.toContain("Prepare round");
  });
});
