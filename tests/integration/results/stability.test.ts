import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, forums, snapshots } from "../../../src/db/schema.js";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

describe("stability between rounds", () => {
  it("stores the share changing category and the IQR change at close, and shows them", async () => {
    const f = await makeForum({ experts: 4 });
    const q = f.questions.rating; // 1–9 scale, IQR ≤ 1
    const answer = (round: number, ratings: number[]) =>
      Promise.all(
        ratings.map((r, i) =>
          post(f.path(q, round), { r: String(r), rationale: "", intent: "submit" }, f.experts[i]!.cookie),
        ),
      );
    await answer(1, [2, 5, 8, 8]);
    await f.close(1);
    const n = await f.nextRound();
    await answer(n, [5, 5, 8, 8]);
    await f.close(n);
    const rows = await db()
      .select()
      .from(snapshots)
      .where(eq(snapshots.questionId, q.id))
      .orderBy(snapshots.id);
    const [s1, s2] = rows.map((r) => r.stats as QuestionSnapshot);
    // Round 1: median 6.5 lies in the RAND/UCLA region 4–6; type-7 IQR 8 − 4.25 = 3.75.
    expect(s1!.agreementBand).toEqual([4, 6]);
    expect(s1!.agreement).toBeCloseTo(0.25, 12);
    expect(s1!.disagreement).not.toBeNull();
    expect(s1!.stability).toBeNull();
    // Round 2 against round 1's band [4, 6]: only the expert going 2 → 5 changed category (1 of 4).
    expect(s2!.stability).toMatchObject({ previousRound: 1, n: 4, band: [4, 6], wChange: null });
    expect(s2!.stability!.changed).toBeCloseTo(0.25, 12);
    // IQR 3 (8 − 5) − 3.75 = −0.75: converging.
    expect(s2!.stability!.iqrChange).toBeCloseTo(-0.75, 12);
    // Existing fields unchanged.
    expect(s2!.summary!.median).toBe(6.5);
    expect(s2!.consensus.met).toBe(false);

    const results = await (await get(`/forums/${f.forum.id}/rounds/${n}/results`, f.organiser.cookie)).text();
    expect(results).toContain("Changed category since round 1");
    expect(results).toContain("25%");
    expect(results).toContain("RAND/UCLA (1–9)");
    // Paired test (issue 15): one expert moved 2 → 5; Wilcoxon with one non-zero difference, exact p = 1.
    expect(s2!.stability!.wilcoxon).toMatchObject({ n: 1, wPlus: 1, p: 1, exact: true });
    expect(results).toContain('id="stability-wilcoxon"');
    expect(results).toContain(
      "Did the panel move since round 1? (Wilcoxon signed-rank test; answers that changed: 1)",
    );
    // Four answers are below the forum's minimum of five: no RAND/UCLA label, as no consensus verdict.
    expect(s2!.randUcla).toBeNull();
    const m = await f.nextRound();
    const feedback = await (await get(f.path(q, m), f.experts[0]!.cookie)).text();
    expect(feedback).toContain("25% of experts who answered both rounds changed category since round 1.");
    expect(feedback).toContain("Consensus rule:");
    expect(feedback).toContain("Consensus when the interquartile range is at most 1");
  });

  it("the organiser turns on 'require a reason outside the IQR' on the forum page; submits enforce it", async () => {
    const f = await makeForum({ experts: 4 });
    const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(overview).toContain('id="feedback-settings"');
    expect(
      (
        await post(
          `/forums/${f.forum.id}/settings/feedback`,
          { requireReasonOutsideIqr: "1" },
          f.experts[0]!.cookie,
        )
      ).status,
    ).toBe(403);
    const set = await post(
      `/forums/${f.forum.id}/settings/feedback`,
      { present: "1", requireReasonOutsideIqr: "1" },
      f.organiser.cookie,
    );
    expect(set.status).toBe(303);
    expect(
      (await db().select().from(forums).where(eq(forums.id, f.forum.id)).get())!.requireReasonOutsideIqr,
    ).toBe(true);
    expect(
      (await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id))).some(
        (a) => a.action === "forum.settings",
      ),
    ).toBe(true);
    const q = f.questions.binary;
    for (const [i, p] of ["40", "45", "50", "55"].entries())
      await post(f.path(q), { p, rationale: "", intent: "submit" }, f.experts[i]!.cookie);
    await f.close(1);
    const n = await f.nextRound();
    const outside = await post(
      f.path(q, n),
      { p: "90", rationale: "", intent: "submit" },
      f.experts[0]!.cookie,
    );
    expect(outside.status).toBe(422);
    expect(await outside.text()).toContain("please give a reason");
    // Turning it off again (the checkbox left unticked) lets the same answer through.
    await post(`/forums/${f.forum.id}/settings/feedback`, { present: "1" }, f.organiser.cookie);
    expect(
      (await post(f.path(q, n), { p: "90", rationale: "", intent: "submit" }, f.experts[0]!.cookie)).status,
    ).toBe(303);
  });
});
