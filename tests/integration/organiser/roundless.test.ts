// A Real-Time Delphi is one continuous study: its organiser's overview never speaks of rounds ("Round 1",
// "New draft round", "Close round 1") and offers no next round once the study exists.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums } from "../../../src/db/schema.js";
import { db, get } from "../../helpers/app.js";
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
