// A Real-Time Delphi is one continuous study: its organiser's overview never speaks of rounds ("Round 1",
// "New draft round", "Close round 1") and offers no next round once the study exists.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, outbox, rounds } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/** The text a person reads (tags removed, the apostrophe entity decoded). */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replaceAll("&#39;", "'");

describe("a roundless (Real-Time Delphi) forum's overview", () => {
  it("speaks of one study: no round names, no new round, study actions", async () => {
    const f = await makeForum();
    await db().update(forums).set({ mode: "realtime" }).where(eq(forums.id, f.forum.id));
    const page = text(await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text());
    expect(page).toContain("The study");
    expect(page).toContain("Real-Time study");
    expect(page).toContain("Close the study");
    expect(page).toContain("is one continuous study");
    const rounds = page.match(/[^.]{0,60}\bround\b[^.]{0,40}/gi) ?? [];
    expect(rounds).toEqual([]);
  });

  it("the expert's study page and question page name the study, not a round", async () => {
    const f = await makeForum();
    await db().update(forums).set({ mode: "realtime" }).where(eq(forums.id, f.forum.id));
    const cookie = f.experts[0]!.cookie;
    const study = text(await (await get(`/forums/${f.forum.id}/rounds/1`, cookie)).text());
    expect(study).toContain("Real-Time study");
    expect(study).not.toMatch(/Round 1/);
    const question = text(await (await get(f.path(f.questions.binary), cookie)).text());
    expect(question).toContain("Real-Time study");
    expect(question).not.toMatch(/Round 1/);
  });

  it("a rounds forum keeps its rounds", async () => {
    const f = await makeForum();
    const page = text(await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text());
    expect(page).toMatch(/Round 1/);
    expect(page).toContain("Close round 1");
    expect(page).not.toContain("The study");
  });
});

/** Sentences of a page that speak of a round ("round", "rounds"; not "/rounds/1" in a link), for a readable failure. */
const roundTalk = (page: string) => page.match(/[^.:]{0,60}(?<!\/)\brounds?\b[^.]{0,40}/gi) ?? [];
/** The visible text of a page: <main> and the status notice, tags removed. */
const visible = async (res: Response) => text(await res.text());
const follow = async (res: Response, cookie: string) => {
  expect(res.status).toBe(303);
  return visible(await get(res.headers.get("location")!, cookie));
};

describe("a roundless forum's confirmations, notices, monitor, results and e-mails", () => {
  it("never speak of rounds, from opening the study to publishing it", async () => {
    const f = await makeForum();
    const d = db();
    await d.update(forums).set({ mode: "realtime" }).where(eq(forums.id, f.forum.id));
    // Back to a draft, to walk the opening as well.
    await d
      .update(rounds)
      .set({ state: "draft", openedAt: null })
      .where(and(eq(rounds.forumId, f.forum.id), eq(rounds.number, 1)));
    const org = f.organiser.cookie;
    const base = `/forums/${f.forum.id}/rounds/1`;

    const confirmOpen = await visible(await post(`${base}/open`, {}, org));
    expect(confirmOpen).toContain("Open the study?");
    expect.soft(roundTalk(confirmOpen)).toEqual([]);
    const opened = await follow(await post(`${base}/open`, { confirm: "1" }, org), org);
    expect(opened).toContain("Study opened");
    expect.soft(roundTalk(opened)).toEqual([]);
    const mails = await d.select().from(outbox).where(eq(outbox.forumId, f.forum.id)).all();
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect.soft(roundTalk(m.subject)).toEqual([]);
      expect.soft(roundTalk(m.textBody)).toEqual([]);
    }

    // An expert's answer: its notice, the question page.
    const expert = f.experts[0]!.cookie;
    const answered = await follow(
      await post(f.path(f.questions.binary), { p: "40", rationale: "r", intent: "submit" }, expert),
      expert,
    );
    expect.soft(roundTalk(answered)).toEqual([]);

    const monitor = await visible(await get(`${base}/monitor`, org));
    expect.soft(roundTalk(monitor)).toEqual([]);
    const remind = await visible(await post(`${base}/remind`, {}, org));
    expect(remind).toContain("Send a reminder for the study now?");
    expect.soft(roundTalk(remind)).toEqual([]);
    // Other languages too: the Russian confirmation names the study, not a round ("тур"/"раунд").
    const ru = await (await post(`${base}/close`, {}, org, { "Accept-Language": "ru" })).text();
    expect(ru).toContain("Закрыть исследование?");
    expect(ru).not.toMatch(/тур|раунд/i);

    const confirmClose = await visible(await post(`${base}/close`, {}, org));
    expect(confirmClose).toContain("Close the study?");
    expect.soft(roundTalk(confirmClose)).toEqual([]);
    const closed = await follow(await post(`${base}/close`, { confirm: "1" }, org), org);
    expect(closed).toContain("Study closed");
    expect.soft(roundTalk(closed)).toEqual([]);

    const results = await visible(await get(`${base}/results`, org));
    expect(results).toContain("Results of the study");
    expect.soft(roundTalk(results)).toEqual([]);

    const confirmPublish = await visible(await post(`${base}/publish`, {}, org));
    expect.soft(roundTalk(confirmPublish)).toEqual([]);
    const published = await follow(await post(`${base}/publish`, { confirm: "1" }, org), org);
    expect(published).toContain("Study published");
    expect.soft(roundTalk(published)).toEqual([]);

    // What readers and experts read afterwards.
    for (const [path, cookie] of [
      [`/forums/${f.forum.id}/dashboard`, f.stakeholder.cookie],
      [`/forums/${f.forum.id}/rounds`, expert],
      [f.path(f.questions.binary), expert],
    ] as const) {
      const page = await visible(await get(path, cookie));
      expect.soft(roundTalk(page), path).toEqual([]);
    }
  });
});
