import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, posts, snapshots } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const HX = { "HX-Request": "true" };

async function realtimeForum() {
  const f = await makeForum();
  await db().update(forums).set({ mode: "realtime" }).where(eq(forums.id, f.forum.id));
  return f;
}

describe("Real-Time Delphi reveal", () => {
  it("shows the group only after the expert answered, on the page and on the polled partial", async () => {
    const f = await realtimeForum();
    const [a, b] = f.experts;
    const q = f.questions.binary;
    const live = `${f.path(q)}/live`;
    // b answers first, with a rationale a must not see before answering.
    await post(f.path(q), { p: "20", rationale: "Secret reason of b", intent: "submit" }, b!.cookie);

    const before = await (await get(f.path(q), a!.cookie)).text();
    expect(before).toContain("Answer this question first to see the group.");
    expect(before).not.toContain("Secret reason of b");
    expect(before).not.toContain('hx-trigger="every 15s');
    const refused = await get(live, a!.cookie, HX);
    expect(refused.status).toBe(403);
    const refusedHtml = await refused.text();
    expect(refusedHtml).not.toContain("Secret reason of b");
    expect(refusedHtml).not.toContain("20%");

    // A draft is not an answer: still hidden.
    await post(f.path(q), { p: "60", rationale: "", intent: "draft" }, a!.cookie, HX);
    expect((await get(live, a!.cookie, HX)).status).toBe(403);

    const saved = await post(f.path(q), { p: "60", rationale: "mine", intent: "submit" }, a!.cookie, HX);
    expect(saved.headers.get("HX-Trigger")).toBe("answer-saved");
    const after = await get(live, a!.cookie, HX);
    expect(after.status).toBe(200);
    const html = await after.text();
    expect(html).toContain('id="live-panel"');
    expect(html).toContain('hx-trigger="every 15s, answer-saved from:body"');
    expect(html).toContain("Secret reason of b");
    expect(html).toContain("2 of 4 experts answered");
    expect(html).not.toContain(b!.user.name);
    // The page carries the same panel.
    expect(await (await get(f.path(q), a!.cookie)).text()).toContain('hx-get="' + live + '"');

    // A new answer arriving is in the next poll.
    await post(f.path(q), { p: "40", rationale: "", intent: "submit" }, f.experts[2]!.cookie);
    expect(await (await get(live, a!.cookie, HX)).text()).toContain("3 of 4 experts answered");

    // Stakeholders and other forums never get it; a rounds-mode forum has no live panel.
    expect((await get(live, f.stakeholder.cookie, HX)).status).toBe(403);
    const other = await makeForum();
    expect((await get(live, other.experts[0]!.cookie, HX)).status).toBe(404);
    expect(
      (await get(`${other.path(other.questions.binary)}/live`, other.experts[0]!.cookie, HX)).status,
    ).toBe(404);
  });

  it("hides the discussion (others' estimates) until the expert's first answer, and refuses posts and votes", async () => {
    const f = await realtimeForum();
    const [a, b] = f.experts;
    const q = f.questions.binary;
    const base = f.path(q);
    await post(base, { p: "55", rationale: "", intent: "submit" }, b!.cookie);
    const posted = await post(
      `${base}/posts`,
      { body: "My estimate is 55%", tag: "", parentId: "" },
      b!.cookie,
      HX,
    );
    expect(posted.status).toBe(200);
    const [leak] = await db().select().from(posts).where(eq(posts.questionId, q.id));

    const page = await (await get(base, a!.cookie)).text();
    expect(page).not.toContain("My estimate is 55%");
    expect(page).toContain("The discussion opens once you have answered this question");
    const partial = await get(`${base}/discussion`, a!.cookie, HX);
    expect(partial.status).toBe(403);
    expect(await partial.text()).not.toContain("My estimate is 55%");
    // Neither posting nor voting is possible before answering (a vote would confirm the post exists).
    const early = await post(`${base}/posts`, { body: "first!", tag: "", parentId: "" }, a!.cookie, HX);
    expect(early.status).toBe(403);
    expect((await post(`${base}/posts/${leak!.id}/useful`, {}, a!.cookie, HX)).status).toBe(403);
    expect(await db().select().from(posts).where(eq(posts.questionId, q.id))).toHaveLength(1);

    // A draft is not an answer; a submitted answer opens the discussion.
    await post(base, { p: "30", rationale: "", intent: "draft" }, a!.cookie, HX);
    expect((await get(`${base}/discussion`, a!.cookie, HX)).status).toBe(403);
    await post(base, { p: "30", rationale: "", intent: "submit" }, a!.cookie, HX);
    const open = await get(`${base}/discussion`, a!.cookie, HX);
    expect(open.status).toBe(200);
    expect(await open.text()).toContain("My estimate is 55%");
    // Organisers moderate from the start.
    expect(await (await get(`${base}/discussion`, f.organiser.cookie)).text()).toContain(
      "My estimate is 55%",
    );
  });

  it("gives organisers a live monitor of the running study (counts, distribution, reasons), nobody else", async () => {
    const f = await realtimeForum();
    const [a, b] = f.experts;
    const q = f.questions.binary;
    const monitor = `/forums/${f.forum.id}/rounds/1/monitor`;
    await post(f.path(q), { p: "20", rationale: "Reason of a", intent: "submit" }, a!.cookie);
    await post(f.path(q), { p: "40", rationale: "Reason of b", intent: "submit" }, b!.cookie);
    const page = await get(monitor, f.organiser.cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Live monitor of the running study");
    expect(html).toContain("2 of 4 experts answered");
    expect(html).toContain("Reason of a");
    expect(html).toContain("Reason of b");
    expect(html).toContain('hx-trigger="every 30s"');
    // Nothing was frozen: the round is still open and has no snapshot.
    expect(await db().select().from(snapshots).where(eq(snapshots.questionId, q.id))).toHaveLength(0);
    // The organiser's navigation leads there while the round is open.
    expect(await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text()).toContain(
      `href="${monitor}"`,
    );
    // The polled fragment.
    const partial = await get(monitor, f.organiser.cookie, HX);
    expect(await partial.text()).toMatch(/^<div id="live-monitor"/);
    // Experts and stakeholders never; other forums' organisers get 404; a closed round has no monitor.
    expect((await get(monitor, a!.cookie)).status).toBe(403);
    expect((await get(monitor, f.stakeholder.cookie)).status).toBe(403);
    const other = await makeForum();
    expect((await get(monitor, other.organiser.cookie)).status).toBe(404);
    expect(await f.close()).toBe(true);
    expect((await get(monitor, f.organiser.cookie)).status).toBe(404);
  });

  it("closing a Real-Time Delphi round stores the snapshot as usual", async () => {
    const f = await realtimeForum();
    for (const [i, e] of f.experts.entries())
      await post(f.path(f.questions.rating), { r: String(5 + i), rationale: "", intent: "submit" }, e.cookie);
    expect(await f.close()).toBe(true);
    const rows = await db().select().from(snapshots).where(eq(snapshots.questionId, f.questions.rating.id));
    expect(rows).toHaveLength(1);
    expect((rows[0]!.stats as { n: number }).n).toBe(4);
  });
});
