import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { reviseQuestionText } from "../../../src/db/queries/proposals.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { answers, auditLog, questions, questionVersions } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const versions = (qid: number) =>
  db()
    .select()
    .from(questionVersions)
    .where(eq(questionVersions.questionId, qid))
    .orderBy(questionVersions.version);

describe("question wording versions", () => {
  it("refuses edits while a round asking the question is open (409), for organisers only", async () => {
    const f = await makeForum({ experts: 1 });
    const q = f.questions.binary;
    const path = `/forums/${f.forum.id}/questions/${q.id}/edit`;
    const page = await get(path, f.organiser.cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("cannot change until the round closes");
    const res = await post(path, { title: "New", body: "", resolutionCriteria: "C" }, f.organiser.cookie);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("open round 1");
    expect(await versions(q.id)).toEqual([]);
    expect((await get(path, f.experts[0]!.cookie)).status).toBe(403);
    expect((await post(path, { title: "X", resolutionCriteria: "C" }, f.stakeholder.cookie)).status).toBe(
      403,
    );
    expect((await get(`/forums/${f.forum.id}/questions/999999/edit`, f.organiser.cookie)).status).toBe(404);
    // The proposals' revise (same function underneath) is refused too.
    expect(await reviseQuestionText(db(), f.forum.id, q.id, { title: "Y", body: "" }, f.organiser.user)).toBe(
      false,
    );
  });

  it("appends versions (1 = the original) with an audit row, and the expert sees what changed", async () => {
    const f = await makeForum({ experts: 2 });
    const q = f.questions.binary;
    const [answered, silent] = f.experts as [(typeof f.experts)[0], (typeof f.experts)[0]];
    const r1 = (await getRoundByNumber(db(), f.forum.id, 1))!;
    await saveAnswer(db(), {
      roundId: r1.id,
      questionId: q.id,
      memberId: answered.member.id,
      value: { kind: "binary", p: 0.4 },
      rationale: "",
      status: "submitted",
      questionVersion: 1,
    });
    await f.close();
    const path = `/forums/${f.forum.id}/questions/${q.id}/edit`;

    const bad = await post(path, { title: "", body: "b", resolutionCriteria: "" }, f.organiser.cookie);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('id="f-title-error"');

    const edit = {
      title: "Will it happen by 2031?",
      body: "New background",
      resolutionCriteria: "New criteria",
    };
    const ok = await post(path, edit, f.organiser.cookie);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("Location")).toContain("saved=1");
    const rows = await versions(q.id);
    expect(rows.map((v) => [v.version, v.title, v.resolutionCriteria])).toEqual([
      [1, q.title, q.resolutionCriteria],
      [2, edit.title, edit.resolutionCriteria],
    ]);
    expect(rows[0]!.createdBy).toBeNull();
    expect(rows[1]!.createdBy).toBe(f.organiser.user.id);
    const now = await db().select().from(questions).where(eq(questions.id, q.id)).get();
    expect(now).toMatchObject({ version: 2, title: edit.title, body: edit.body });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "question.revise")));
    expect(audit.map((a) => a.detail)).toEqual([{ version: 2, title: edit.title }]);

    // The same text again: no version, no audit.
    const same = await post(path, edit, f.organiser.cookie);
    expect(same.headers.get("Location")).toContain("saved=0");
    expect((await versions(q.id)).length).toBe(2);
    const second = await post(path, { ...edit, body: "Third" }, f.organiser.cookie);
    expect(second.status).toBe(303);
    expect((await versions(q.id)).map((v) => v.version)).toEqual([1, 2, 3]);
    const history = await (await get(path, f.organiser.cookie)).text();
    expect(history).toContain('id="qversion-1"');
    expect(history).toContain('id="qversion-2"');

    await f.nextRound();
    const page = await (await get(f.path(q, 2), answered.cookie)).text();
    expect(page).toContain("The wording changed since round 1.");
    expect(page).toContain("Previous wording");
    expect(page).toContain(q.title); // version 1, the text they answered
    expect(page).toContain("Third");
    // A question whose wording did not change shows no notice.
    expect(await (await get(f.path(f.questions.quantity, 2), answered.cookie)).text()).not.toContain(
      'id="wording-changed"',
    );
    // Someone who did not answer round 1 sees the change since the feedback round (if there is feedback).
    const other = await (await get(f.path(q, 2), silent.cookie)).text();
    expect(other).toContain("The wording changed since round 1.");

    // An answer in round 2 records the version it answered.
    const saved = await post(f.path(q, 2), { p: "55", rationale: "", intent: "submit" }, answered.cookie);
    expect([200, 303]).toContain(saved.status);
    const r2 = (await getRoundByNumber(db(), f.forum.id, 2))!;
    const a = await db()
      .select()
      .from(answers)
      .where(
        and(
          eq(answers.roundId, r2.id),
          eq(answers.questionId, q.id),
          eq(answers.memberId, answered.member.id),
        ),
      )
      .get();
    expect(a?.questionVersion).toBe(3);

    // Open again: refused.
    expect((await post(path, { ...edit, title: "Later" }, f.organiser.cookie)).status).toBe(409);
    expect((await versions(q.id)).length).toBe(3);
  });
});
