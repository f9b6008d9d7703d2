import { describe, expect, it } from "vitest";
import { get, post } from "../helpers/app.js";
import { makeForum } from "../helpers/forum.js";

describe("retiring questions that reached consensus", () => {
  it("pre-unchecks and labels them, keeps them visible in results, and keeps every expert invited", async () => {
    const f = await makeForum({ experts: 4 });
    const [a, b, c, skipper] = f.experts;
    // Round 1: the rating reaches consensus (7, 7, 7), the binary does not (30/50/70: IQR 20 points).
    for (const [i, e] of [a, b, c].entries()) {
      await post(f.path(f.questions.rating), { r: "7", rationale: `r${i}`, intent: "submit" }, e!.cookie);
      await post(
        f.path(f.questions.binary),
        { p: String(30 + 20 * i), rationale: "", intent: "submit" },
        e!.cookie,
      );
    }
    // The fourth expert skips round 1 entirely.
    await post(`/forums/${f.forum.id}/rounds/1/close`, {}, f.organiser.cookie);
    const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    const ratingBox = new RegExp(
      `<input type="checkbox" name="questionIds" value="${f.questions.rating.id}"(?![^>]*checked)`,
    );
    expect(overview).toMatch(ratingBox);
    expect(overview).toContain("retired (consensus reached in round 1): tick to ask again");
    expect(overview).toMatch(new RegExp(`value="${f.questions.binary.id}" checked`));

    const others = [f.questions.binary, f.questions.allocation, f.questions.quantity].map((q) =>
      String(q.id),
    );
    expect(
      (
        await post(
          `/forums/${f.forum.id}/rounds`,
          { questionIds: others, instructions: "" },
          f.organiser.cookie,
        )
      ).status,
    ).toBe(303);
    expect((await post(`/forums/${f.forum.id}/rounds/2/open`, {}, f.organiser.cookie)).status).toBe(303);

    // The retired question is not in round 2.
    expect((await get(f.path(f.questions.rating, 2), a!.cookie)).status).toBe(404);
    // The expert who skipped round 1 answers round 2 normally and sees feedback without "your answer then".
    const page = await get(f.path(f.questions.binary, 2), skipper!.cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("The group in round 1");
    expect(html).toContain("You did not answer this question in that round.");
    expect(html).not.toContain("Your answer then:");
    expect(
      (
        await post(
          f.path(f.questions.binary, 2),
          { p: "45", rationale: "", intent: "submit" },
          skipper!.cookie,
        )
      ).status,
    ).toBe(303);
    // An expert who answered round 1 sees their previous answer.
    expect(await (await get(f.path(f.questions.binary, 2), a!.cookie)).text()).toContain("Your answer then:");

    await post(`/forums/${f.forum.id}/rounds/2/close`, {}, f.organiser.cookie);
    const results = await (await get(`/forums/${f.forum.id}/rounds/2/results`, f.organiser.cookie)).text();
    expect(results).toContain(f.questions.rating.title);
    expect(results).toContain("Retired (consensus reached in round 1)");
    expect(results).toContain("1 of 4 experts answered");
  });
});
