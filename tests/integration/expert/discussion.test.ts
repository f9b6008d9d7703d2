import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, posts, postVotes } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const HX = { "HX-Request": "true" };
const postsOf = (questionId: number) =>
  db().select().from(posts).where(eq(posts.questionId, questionId)).orderBy(posts.id);

describe("deliberation threads", () => {
  it("an expert posts a tagged argument, another replies and votes once (toggling), all under pseudonyms", async () => {
    const f = await makeForum();
    const [a, b] = f.experts;
    const q = f.questions.binary;
    const base = f.path(q);
    const first = await post(
      `${base}/posts`,
      { body: "Ratification is stalled", tag: "pro", parentId: "" },
      a!.cookie,
    );
    expect(first.status).toBe(303);
    const [p1] = await postsOf(q.id);
    expect(p1).toMatchObject({
      tag: "pro",
      body: "Ratification is stalled",
      parentId: null,
      memberId: a!.member.id,
    });
    expect(first.headers.get("Location")).toBe(`${base}#post-${p1!.id}`);

    const reply = await post(
      `${base}/posts`,
      { body: "But see the 2024 vote", tag: "evidence", parentId: String(p1!.id) },
      b!.cookie,
      HX,
    );
    expect(reply.status).toBe(200);
    const html = await reply.text();
    expect(html).toContain('id="discussion"');
    expect(html).toContain("But see the 2024 vote");
    expect(html).toContain(`Expert ${a!.member.pseudonym}`);
    expect(html).toContain("You");
    // A reply to a reply attaches to the top-level post.
    const [, p2] = await postsOf(q.id);
    expect(p2!.parentId).toBe(p1!.id);
    await post(`${base}/posts`, { body: "nested", tag: "", parentId: String(p2!.id) }, a!.cookie, HX);
    expect((await postsOf(q.id))[2]!.parentId).toBe(p1!.id);

    // Votes: one per expert per post, toggled; not on one's own post.
    const vote = () => post(`${base}/posts/${p1!.id}/useful`, {}, b!.cookie, HX);
    expect((await vote()).status).toBe(200);
    const votes = () => db().select().from(postVotes).where(eq(postVotes.postId, p1!.id));
    expect(await votes()).toHaveLength(1);
    const again = await Promise.all([vote(), vote()]);
    expect(again.every((r) => r.status === 200)).toBe(true);
    expect((await votes()).length).toBeLessThanOrEqual(1);
    await post(`${base}/posts/${p1!.id}/useful`, {}, a!.cookie, HX);
    expect((await votes()).every((v) => v.memberId !== a!.member.id)).toBe(true);
  });

  it("expert-facing thread HTML carries no names, e-mails, member ids or timestamps of others", async () => {
    const f = await makeForum();
    const [a, b] = f.experts;
    const q = f.questions.rating;
    await post(`${f.path(q)}/posts`, { body: "Argument A", tag: "con", parentId: "" }, a!.cookie);
    const page = await (await get(f.path(q), b!.cookie)).text();
    const partial = await (await get(`${f.path(q)}/discussion`, b!.cookie, HX)).text();
    for (const html of [page, partial]) {
      expect(html).toContain("Argument A");
      expect(html).not.toContain(a!.user.name);
      expect(html).not.toContain(a!.user.email);
      const thread = html.slice(html.indexOf('id="discussion"'));
      expect(thread).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(thread).not.toContain("<time");
      expect(thread).not.toContain(`member-${a!.member.id}`);
    }
    // Without JavaScript the GET partial path leads back to the question page.
    const plain = await get(`${f.path(q)}/discussion`, b!.cookie);
    expect(plain.status).toBe(303);
  });

  it("empty and too long posts are refused with 422 and the text kept", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const base = f.path(f.questions.binary);
    const empty = await post(`${base}/posts`, { body: "   ", tag: "pro", parentId: "" }, e.cookie, HX);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Write something before posting.");
    const long = "x".repeat(2001);
    const tooLong = await post(`${base}/posts`, { body: long, tag: "", parentId: "" }, e.cookie);
    expect(tooLong.status).toBe(422);
    const html = await tooLong.text();
    expect(html).toContain("at most 2,000 characters");
    expect(html).toContain(long);
    const badTag = await post(`${base}/posts`, { body: "ok", tag: "rant", parentId: "" }, e.cookie, HX);
    expect(badTag.status).toBe(422);
    expect(await badTag.text()).toContain("ok</textarea>");
    expect(await postsOf(f.questions.binary.id)).toHaveLength(0);
  });

  it("stakeholders get 403, other forums' members 404, and closed rounds are read-only", async () => {
    const f = await makeForum();
    const other = await makeForum();
    const e = f.experts[0]!;
    const base = f.path(f.questions.binary);
    await post(`${base}/posts`, { body: "before close", tag: "", parentId: "" }, e.cookie);
    expect((await get(`${base}/discussion`, f.stakeholder.cookie, HX)).status).toBe(403);
    expect(
      (await post(`${base}/posts`, { body: "x", tag: "", parentId: "" }, f.stakeholder.cookie)).status,
    ).toBe(403);
    expect((await get(`${base}/discussion`, other.experts[0]!.cookie, HX)).status).toBe(404);
    expect(
      (await post(`${base}/posts`, { body: "x", tag: "", parentId: "" }, other.experts[0]!.cookie)).status,
    ).toBe(404);
    await f.close();
    const closed = await post(`${base}/posts`, { body: "after close", tag: "", parentId: "" }, e.cookie);
    expect(closed.status).toBe(409);
    const page = await (await get(base, e.cookie)).text();
    expect(page).toContain("before close");
    expect(page).toContain("can be read but not added to");
    expect(page).not.toContain(`action="${base}/posts"`);
    expect(await postsOf(f.questions.binary.id)).toHaveLength(1);
  });

  it("organisers hide a post with a reason (recorded and audited); experts see the reason, not the text", async () => {
    const f = await makeForum();
    const [a, b] = f.experts;
    const q = f.questions.quantity;
    const base = f.path(q);
    await post(`${base}/posts`, { body: "Offensive remark", tag: "", parentId: "" }, a!.cookie);
    const [p] = await postsOf(q.id);
    // Quasi anonymity: the organiser sees who wrote it.
    const mod = await get(`${base}/discussion`, f.organiser.cookie);
    expect(mod.status).toBe(200);
    const modHtml = await mod.text();
    expect(modHtml).toContain(a!.user.name);
    expect(modHtml).toContain(`/posts/${p!.id}/hide`);
    // A reason is required.
    const refused = await post(`${base}/posts/${p!.id}/hide`, { reason: " " }, f.organiser.cookie);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Give a reason for hiding the post.");
    // Experts cannot hide.
    expect((await post(`${base}/posts/${p!.id}/hide`, { reason: "x" }, b!.cookie)).status).toBe(403);
    const hide = await post(`${base}/posts/${p!.id}/hide`, { reason: "Personal attack" }, f.organiser.cookie);
    expect(hide.status).toBe(303);
    const [row] = await postsOf(q.id);
    expect(row).toMatchObject({ hiddenReason: "Personal attack", hiddenBy: f.organiser.user.id });
    expect(row!.hiddenAt).not.toBeNull();
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "post.hide")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.targetId).toBe(String(p!.id));
    // Hiding twice changes nothing and audits nothing more.
    await post(`${base}/posts/${p!.id}/hide`, { reason: "again" }, f.organiser.cookie);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "post.hide"))),
    ).toHaveLength(1);
    const expertHtml = await (await get(base, b!.cookie)).text();
    expect(expertHtml).toContain("Hidden by the organisers: Personal attack");
    expect(expertHtml).not.toContain("Offensive remark");
    // A hidden post takes no votes.
    await post(`${base}/posts/${p!.id}/useful`, {}, b!.cookie, HX);
    expect(await db().select().from(postVotes).where(eq(postVotes.postId, p!.id))).toHaveLength(0);
  });

  it("under strict anonymity organisers see pseudonyms only", async () => {
    const f = await makeForum({ anonymity: "strict" });
    const a = f.experts[0]!;
    const base = f.path(f.questions.binary);
    await post(`${base}/posts`, { body: "Strict post", tag: "", parentId: "" }, a.cookie);
    const html = await (await get(`${base}/discussion`, f.organiser.cookie)).text();
    expect(html).toContain("Strict post");
    expect(html).toContain(`Expert ${a.member.pseudonym}`);
    expect(html).not.toContain(a.user.name);
    expect(html).not.toContain(a.user.email);
  });
});

describe("facilitation", () => {
  it("organisers show a hidden post again (audited), write facilitator notes, and moderate every thread from one queue", async () => {
    const f = await makeForum();
    const [a, b] = f.experts;
    const qa = f.questions.binary;
    const qb = f.questions.rating;
    await post(`${f.path(qa)}/posts`, { body: "Weak claim", tag: "pro", parentId: "" }, a!.cookie);
    await post(`${f.path(qb)}/posts`, { body: "Strong evidence", tag: "evidence", parentId: "" }, b!.cookie);
    const [weak] = await postsOf(qa.id);
    const [strong] = await postsOf(qb.id);
    const hide = await post(
      `${f.path(qa)}/posts/${weak!.id}/hide`,
      { reason: "Off topic" },
      f.organiser.cookie,
    );
    expect(hide.status).toBe(303);
    // The queue lists both threads' posts, newest first, with where each one is; filters work.
    const queuePath = `/forums/${f.forum.id}/discussion`;
    const queue = await (await get(queuePath, f.organiser.cookie)).text();
    expect(queue.indexOf("Strong evidence")).toBeGreaterThan(0);
    expect(queue.indexOf("Strong evidence")).toBeLessThan(queue.indexOf("Weak claim"));
    expect(queue).toContain(`/rounds/1/questions/${qb.id}/discussion#post-${strong!.id}`);
    const hiddenOnly = await (await get(`${queuePath}?show=hidden`, f.organiser.cookie)).text();
    expect(hiddenOnly).toContain("Weak claim");
    expect(hiddenOnly).not.toContain("Strong evidence");
    expect((await get(queuePath, a!.cookie)).status).toBe(403);
    expect((await get(queuePath, f.stakeholder.cookie)).status).toBe(403);
    // The thread page for organisers carries the forum's navigation and the way back to the queue.
    const thread = await (await get(`${f.path(qa)}/discussion`, f.organiser.cookie)).text();
    expect(thread).toContain('class="forum-nav"');
    expect(thread).toContain(`href="${queuePath}"`);
    // Show again: experts read it, the audit log has both actions.
    expect((await post(`${f.path(qa)}/posts/${weak!.id}/unhide`, {}, a!.cookie)).status).toBe(403);
    expect((await post(`${f.path(qa)}/posts/${weak!.id}/unhide`, {}, f.organiser.cookie)).status).toBe(303);
    expect((await postsOf(qa.id))[0]!.hiddenAt).toBeNull();
    expect(await (await get(f.path(qa), b!.cookie)).text()).toContain("Weak claim");
    const actions = (await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id))).map(
      (r) => r.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["post.hide", "post.unhide"]));
    // A facilitator note: shown as the organisers', never under a pseudonym or a name.
    const note = await post(
      `${f.path(qa)}/posts`,
      { body: "Please cite sources.", tag: "", parentId: "" },
      f.organiser.cookie,
    );
    expect(note.status).toBe(303);
    const expertView = await (await get(f.path(qa), b!.cookie)).text();
    expect(expertView).toContain("Facilitator (organisers)");
    expect(expertView).toContain("Please cite sources.");
    expect(expertView).not.toContain(f.organiser.user.name);
  });

  it("experts order a thread by useful votes", async () => {
    const f = await makeForum();
    const [a, b, c] = f.experts;
    const base = f.path(f.questions.binary);
    await post(`${base}/posts`, { body: "First post", tag: "", parentId: "" }, a!.cookie);
    await post(`${base}/posts`, { body: "Second post", tag: "", parentId: "" }, b!.cookie);
    const [, second] = await postsOf(f.questions.binary.id);
    await post(`${base}/posts/${second!.id}/useful`, {}, c!.cookie, HX);
    const byTime = await (await get(`${base}/discussion`, c!.cookie, HX)).text();
    expect(byTime.indexOf("First post")).toBeLessThan(byTime.indexOf("Second post"));
    const byVotes = await (await get(`${base}/discussion?sort=votes`, c!.cookie, HX)).text();
    expect(byVotes.indexOf("Second post")).toBeLessThan(byVotes.indexOf("First post"));
    expect(byVotes).toContain("most useful first");
  });
});
