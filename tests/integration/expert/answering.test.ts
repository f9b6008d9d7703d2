import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, snapshots } from "../../../src/db/schema.js";
import { createUser, db, get, post, sessionCookie } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const revisionsOf = (questionId: number, memberId: number) =>
  db()
    .select()
    .from(answers)
    .where(and(eq(answers.questionId, questionId), eq(answers.memberId, memberId)))
    .orderBy(answers.id);

describe("answering a round", () => {
  it("lets an expert see the round with progress, and each question with its form", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const round = await get(`/forums/${f.forum.id}/rounds/1`, e.cookie);
    expect(round.status).toBe(200);
    const html = await round.text();
    expect(html).toContain("0 of 4 answered");
    expect(html).toContain("Not started");
    for (const q of Object.values(f.questions)) {
      const page = await get(f.path(q), e.cookie);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="answer-form"');
    }
  });

  it("the page a save without JavaScript answers with shows that save in the expert's history", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const q = f.questions.binary;
    const first = await post(f.path(q), { p: "40", rationale: "first", intent: "draft" }, e.cookie);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("Your history: 1 revision");
    const second = await post(f.path(q), { p: "45", rationale: "second", intent: "draft" }, e.cookie);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain("Your history: 2 revisions");
  });

  it("appends a revision on every save; the latest is current; nothing is overwritten", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const q = f.questions.binary;
    expect((await post(f.path(q), { p: "40", rationale: "first", intent: "draft" }, e.cookie)).status).toBe(
      200,
    );
    expect((await post(f.path(q), { p: "55", rationale: "second", intent: "submit" }, e.cookie)).status).toBe(
      303,
    );
    expect((await post(f.path(q), { p: "60", rationale: "third", intent: "submit" }, e.cookie)).status).toBe(
      303,
    );
    const rows = await revisionsOf(q.id, e.member.id);
    expect(rows.map((r) => JSON.parse(r.value).p)).toEqual([0.4, 0.55, 0.6]);
    expect(rows.map((r) => r.status)).toEqual(["draft", "submitted", "submitted"]);
    expect(rows.map((r) => r.supersededAt === null)).toEqual([false, false, true]);
    expect(rows.map((r) => r.rationale)).toEqual(["first", "second", "third"]);
    const page = await (await get(f.path(q), e.cookie)).text();
    expect(page).toContain('id="revision-history"');
    expect(page).toContain('value="60"');
  });

  it("saving the identical answer again stores nothing new", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const q = f.questions.rating;
    await post(f.path(q), { r: "7", rationale: "same", intent: "submit" }, e.cookie);
    const again = await post(f.path(q), { r: "7", rationale: "same", intent: "submit" }, e.cookie, {
      "HX-Request": "true",
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Nothing changed since your last save.");
    expect(await revisionsOf(q.id, e.member.id)).toHaveLength(1);
  });

  it("10 concurrent identical submissions create exactly one revision", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const q = f.questions.binary;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(f.path(q), { p: "70", rationale: "r", intent: "submit" }, e.cookie, { "HX-Request": "true" }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await revisionsOf(q.id, e.member.id)).toHaveLength(1);
  });

  const invalid: [
    keyof Awaited<ReturnType<typeof makeForum>>["questions"],
    Record<string, string>,
    string,
    string,
  ][] = [
    ["binary", { p: "170" }, 'name="p"', "Enter a percentage between 0 and 100."],
    ["binary", { p: "abc" }, 'name="p"', "Enter a number."],
    ["binary", { p: "" }, 'name="p"', "This field is required."],
    ["allocation", { p0: "40", p1: "30", p2: "20" }, 'name="p0"', "The probabilities must add up to 100%."],
    ["allocation", { p0: "40", p1: "-5", p2: "65" }, 'name="p1"', "Enter a percentage between 0 and 100."],
    [
      "quantity",
      { q5: "10", q50: "5", q95: "20" },
      'name="q50"',
      "Each value must be larger than the one before (5th &lt; 50th &lt; 95th).",
    ],
    [
      "quantity",
      { q5: "10", q50: "20", q95: "20" },
      'name="q95"',
      "Each value must be larger than the one before",
    ],
    // F11: numbers that no pool can hold are refused at the field, not stored and served as null.
    ["quantity", { q5: "-1e308", q50: "0", q95: "1" }, 'name="q5"', "Enter a number between −10¹⁵ and 10¹⁵"],
    [
      "quantity",
      { q5: "1", q50: "2", q95: "1.7e308" },
      'name="q95"',
      "for larger quantities the question needs",
    ],
    ["rating", {}, 'name="r"', "Choose a rating."],
    ["rating", { r: "12" }, 'name="r"', "Choose one of the ratings shown."],
  ];
  it("accepts quantities up to 10^15 in magnitude and pools them to finite numbers", async () => {
    const f = await makeForum();
    for (const [i, e] of f.experts.entries())
      expect(
        (
          await post(
            f.path(f.questions.quantity),
            { q5: "-1e15", q50: String(9e14 + i), q95: "1e15", rationale: "", intent: "submit" },
            e.cookie,
          )
        ).status,
      ).toBe(303);
    expect(await f.close()).toBe(true);
    const [row] = await db()
      .select()
      .from(snapshots)
      .where(eq(snapshots.questionId, f.questions.quantity.id));
    const stats = row!.stats as unknown as {
      summary: { mean: number; sd: number };
      pooled: Record<string, unknown>;
    };
    expect(Number.isFinite(stats.summary.mean)).toBe(true);
    expect(Number.isFinite(stats.summary.sd)).toBe(true);
    expect(JSON.stringify(stats.pooled)).not.toContain("null");
  });

  it.each(invalid)(
    "refuses an invalid %s answer with 422, the values kept and a message at the field (%o)",
    async (kind, fields, fieldMarker, message) => {
      const f = await makeForum();
      const e = f.experts[0]!;
      const q = f.questions[kind];
      for (const htmx of [false, true]) {
        const res = await post(
          f.path(q),
          { ...fields, rationale: "my reasons", intent: "submit" },
          e.cookie,
          htmx ? { "HX-Request": "true" } : {},
        );
        expect(res.status).toBe(422);
        const html = await res.text();
        expect(html).toContain(message);
        expect(html).toContain(fieldMarker);
        expect(html).toContain("my reasons");
        if (kind !== "rating")
          for (const v of Object.values(fields)) if (v) expect(html).toContain(`value="${v}"`);
        if (htmx) expect(html.startsWith('<form id="answer-form"')).toBe(true);
      }
      expect(await revisionsOf(q.id, e.member.id)).toHaveLength(0);
    },
  );

  it("refuses answers after close with a clear message and stores nothing", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    await post(f.path(f.questions.binary), { p: "30", intent: "submit" }, e.cookie);
    await f.close();
    const res = await post(f.path(f.questions.binary), { p: "80", intent: "submit" }, e.cookie);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("This round closed before your answer arrived, so it was not stored.");
    const rows = await revisionsOf(f.questions.binary.id, e.member.id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.value).p).toBe(0.3);
  });

  it("in round 2 shows the expert's own previous answer beside the group's statistics and reasons", async () => {
    const f = await makeForum({ experts: 4 });
    const q = f.questions.binary;
    for (const [i, e] of f.experts.entries())
      await post(
        f.path(q),
        { p: String(20 + i * 10), rationale: `reason number ${i}`, intent: "submit" },
        e.cookie,
      );
    await f.close();
    await f.nextRound();
    const me = f.experts[0]!;
    const html = await (await get(f.path(q, 2), me.cookie)).text();
    expect(html).toContain("The group in round 1");
    expect(html).toContain("Your answer then:");
    expect(html).toMatch(/Your answer then: <strong>20%<\/strong>/);
    for (let i = 1; i < 4; i++) expect(html).toContain(`reason number ${i}`);
    for (const other of f.experts.slice(1)) {
      expect(html).not.toContain(other.user.name);
      expect(html).not.toContain(other.user.email);
      expect(html).not.toContain(`member-${other.member.id}`);
    }
    expect(html).toContain(`Expert ${f.experts[1]!.member.pseudonym}`);
    const snaps = await db().select().from(snapshots);
    expect(snaps.length).toBeGreaterThan(0);
  });

  it("requires a reason outside the previous IQR when the forum asks for it", async () => {
    const f = await makeForum({ experts: 4, requireReason: true });
    const q = f.questions.binary;
    for (const [i, e] of f.experts.entries())
      await post(f.path(q), { p: String(40 + i * 5), intent: "submit" }, e.cookie);
    await f.close();
    await f.nextRound();
    const e = f.experts[0]!;
    const outside = await post(f.path(q, 2), { p: "90", rationale: "", intent: "submit" }, e.cookie);
    expect(outside.status).toBe(422);
    expect(await outside.text()).toContain("please give a reason");
    expect(
      (await post(f.path(q, 2), { p: "90", rationale: "New evidence", intent: "submit" }, e.cookie)).status,
    ).toBe(303);
    expect(
      (await post(f.path(q, 2), { p: "47", rationale: "", intent: "submit" }, f.experts[1]!.cookie)).status,
    ).toBe(303);
  });

  it("refuses other roles and outsiders", async () => {
    const f = await makeForum();
    const q = f.questions.binary;
    const outsider = await sessionCookie((await createUser()).id);
    const other = await makeForum();
    expect((await get(f.path(q))).status).toBe(303);
    expect((await post(f.path(q), { p: "50", intent: "submit" })).status).toBe(401);
    expect((await get(f.path(q), f.stakeholder.cookie)).status).toBe(403);
    expect((await post(f.path(q), { p: "50", intent: "submit" }, f.stakeholder.cookie)).status).toBe(403);
    expect((await get(f.path(q), f.organiser.cookie)).status).toBe(403);
    expect((await get(f.path(q), outsider)).status).toBe(404);
    expect((await post(f.path(q), { p: "50", intent: "submit" }, other.experts[0]!.cookie)).status).toBe(404);
    // A question of another forum is not reachable through this forum's round.
    expect((await get(f.path(other.questions.binary), f.experts[0]!.cookie)).status).toBe(404);
  });
});
