import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { questions, roundQuestions, snapshots } from "../../../src/db/schema.js";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const HX = { "HX-Request": "true" };

/** A forum whose round 1 also asks a ranking question made through the organiser's form. */
async function withRanking() {
  const f = await makeForum({ experts: 4 });
  const title = `Rank the drivers ${Date.now()}`;
  const created = await post(
    `/forums/${f.forum.id}/questions`,
    {
      kind: "ranking",
      title,
      rankingOptions: "Policy\nCost\nTechnology",
      ruleKind: "iqr-at-most",
      kendallMin: "0.7",
    },
    f.organiser.cookie,
  );
  expect(created.status).toBe(303);
  const q = (await db()
    .select()
    .from(questions)
    .where(and(eq(questions.forumId, f.forum.id), eq(questions.title, title)))
    .get())!;
  const round1 = (await getRoundByNumber(db(), f.forum.id, 1))!;
  await db().insert(roundQuestions).values({ roundId: round1.id, questionId: q.id, position: 10 });
  return { f, q };
}

describe("ranking questions", () => {
  it("the organiser form stores options and a Kendall rule; bad options are refused per field", async () => {
    const { q } = await withRanking();
    expect(q.kind).toBe("ranking");
    expect(q.config).toEqual({ kind: "ranking", options: ["Policy", "Cost", "Technology"] });
    // Whatever rule radio was checked, a ranking's rule is Kendall's W.
    expect(q.consensusRule).toEqual({ kind: "kendall-at-least", min: 0.7 });
    const f = await makeForum();
    const bad = await post(
      `/forums/${f.forum.id}/questions`,
      { kind: "ranking", title: "One option", rankingOptions: "Only", kendallMin: "2" },
      f.organiser.cookie,
    );
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Give between 2 and 20 options");
    expect(html).toContain("Enter a number from 0 to 1.");
    const kendallOnRating = await post(
      `/forums/${f.forum.id}/questions`,
      {
        kind: "rating",
        title: "R",
        ratingMin: "1",
        ratingMax: "9",
        minLabel: "a",
        maxLabel: "b",
        ruleKind: "kendall-at-least",
      },
      f.organiser.cookie,
    );
    expect(kendallOnRating.status).toBe(422);
  });

  it("answers must be a complete permutation: 422 per field otherwise", async () => {
    const { f, q } = await withRanking();
    const e = f.experts[0]!;
    const path = f.path(q);
    const page = await (await get(path, e.cookie)).text();
    expect(page).toContain('name="rank0"');
    expect(page).toContain("Move “Cost” up");
    const missing = await post(path, { rank0: "1", rank1: "", rank2: "2", intent: "submit" }, e.cookie, HX);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain("Choose a place for this option.");
    const dup = await post(path, { rank0: "1", rank1: "1", rank2: "3", intent: "submit" }, e.cookie, HX);
    expect(dup.status).toBe(422);
    const dupHtml = await dup.text();
    expect(dupHtml).toContain("Two options share this place.");
    expect(dupHtml).toContain("Give every option a different place.");
    const range = await post(path, { rank0: "4", rank1: "1", rank2: "2", intent: "submit" }, e.cookie, HX);
    expect(range.status).toBe(422);
    expect(await range.text()).toContain("Choose a place from the list.");
    const ok = await post(path, { rank0: "2", rank1: "3", rank2: "1", intent: "submit" }, e.cookie);
    expect(ok.status).toBe(303);
    // The stored order comes back in the expert's order (Technology first).
    const again = await (await get(path, e.cookie)).text();
    expect(again.indexOf("Technology")).toBeLessThan(again.indexOf(">Policy<"));
  });

  it("the snapshot holds mean ranks and Kendall's W (hand-checked), and the next round's feedback shows them", async () => {
    const { f, q } = await withRanking();
    // Ranks of [Policy, Cost, Technology]: sums 4, 6, 8 → mean ranks 4/3, 2, 8/3;
    // S = (4 − 6)² + 0 + (8 − 6)² = 8, W = 12·8 / (3²·(3³ − 3)) = 96/216 = 0.444…
    const answers = [
      ["1", "2", "3"],
      ["1", "3", "2"],
      ["2", "1", "3"],
    ];
    for (const [i, r] of answers.entries())
      expect(
        (
          await post(
            f.path(q),
            { rank0: r[0]!, rank1: r[1]!, rank2: r[2]!, intent: "submit" },
            f.experts[i]!.cookie,
          )
        ).status,
      ).toBe(303);
    await f.close();
    const row = await db().select().from(snapshots).where(eq(snapshots.questionId, q.id)).get();
    const s = row!.stats as QuestionSnapshot;
    expect(s.n).toBe(3);
    expect(s.meanRanks![0]).toBeCloseTo(4 / 3, 12);
    expect(s.meanRanks![1]).toBeCloseTo(2, 12);
    expect(s.meanRanks![2]).toBeCloseTo(8 / 3, 12);
    expect(s.kendall!.W).toBeCloseTo(96 / 216, 12);
    expect(s.kendall!.m).toBe(3);
    expect(s.consensus).toMatchObject({ met: false });
    expect(s.consensus.measure).toBeCloseTo(96 / 216, 12);
    // Results page and next round's feedback.
    const results = await (await get(`/forums/${f.forum.id}/rounds/1/results`, f.organiser.cookie)).text();
    expect(results).toContain("Kendall&#39;s W 0.444");

    const n = await f.nextRound();
    const round2 = (await getRoundByNumber(db(), f.forum.id, n))!;
    await db().insert(roundQuestions).values({ roundId: round2.id, questionId: q.id, position: 10 });
    const feedback = await (await get(f.path(q, n), f.experts[0]!.cookie)).text();
    expect(feedback).toContain("Mean place of each option in round 1");
    expect(feedback).toContain("Agreement on the order (Kendall&#39;s W): 0.444");
    expect(feedback).toContain("Consensus when Kendall&#39;s W is at least 0.7");
    // The expert's round-2 form starts from their round-1 order.
    expect(feedback).toMatch(/name="rank0"[^>]*>[\s\S]*?<option value="1" selected/);
  });
});
