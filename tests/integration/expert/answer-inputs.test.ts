import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { answers, questions, roundQuestions } from "../../../src/db/schema.js";
import { db, get, post, textOf } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/**
 * Answer inputs without anchoring: no input carries a default the expert did not choose. The
 * slider has no position while the box is empty, a ranking starts unranked and an untouched ranking is
 * refused with a message, and the allocation carries the warning and rescale offer app.js shows.
 */
const rangeOf = (html: string) => html.match(/<input type="range"[^>]*>/)?.[0] ?? "";

describe("answer inputs without anchoring", () => {
  it("binary: the slider has no value and no thumb while the box is empty; a typed value sets it", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const html = await textOf(await get(f.path(f.questions.binary), e.cookie));
    const range = rangeOf(html);
    expect(range).not.toBe("");
    expect(range).not.toContain("value=");
    expect(range).toContain('class="unset"');
    expect(range).toContain('aria-valuetext="no probability chosen yet"');
    expect(html).toMatch(/<input type="number" name="p"[^>]*value=""/);

    const saved = await post(
      f.path(f.questions.binary),
      { p: "35", rationale: "", intent: "draft" },
      e.cookie,
    );
    expect(saved.status).toBeLessThan(400);
    const again = rangeOf(await textOf(await get(f.path(f.questions.binary), e.cookie)));
    expect(again).toContain('value="35"');
    expect(again).not.toContain('class="unset"');
  });

  it("allocation: the page carries the not-100% warning and the rescale offer for app.js", async () => {
    const f = await makeForum();
    const html = await textOf(await get(f.path(f.questions.allocation), f.experts[0]!.cookie));
    expect(html).toMatch(/<p class="notice error total-warning" data-total-warning="true" hidden="">/);
    expect(html).toContain("The shares add up to {total}%, not 100%.");
    expect(html).toMatch(
      /<button type="button" class="secondary" data-rescale="true">Rescale to 100%<\/button>/,
    );
  });

  it("ranking: no place is pre-selected, and an untouched submit is refused (422) with a message", async () => {
    const f = await makeForum();
    const title = `Rank it ${Date.now()}`;
    expect(
      (
        await post(
          `/forums/${f.forum.id}/questions`,
          { kind: "ranking", title, rankingOptions: "Policy\nCost\nTechnology", kendallMin: "0.7" },
          f.organiser.cookie,
        )
      ).status,
    ).toBe(303);
    const q = (await db()
      .select()
      .from(questions)
      .where(and(eq(questions.forumId, f.forum.id), eq(questions.title, title)))
      .get())!;
    const round1 = (await getRoundByNumber(db(), f.forum.id, 1))!;
    await db().insert(roundQuestions).values({ roundId: round1.id, questionId: q.id, position: 10 });
    const e = f.experts[0]!;
    const page = await textOf(await get(f.path(q), e.cookie));
    expect(page).toContain('name="rank0"');
    expect(page).not.toMatch(/<option value="\d+" selected/);
    expect(page).toContain('data-ranking-untouched="true" hidden=""');
    expect(page).toContain("This order is my ranking");

    const untouched = await post(f.path(q), { rank0: "", rank1: "", rank2: "", intent: "submit" }, e.cookie);
    expect(untouched.status).toBe(422);
    expect(await textOf(untouched)).toContain("Rank the options first: the order shown is the organiser");
    const stored = await db()
      .select()
      .from(answers)
      .where(and(eq(answers.questionId, q.id), eq(answers.memberId, e.member.id)));
    expect(stored).toHaveLength(0);
    // One place missing is the ordinary per-field error, not the "untouched" one.
    const partial = await post(f.path(q), { rank0: "1", rank1: "", rank2: "2", intent: "submit" }, e.cookie);
    expect(partial.status).toBe(422);
    expect(await textOf(partial)).not.toContain("Rank the options first");
  });
});
