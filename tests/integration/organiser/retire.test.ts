import { describe, expect, it } from "vitest";
import { get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

describe("retiring questions that reached consensus", () => {
  it("labels them but keeps them ticked (retiring is the organiser's choice), keeps retired ones visible in results and every expert invited", async () => {
    // A minimum of 3 answers: the three identical ratings below are a consensus (3 of 4 answered, 75%).
    const f = await makeForum({ experts: 4, minRespondents: 3 });
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
    await post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie);
    const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    // Consensus proposes retiring, it never retires by default: the box stays ticked.
    expect(overview).toMatch(new RegExp(`value="${f.questions.rating.id}" checked`));
    expect(overview).toContain("consensus reached in round 1: untick to retire it from the next round");
    expect(overview).toMatch(new RegExp(`value="${f.questions.binary.id}" checked`));
    expect(overview.match(/untick to retire it/g)).toHaveLength(1);

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
    expect(
      (await post(`/forums/${f.forum.id}/rounds/2/open`, { confirm: "1" }, f.organiser.cookie)).status,
    ).toBe(303);

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

    await post(`/forums/${f.forum.id}/rounds/2/close`, { confirm: "1" }, f.organiser.cookie);
    const results = await (await get(`/forums/${f.forum.id}/rounds/2/results`, f.organiser.cookie)).text();
    expect(results).toContain(f.questions.rating.title);
    expect(results).toContain("Retired (consensus reached in round 1)");
    expect(results).toContain("1 of 4 experts answered");
  });
});

describe("honest consensus: a minimum of answers", () => {
  it("below the forum's minimum a unanimous question is 'too few answers' for every role, and nothing is proposed for retiring", async () => {
    // Default minimum: 5 answers and 70% of the round's experts. Three identical ratings of six experts.
    const f = await makeForum({ experts: 6 });
    for (const e of f.experts.slice(0, 3))
      await post(f.path(f.questions.rating), { r: "7", rationale: "", intent: "submit" }, e.cookie);
    await post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie);
    await post(`/forums/${f.forum.id}/rounds/1/publish`, { confirm: "1" }, f.organiser.cookie);

    const results = await (await get(`/forums/${f.forum.id}/rounds/1/results`, f.organiser.cookie)).text();
    expect(results).toContain("Too few answers");
    expect(results).toContain(
      "A consensus verdict needs at least 5 answers and 70% of the panel; 3 answered.",
    );
    const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(overview).not.toContain("untick to retire it");
    expect(overview).toMatch(new RegExp(`value="${f.questions.rating.id}" checked`));

    const dashboard = await (await get(`/forums/${f.forum.id}/dashboard`, f.stakeholder.cookie)).text();
    expect(dashboard).toContain("Too few answers");
    expect(dashboard).not.toContain("✓ Consensus");
    const results1 = await get(`/api/v1/forums/${f.forum.id}/rounds/1/results`, f.organiser.cookie);
    expect(results1.status).toBe(200);
    const body = (await results1.json()) as {
      questions: { id: number; snapshot: { consensus: { state: string; met: boolean } } }[];
    };
    const rating = body.questions.find((q) => q.id === f.questions.rating.id)!;
    expect(rating.snapshot.consensus).toMatchObject({ state: "too-few-answers", met: false });
  });

  it("organisers set the minimum in the forum settings (never below 3); it decides the next closed round", async () => {
    const f = await makeForum({ experts: 3 });
    const settings = `/forums/${f.forum.id}/settings`;
    const form = (minRespondents: string, minResponseRate: string) => ({
      senderName: "",
      consentText: "",
      reminderDays: "",
      retentionDays: "",
      minRespondents,
      minResponseRate,
    });
    for (const [n, rate, field] of [
      ["2", "70", "minRespondents"],
      ["five", "70", "minRespondents"],
      ["3", "101", "minResponseRate"],
      ["3", "-5", "minResponseRate"],
    ] as const) {
      const bad = await post(settings, form(n, rate), f.organiser.cookie);
      expect(bad.status).toBe(422);
      const html = await bad.text();
      expect(html).toContain(`value="${field === "minRespondents" ? n : rate}"`);
      expect(html).toMatch(
        field === "minRespondents" ? /whole number from 3 to 1000/ : /percentage from 0 to 100/,
      );
    }
    expect((await post(settings, form("3", "100"), f.organiser.cookie)).status).toBe(303);
    const page = await (await get(settings, f.organiser.cookie)).text();
    expect(page).toContain('name="minRespondents" inputmode="numeric" value="3"');
    for (const e of f.experts)
      await post(f.path(f.questions.rating), { r: "7", rationale: "", intent: "submit" }, e.cookie);
    await post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie);
    const results = await (await get(`/forums/${f.forum.id}/rounds/1/results`, f.organiser.cookie)).text();
    expect(results).not.toContain("Too few answers</span>");
    expect(results).toContain("✓ Consensus");
  });
});
