// Ideas are data (issue 20): round 0's response rate on the overview, provenance from a question back to
// the items it came from, and the readers' list of what was proposed and what became of it (no authors).
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getRoundByNumber, listRoundQuestions } from "../../../src/db/queries/rounds.js";
import { ideas } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { type Seeded, seedForum } from "../../helpers/organiser.js";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replaceAll("&#39;", "'");

async function openIdeasRound(s: Seeded) {
  const res = await post(
    `${s.base}/ideas`,
    { prompts: "Which trends matter?\nWhich policies would help?", instructions: "" },
    s.organiser.cookie,
  );
  expect(res.status).toBe(303);
  expect((await post(`${s.base}/rounds/0/open`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
  const round = (await getRoundByNumber(db(), s.forumId, 0))!;
  return { round, prompts: await listRoundQuestions(db(), round.id) };
}

async function submit(s: Seeded, i: number, questionId: number, title: string) {
  const res = await post(
    `${s.base}/rounds/0/ideas`,
    { questionId: String(questionId), title, explanation: "Because." },
    s.experts[i]!.cookie,
  );
  expect(res.status).toBe(303);
  const mine = await db()
    .select()
    .from(ideas)
    .where(and(eq(ideas.forumId, s.forumId), eq(ideas.memberId, s.experts[i]!.member.id)));
  return mine.find((x) => x.title === title)!;
}

describe("ideas round as data", () => {
  it("counts round 0's items in the overview's response rate", async () => {
    const s = await seedForum({ experts: 3 });
    const { prompts } = await openIdeasRound(s);
    // Expert 0 answers both prompts, expert 1 one of them, expert 2 nothing.
    await submit(s, 0, prompts[0]!.id, "Water scarcity");
    await submit(s, 0, prompts[1]!.id, "Joint commission");
    await submit(s, 1, prompts[0]!.id, "Heat waves");
    const overview = text(await (await get(s.base, s.organiser.cookie)).text());
    expect(overview).toContain("1 of 3 experts answered all 2 questions.");
  });

  it("links a question back to its items, and shows readers what became of every item, without authors", async () => {
    const s = await seedForum({ experts: 3 });
    const { prompts } = await openIdeasRound(s);
    const kept = await submit(s, 0, prompts[1]!.id, "Joint water commission");
    const dup = await submit(s, 1, prompts[1]!.id, "Water commission");
    const dropped = await submit(s, 2, prompts[0]!.id, "Something vague");
    const waiting = await submit(s, 2, prompts[0]!.id, "Heat waves");
    const org = s.organiser.cookie;
    expect((await post(`${s.base}/rounds/0/close`, { confirm: "1" }, org)).status).toBe(303);
    const act = `${s.base}/rounds/0/ideas`;
    expect((await post(`${act}/${dup.id}/merge`, { into: String(kept.id) }, org)).status).toBe(303);
    expect((await post(`${act}/${dropped.id}/reject`, { reason: "Too vague" }, org)).status).toBe(303);
    expect((await post(`${act}/${kept.id}/promote`, { as: "proposal" }, org)).status).toBe(303);
    const promoted = (await db().select().from(ideas).where(eq(ideas.id, kept.id)).get())!;
    const qid = promoted.promotedQuestionId!;

    // The question names the items it came from, each linked to its place in the review.
    const edit = await (await get(`/forums/${s.forumId}/questions/${qid}/edit`, org)).text();
    expect(edit).toContain("Where this question came from");
    expect(edit).toContain(`href="/forums/${s.forumId}/rounds/0/ideas#review-idea-${kept.id}"`);
    expect(edit).toContain(`href="/forums/${s.forumId}/rounds/0/ideas#review-idea-${dup.id}"`);
    expect(text(edit)).toContain(
      "“Water commission” suggested in ideas round 0 and merged into an item promoted here",
    );
    expect(edit).not.toContain("Something vague");

    // Readers: nothing before the ideas round is published, then every item and its fate.
    const before = await (await get(`/forums/${s.forumId}/dashboard`, s.stakeholder.cookie)).text();
    expect(before).not.toContain('id="idea-outcomes"');
    expect((await post(`${s.base}/rounds/0/publish`, { confirm: "1" }, org)).status).toBe(303);
    const html = await (await get(`/forums/${s.forumId}/dashboard`, s.stakeholder.cookie)).text();
    expect(html).toContain("What the panel proposed");
    const row = (id: number) =>
      text(html.match(new RegExp(`<tr id="idea-outcome-${id}">[\\s\\S]*?</tr>`))![0]);
    expect(row(kept.id)).toContain("Became the question “Joint water commission”");
    expect(row(dup.id)).toContain("Became the question “Joint water commission”");
    expect(row(dropped.id)).toContain("Not taken up");
    expect(row(dropped.id)).not.toContain("Too vague");
    expect(row(waiting.id)).toContain("Not reviewed yet");
    for (const e of s.experts) {
      expect(html).not.toContain(e.user.name);
      expect(html).not.toContain(e.member.pseudonym);
    }
  });

  it("experts read and rate others' undecided items without learning who suggested them; organisers see count and average", async () => {
    const s = await seedForum({ experts: 3 });
    const { prompts } = await openIdeasRound(s);
    const a = await submit(s, 0, prompts[0]!.id, "Water scarcity");
    const b = await submit(s, 1, prompts[0]!.id, "Heat waves");
    const [, e1, e2] = s.experts;
    const page = `${s.base}/rounds/0/ideas`;
    const seen = await (await get(page, e1!.cookie)).text();
    expect(text(seen)).toContain("Other experts' items");
    expect(seen).toContain(`id="peer-idea-${a.id}"`);
    expect(seen).not.toContain(`id="peer-idea-${b.id}"`); // their own item is not theirs to rate
    expect(seen).not.toContain(s.experts[0]!.user.name);
    expect(seen).not.toContain(s.experts[0]!.member.pseudonym);

    const bad = await post(`${page}/${a.id}/rate`, { value: "9" }, e1!.cookie);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Choose a rating from 1 to 5.");
    expect((await post(`${page}/${a.id}/rate`, { value: "4" }, e1!.cookie)).status).toBe(303);
    expect((await post(`${page}/${a.id}/rate`, { value: "2" }, e1!.cookie)).status).toBe(303);
    expect(await (await get(page, e1!.cookie)).text()).toContain("Your rating: 2");
    expect((await post(`${page}/${a.id}/rate`, { value: "5" }, e2!.cookie)).status).toBe(303);
    // Nobody rates their own item.
    expect((await post(`${page}/${a.id}/rate`, { value: "5" }, s.experts[0]!.cookie)).status).toBe(409);

    // The organiser: how many rated it and the average of their current ratings (2 and 5), no raters.
    const review = text(await (await get(page, s.organiser.cookie)).text());
    expect(review).toContain("Rated by 2 experts, average importance 3.5 of 5");
    expect(review).not.toContain(e2!.member.pseudonym); // e2 only rated: never named

    // Once decided, the item leaves the list and takes no more ratings.
    expect((await post(`${s.base}/rounds/0/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    expect(
      (await post(`${page}/${a.id}/reject`, { reason: "Out of scope" }, s.organiser.cookie)).status,
    ).toBe(303);
    expect((await post(`${page}/${a.id}/rate`, { value: "3" }, e2!.cookie)).status).toBe(409);
    expect(await (await get(page, e2!.cookie)).text()).not.toContain(`id="peer-idea-${a.id}"`);
  });
});
