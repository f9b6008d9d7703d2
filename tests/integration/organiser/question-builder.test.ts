import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, questions } from "../../../src/db/schema.js";
import { addMember, createUser, db, get, post, sessionCookie, unique } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/** A forum with an organiser and nothing else (no scenario set, no questions). */
async function emptyForum() {
  const organiser = await createUser({ canCreateForums: true });
  const forum = await db()
    .insert(forums)
    .values({ title: unique("Empty"), createdBy: organiser.id })
    .returning()
    .get();
  await addMember(forum.id, organiser.id, "organiser");
  return { base: `/forums/${forum.id}`, cookie: await sessionCookie(organiser.id), forumId: forum.id };
}

const count = async (forumId: number) =>
  (await db().select().from(questions).where(eq(questions.forumId, forumId))).length;

describe("the question builder", () => {
  it("asks for the kind first and shows only that kind's settings and rules", async () => {
    const f = await makeForum({ experts: 0 });
    const base = `/forums/${f.forum.id}`;
    const blank = await (await get(`${base}/questions`, f.organiser.cookie)).text();
    expect(blank).toContain("Choose the kind of question above to see its settings.");
    expect(blank).not.toContain('name="unit"');
    expect(blank).not.toContain('name="ratingMin"');

    const quantity = await (await get(`${base}/questions?kind=quantity`, f.organiser.cookie)).text();
    expect(quantity).toContain('name="unit"');
    expect(quantity).not.toContain('name="ratingMin"');
    expect(quantity).not.toContain('name="scenarioSetId"');
    expect(quantity).not.toContain('value="kendall-at-least"');

    const ranking = await get(`${base}/questions/kind-fields?kind=ranking`, f.organiser.cookie, {
      "HX-Request": "true",
    });
    expect(ranking.status).toBe(200);
    const fragment = await ranking.text();
    expect(fragment.startsWith('<div id="kind-fields" data-kind="ranking"')).toBe(true);
    expect(fragment).toContain('name="rankingOptions"');
    expect(fragment).toContain('name="kendallMin"');
    expect(fragment).not.toContain('value="iqr-at-most"');
  });

  it("sends an allocation to the scenarios page first when the forum has no scenario set", async () => {
    const e = await emptyForum();
    const html = await (await get(`${e.base}/questions?kind=allocation`, e.cookie)).text();
    expect(html).toContain('id="needs-scenario-set"');
    expect(html).toContain(`href="${e.base}/scenarios"`);
    expect(html).not.toContain(">Add question<");
  });

  it("without JavaScript, choosing a kind posts the form back with what was typed and saves nothing", async () => {
    const e = await emptyForum();
    const res = await post(
      `${e.base}/questions`,
      { intent: "kind", kind: "rating", title: "How plausible is the corridor plan?" },
      e.cookie,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="How plausible is the corridor plan?"');
    expect(html).toContain('name="ratingMin"');
    expect(await count(e.forumId)).toBe(0);
  });

  it("previews a checked question as an expert will see it, without saving it", async () => {
    const e = await emptyForum();
    const fields = {
      kind: "binary",
      title: "Will the ferry line reopen by 2027?",
      body: "Service stopped in 2024.",
      resolutionCriteria: "Yes if a scheduled crossing carries passengers before 1 January 2028.",
      ruleKind: "iqr-at-most",
    };
    const res = await post(`${e.base}/questions`, { ...fields, intent: "preview" }, e.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    const preview = html.slice(html.indexOf('id="question-preview"'));
    expect(preview).toContain("Will the ferry line reopen by 2027?");
    expect(preview).toContain("Yes if a scheduled crossing carries passengers");
    expect(preview).toContain('<fieldset disabled="" class="preview-form">');
    expect(preview).toContain('name="p"'); // the expert's probability input
    expect(html).toContain('value="Will the ferry line reopen by 2027?"'); // the form keeps the text
    expect(await count(e.forumId)).toBe(0);

    const bad = await post(`${e.base}/questions`, { ...fields, title: "", intent: "preview" }, e.cookie);
    expect(bad.status).toBe(422);
    expect(await bad.text()).not.toContain('id="question-preview"');

    const saved = await post(`${e.base}/questions`, fields, e.cookie);
    expect(saved.status).toBe(303);
    expect(await count(e.forumId)).toBe(1);
  });
});

describe("ordering and deleting questions", () => {
  async function threeQuestions() {
    const e = await emptyForum();
    for (const title of ["First?", "Second?", "Third?"])
      await post(
        `${e.base}/questions`,
        { kind: "binary", title, resolutionCriteria: "Resolved by the annual report." },
        e.cookie,
      );
    const ids = (await db().select().from(questions).where(eq(questions.forumId, e.forumId))).map(
      (q) => q.id,
    );
    const order = async () => {
      const html = await (await get(`${e.base}/questions`, e.cookie)).text();
      return ["First?", "Second?", "Third?"].sort((a, b) => html.indexOf(`>${a}`) - html.indexOf(`>${b}`));
    };
    return { ...e, ids, order };
  }

  it("moves a question up or down, and the list (and the rounds) follow the new order", async () => {
    const e = await threeQuestions();
    expect(await e.order()).toEqual(["First?", "Second?", "Third?"]);
    const res = await post(`${e.base}/questions/${e.ids[2]}/move`, { direction: "up" }, e.cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toContain("notice=question-moved");
    expect(await e.order()).toEqual(["First?", "Third?", "Second?"]);
    await post(`${e.base}/questions/${e.ids[0]}/move`, { direction: "down" }, e.cookie);
    expect(await e.order()).toEqual(["Third?", "First?", "Second?"]);
  });

  it("deletes a question no round has asked, only after a confirmation that names it", async () => {
    const e = await threeQuestions();
    const ask = await post(`${e.base}/questions/${e.ids[1]}/delete`, {}, e.cookie);
    expect(ask.status).toBe(200);
    const page = await ask.text();
    expect(page).toContain('id="confirm-delete-question"');
    expect(page).toContain("Delete the question “Second?”");
    expect(await count(e.forumId)).toBe(3);
    const done = await post(`${e.base}/questions/${e.ids[1]}/delete`, { confirm: "1" }, e.cookie);
    expect(done.status).toBe(303);
    expect(await count(e.forumId)).toBe(2);
  });

  it("refuses to delete a question a round has asked: it is part of the record", async () => {
    const f = await makeForum({ experts: 1 });
    const base = `/forums/${f.forum.id}`;
    const html = await (await get(`${base}/questions`, f.organiser.cookie)).text();
    expect(html).not.toContain(`/questions/${f.questions.binary.id}/delete`);
    const res = await post(
      `${base}/questions/${f.questions.binary.id}/delete`,
      { confirm: "1" },
      f.organiser.cookie,
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("record and cannot be deleted");
    expect(await count(f.forum.id)).toBe(4);
  });
});
