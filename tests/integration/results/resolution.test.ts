import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { auditLog, resolutions } from "../../../src/db/schema.js";
import { createUser, db, get, post, sessionCookie } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const resolvePath = (forumId: number, qid: number) => `/forums/${forumId}/questions/${qid}/resolve`;

describe("resolving questions", () => {
  it("resolves, re-resolves with a visible history, and audits both in the same batch", async () => {
    const f = await makeForum();
    const q = f.questions.binary;
    const path = resolvePath(f.forum.id, q.id);
    const first = await post(
      path,
      { outcome: "no", resolvedOn: "2026-03-01", sourceNote: "Official gazette" },
      f.organiser.cookie,
    );
    expect(first.status).toBe(303);
    const second = await post(
      path,
      { outcome: "yes", resolvedOn: "2026-03-05", sourceNote: "Gazette corrected its first report" },
      f.organiser.cookie,
    );
    expect(second.status).toBe(303);
    const rows = await db()
      .select()
      .from(resolutions)
      .where(eq(resolutions.questionId, q.id))
      .orderBy(resolutions.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.supersededAt).not.toBeNull();
    expect(rows[1]!.supersededAt).toBeNull();
    expect(rows[1]!.outcome).toEqual({ outcome: 1 });
    const audits = await db()
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.forumId, f.forum.id),
          eq(auditLog.targetType, "question"),
          eq(auditLog.targetId, String(q.id)),
        ),
      );
    expect(audits.map((a) => a.action)).toEqual(["question.resolve", "question.reresolve"]);
    expect(audits[1]!.detail).toMatchObject({ from: { outcome: 0 }, to: { outcome: 1 } });
    const page = await (await get(path, f.organiser.cookie)).text();
    expect(page).toContain("Changed from No to Yes on 2026-03-05");
    expect(page).toContain("Gazette corrected its first report");
    expect(page).toContain("Resolved as No on 2026-03-01");
  });

  it("resolves an allocation to the scenario that occurred and a quantity to its value", async () => {
    const f = await makeForum();
    const a = resolvePath(f.forum.id, f.questions.allocation.id);
    expect(
      (await post(a, { outcome: "s1", resolvedOn: "2026-02-01", sourceNote: "Report" }, f.organiser.cookie))
        .status,
    ).toBe(303);
    const qn = resolvePath(f.forum.id, f.questions.quantity.id);
    expect(
      (
        await post(
          qn,
          { outcome: "value", value: "12,5", resolvedOn: "2026-02-01", sourceNote: "Survey" },
          f.organiser.cookie,
        )
      ).status,
    ).toBe(303);
    const rows = await db().select().from(resolutions);
    expect(rows.find((r) => r.questionId === f.questions.allocation.id)?.outcome).toEqual({
      scenarioIndex: 1,
    });
    expect(rows.find((r) => r.questionId === f.questions.quantity.id)?.outcome).toEqual({ value: 12.5 });
    expect(await (await get(a, f.organiser.cookie)).text()).toContain("“Beta”");
  });

  it("re-renders the form with 422 and a message per field, values kept", async () => {
    const f = await makeForum();
    const path = resolvePath(f.forum.id, f.questions.binary.id);
    const res = await post(path, { resolvedOn: "2026-02-31", sourceNote: "kept note" }, f.organiser.cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Choose an outcome.");
    expect(html).toContain("Enter the date as YYYY-MM-DD.");
    expect(html).toContain("kept note");
    const noNote = await post(
      path,
      { outcome: "yes", resolvedOn: "2026-02-01", sourceNote: " " },
      f.organiser.cookie,
    );
    expect(noNote.status).toBe(422);
    const badValue = await post(
      resolvePath(f.forum.id, f.questions.quantity.id),
      { outcome: "value", value: "lots", resolvedOn: "2026-02-01", sourceNote: "x" },
      f.organiser.cookie,
    );
    expect(badValue.status).toBe(422);
    expect(await badValue.text()).toContain("Enter the true value as a number.");
    // F11: a value no score can use (1e300) is refused at the field, like an answer's.
    const huge = await post(
      resolvePath(f.forum.id, f.questions.quantity.id),
      { outcome: "value", value: "1e300", resolvedOn: "2026-02-01", sourceNote: "x" },
      f.organiser.cookie,
    );
    expect(huge.status).toBe(422);
    expect(await huge.text()).toContain("Enter a number between −10¹⁵ and 10¹⁵");
    expect(
      await db().select().from(resolutions).where(eq(resolutions.questionId, f.questions.quantity.id)),
    ).toHaveLength(0);
    expect(
      await db().select().from(resolutions).where(eq(resolutions.questionId, f.questions.binary.id)),
    ).toHaveLength(0);
  });

  it("ratings are not resolvable (404), nor another forum's question", async () => {
    const f = await makeForum();
    const g = await makeForum();
    expect((await get(resolvePath(f.forum.id, f.questions.rating.id), f.organiser.cookie)).status).toBe(404);
    expect((await get(resolvePath(f.forum.id, g.questions.binary.id), f.organiser.cookie)).status).toBe(404);
    expect(
      (
        await post(
          resolvePath(f.forum.id, f.questions.rating.id),
          { outcome: "yes", resolvedOn: "2026-01-01", sourceNote: "x" },
          f.organiser.cookie,
        )
      ).status,
    ).toBe(404);
  });

  it("every role on every resolution route: organiser yes, expert and stakeholder 403, outsider 404, anonymous sign-in", async () => {
    const f = await makeForum();
    const outsider = await sessionCookie((await createUser()).id);
    const base = `/forums/${f.forum.id}`;
    const gets = [
      `${base}/resolutions`,
      resolvePath(f.forum.id, f.questions.binary.id),
      `${base}/scores`,
      `${base}/cooke`,
    ];
    for (const path of gets) {
      expect((await get(path, f.organiser.cookie)).status, path).toBe(200);
      expect((await get(path, f.experts[0]!.cookie)).status, path).toBe(403);
      expect((await get(path, f.stakeholder.cookie)).status, path).toBe(403);
      expect((await get(path, outsider)).status, path).toBe(404);
      expect((await get(path)).status, path).toBe(303);
    }
    const posts: [string, Record<string, string>][] = [
      [
        resolvePath(f.forum.id, f.questions.binary.id),
        { outcome: "yes", resolvedOn: "2026-01-01", sourceNote: "x" },
      ],
      [`${base}/questions/${f.questions.quantity.id}/seed`, { isSeed: "1" }],
      [`${base}/close`, { confirm: "1" }],
    ];
    for (const [path, body] of posts) {
      expect((await post(path, body, f.experts[0]!.cookie)).status, path).toBe(403);
      expect((await post(path, body, f.stakeholder.cookie)).status, path).toBe(403);
      expect((await post(path, body, outsider)).status, path).toBe(404);
      expect((await post(path, body)).status, path).toBe(401);
    }
    expect(
      await db().select().from(resolutions).where(eq(resolutions.questionId, f.questions.binary.id)),
    ).toHaveLength(0);
  });

  it("holds a seed's true value back from experts until the organiser closes the forum", async () => {
    const f = await makeForum();
    const q = f.questions.quantity;
    const expert = f.experts[0]!;
    await saveAnswer(db(), {
      roundId: (await getRoundByNumber(db(), f.forum.id, 1))!.id,
      questionId: q.id,
      memberId: expert.member.id,
      value: { kind: "quantity", q: [10, 20, 30] },
      rationale: "",
      status: "submitted",
      questionVersion: 1,
    });
    const seed = await post(
      `/forums/${f.forum.id}/questions/${q.id}/seed`,
      { isSeed: "1" },
      f.organiser.cookie,
    );
    expect(seed.status).toBe(303);
    await post(
      resolvePath(f.forum.id, q.id),
      { outcome: "value", value: "987654", resolvedOn: "2026-02-01", sourceNote: "Census" },
      f.organiser.cookie,
    );
    const mine = `/forums/${f.forum.id}/my-scores`;
    const before = await (await get(mine, expert.cookie)).text();
    expect(before).toContain("the true value is revealed when the forum closes");
    expect(before).not.toContain("987");
    const close = await post(`/forums/${f.forum.id}/close`, { confirm: "1" }, f.organiser.cookie);
    expect(close.status).toBe(303);
    const after = await (await get(mine, expert.cookie)).text();
    expect(after).toMatch(/988,000|987,654|988 000/);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id))).map(
      (a) => a.action,
    );
    expect(actions).toContain("question.seed");
    expect(actions).toContain("forum.close");
    // Closing twice changes nothing and audits once.
    await post(`/forums/${f.forum.id}/close`, { confirm: "1" }, f.organiser.cookie);
    const closes = (await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id))).filter(
      (a) => a.action === "forum.close",
    );
    expect(closes).toHaveLength(1);
  });
});
