import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiToken } from "../../../src/db/queries/api-tokens.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { apiTokens, forums, members, outbox, rounds } from "../../../src/db/schema.js";
import { db, get, post, textOf } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { auditActions, seedBinaryQuestion, seedForum } from "../../helpers/organiser.js";

/**
 * Every irreversible action is confirmed. The first POST (without confirm=1) changes nothing
 * and answers a page that says what will happen and what cannot be undone, with a button that repeats
 * the POST with confirm=1 and a cancel link; only that second POST acts.
 */
function expectConfirmPage(html: string, id: string, action: string) {
  expect(html).toContain(`id="${id}"`);
  const form = html.match(new RegExp(`<form method="post" action="${action}"[^>]*>([\\s\\S]*?)</form>`))?.[1];
  expect(form, "the confirmation repeats the POST").toBeDefined();
  expect(form).toContain('name="confirm" value="1"');
  expect(form).toMatch(/<a href="[^"]+">Cancel, change nothing<\/a>/);
  expect(html).toContain("This cannot be undone:");
}

describe("confirming irreversible actions", () => {
  it("close: says how long the round still had to run; only confirm=1 closes", async () => {
    const f = await makeForum();
    const base = `/forums/${f.forum.id}`;
    const closesAt = new Date(Date.now() + 13.5 * 24 * 3600 * 1000).toISOString();
    await db()
      .update(rounds)
      .set({ closesAt })
      .where(and(eq(rounds.forumId, f.forum.id), eq(rounds.number, 1)));
    const before = await auditActions(f.forum.id);
    // A transition that cannot happen is still refused (409) before any confirmation.
    expect((await post(`${base}/rounds/1/open`, {}, f.organiser.cookie)).status).toBe(409);
    expect((await post(`${base}/rounds/1/publish`, {}, f.organiser.cookie)).status).toBe(409);

    const ask = await post(`${base}/rounds/1/close`, {}, f.organiser.cookie);
    expect(ask.status).toBe(200);
    const html = await textOf(ask);
    expectConfirmPage(html, "confirm-close", `${base}/rounds/1/close`);
    expect(html).toContain("13 days before its scheduled close");
    expect(html).toContain("Experts can no longer answer");
    expect(html).toContain("Yes, close round 1");
    expect((await getRoundByNumber(db(), f.forum.id, 1))!.state).toBe("open");
    expect(await auditActions(f.forum.id)).toEqual(before);

    const done = await post(`${base}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie);
    expect(done.status).toBe(303);
    expect((await getRoundByNumber(db(), f.forum.id, 1))!.state).toBe("closed");
  });

  it("publish: says stakeholders see the results and it cannot be unpublished", async () => {
    const f = await makeForum();
    const base = `/forums/${f.forum.id}`;
    expect((await post(`${base}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie)).status).toBe(303);
    const ask = await post(`${base}/rounds/1/publish`, {}, f.organiser.cookie);
    expect(ask.status).toBe(200);
    const html = await textOf(ask);
    expectConfirmPage(html, "confirm-publish", `${base}/rounds/1/publish`);
    expect(html).toContain("cannot be unpublished");
    expect(html).toContain("You have not written a synthesis");
    expect((await getRoundByNumber(db(), f.forum.id, 1))!.state).toBe("closed");
    expect((await post(`${base}/rounds/1/publish`, { confirm: "1" }, f.organiser.cookie)).status).toBe(303);
    expect((await getRoundByNumber(db(), f.forum.id, 1))!.state).toBe("published");
  });

  it("open: says experts are e-mailed; nothing is queued before confirm=1", async () => {
    const s = await seedForum({ experts: 3 });
    const q = await seedBinaryQuestion(s);
    expect((await post(`${s.base}/rounds`, { questionIds: [String(q)] }, s.organiser.cookie)).status).toBe(
      303,
    );
    const ask = await post(`${s.base}/rounds/1/open`, {}, s.organiser.cookie);
    expect(ask.status).toBe(200);
    const html = await textOf(ask);
    expectConfirmPage(html, "confirm-open", `${s.base}/rounds/1/open`);
    expect(html).toContain("3 experts are e-mailed");
    expect((await getRoundByNumber(db(), s.forumId, 1))!.state).toBe("draft");
    const mail = () => db().select().from(outbox).where(eq(outbox.forumId, s.forumId));
    expect(await mail()).toHaveLength(0);
    expect((await post(`${s.base}/rounds/1/open`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    expect((await getRoundByNumber(db(), s.forumId, 1))!.state).toBe("open");
    expect(await mail()).toHaveLength(3);
  });

  it("remove member: names who loses access; only confirm=1 removes", async () => {
    const s = await seedForum();
    const id = s.expert.member.id;
    const ask = await post(`${s.base}/panel/${id}/remove`, {}, s.organiser.cookie);
    expect(ask.status).toBe(200);
    const html = await textOf(ask);
    expectConfirmPage(html, "confirm-remove", `${s.base}/panel/${id}/remove`);
    expect(html).toContain(s.expert.user.email);
    expect(html).toContain("cannot be restored");
    const status = async () => (await db().select().from(members).where(eq(members.id, id)).get())!.status;
    expect(await status()).toBe("active");
    // The expert still gets in.
    expect((await get(s.base, s.expert.cookie)).status).not.toBe(404);
    expect((await post(`${s.base}/panel/${id}/remove`, { confirm: "1" }, s.organiser.cookie)).status).toBe(
      303,
    );
    expect(await status()).toBe("removed");
  });

  it("close forum: confirmed first, then read-only", async () => {
    const f = await makeForum();
    const base = `/forums/${f.forum.id}`;
    const ask = await post(`${base}/close`, {}, f.organiser.cookie);
    expect(ask.status).toBe(200);
    expectConfirmPage(await textOf(ask), "confirm-close-forum", `${base}/close`);
    const closedAt = async () =>
      (await db().select().from(forums).where(eq(forums.id, f.forum.id)).get())!.closedAt;
    expect(await closedAt()).toBeNull();
    expect((await post(`${base}/close`, { confirm: "1" }, f.organiser.cookie)).status).toBe(303);
    expect(await closedAt()).not.toBeNull();
  });

  it("revoke API token: confirmed first; an unknown token is 404", async () => {
    const f = await makeForum();
    const base = `/forums/${f.forum.id}`;
    await createApiToken(db(), f.forum.id, "nightly script", f.organiser.user);
    const row = (await db().select().from(apiTokens).where(eq(apiTokens.forumId, f.forum.id)).get())!;
    const ask = await post(`${base}/api-tokens/${row.id}/revoke`, {}, f.organiser.cookie);
    expect(ask.status).toBe(200);
    const html = await textOf(ask);
    expectConfirmPage(html, "confirm-revoke", `${base}/api-tokens/${row.id}/revoke`);
    expect(html).toContain("nightly script");
    const revokedAt = async () =>
      (await db().select().from(apiTokens).where(eq(apiTokens.id, row.id)).get())!.revokedAt;
    expect(await revokedAt()).toBeNull();
    expect((await post(`${base}/api-tokens/999999/revoke`, {}, f.organiser.cookie)).status).toBe(404);
    expect(
      (await post(`${base}/api-tokens/${row.id}/revoke`, { confirm: "1" }, f.organiser.cookie)).status,
    ).toBe(303);
    expect(await revokedAt()).not.toBeNull();
  });
});
