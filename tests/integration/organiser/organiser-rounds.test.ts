import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { auditLog, outbox, rounds, snapshots } from "../../../src/db/schema.js";
import { addMember, createUser, db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { auditActions, type Seeded, seedBinaryQuestion, seedForum } from "../../helpers/organiser.js";
import { answerRound } from "../../helpers/published-forum.js";

async function openRoundWith(s: Seeded, questionIds: number[]) {
  expect(
    (await post(`${s.base}/rounds`, { questionIds: questionIds.map(String) }, s.organiser.cookie)).status,
  ).toBe(303);
  const n = (await db().select().from(rounds).where(eq(rounds.forumId, s.forumId))).length;
  expect((await post(`${s.base}/rounds/${n}/open`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
  return (await getRoundByNumber(db(), s.forumId, n))!;
}

async function answer(s: Seeded, roundId: number, questionId: number, p: number, i = 0) {
  const outcome = await saveAnswer(db(), {
    roundId,
    questionId,
    memberId: s.experts[i]!.member.id,
    value: { kind: "binary", p },
    rationale: "because",
    status: "submitted",
    questionVersion: 1,
  });
  expect(outcome).toBe("saved");
}

describe("round control", () => {
  it("opens a draft round and tells every active expert, with the link to the round", async () => {
    const s = await seedForum({ experts: 3 });
    const stakeholder = await createUser();
    await addMember(s.forumId, stakeholder.id, "stakeholder");
    const q = await seedBinaryQuestion(s);
    const round = await openRoundWith(s, [q]);
    expect(round.state).toBe("open");
    const mails = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.forumId, s.forumId), eq(outbox.kind, "round-open")));
    expect(mails.map((m) => m.toEmail).sort()).toEqual(s.experts.map((e) => e.user.email).sort());
    expect(mails[0]!.textBody).toContain(`http://localhost/forums/${s.forumId}/rounds/1`);
    expect(mails[0]!.subject).toContain("round 1 is open");
  });

  it("refuses with 409 and a reason: opening while another round is open, closing a draft, publishing an open round", async () => {
    const s = await seedForum();
    const q = await seedBinaryQuestion(s);
    await openRoundWith(s, [q]);
    await post(`${s.base}/rounds`, { questionIds: [String(q)] }, s.organiser.cookie);
    const second = await post(`${s.base}/rounds/2/open`, { confirm: "1" }, s.organiser.cookie);
    expect(second.status).toBe(409);
    expect(await second.text()).toContain("Round 2 cannot open while round 1 is open.");
    const closeDraft = await post(`${s.base}/rounds/2/close`, { confirm: "1" }, s.organiser.cookie);
    expect(closeDraft.status).toBe(409);
    expect(await closeDraft.text()).toContain("Round 2 is draft; only an open round can be closed.");
    const publishOpen = await post(`${s.base}/rounds/1/publish`, { confirm: "1" }, s.organiser.cookie);
    expect(publishOpen.status).toBe(409);
    expect(await publishOpen.text()).toContain("Round 1 is open; only a closed round can be published.");
    const reopen = await post(`${s.base}/rounds/1/open`, { confirm: "1" }, s.organiser.cookie);
    expect(reopen.status).toBe(409);
    expect((await post(`${s.base}/rounds/1/synthesis`, { synthesis: "x" }, s.organiser.cookie)).status).toBe(
      409,
    );
    expect((await post(`${s.base}/rounds/9/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(404);
    expect((await get(`${s.base}/rounds/1/results`, s.organiser.cookie)).status).toBe(404);
  });

  it("two concurrent closes: one 303, one 409, one snapshot per question, one round.close audit row", async () => {
    const s = await seedForum({ experts: 2 });
    const q1 = await seedBinaryQuestion(s);
    const q2 = await seedBinaryQuestion(s);
    const round = await openRoundWith(s, [q1, q2]);
    await answer(s, round.id, q1, 0.7, 0);
    await answer(s, round.id, q1, 0.8, 1);
    const results = await Promise.all([
      post(`${s.base}/rounds/1/close`, { confirm: "1" }, s.organiser.cookie),
      post(`${s.base}/rounds/1/close`, { confirm: "1" }, s.organiser.cookie),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    const rows = await db().select().from(snapshots).where(eq(snapshots.roundId, round.id));
    expect(rows.map((r) => r.questionId).sort((a, b) => a - b)).toEqual([q1, q2].sort((a, b) => a - b));
    const closes = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, s.forumId), eq(auditLog.action, "round.close")));
    expect(closes).toHaveLength(1);
  });

  it("shows results as whole percentages with exact values on hover, saves the synthesis and publishes", async () => {
    const s = await seedForum({ experts: 3 });
    const q = await seedBinaryQuestion(s, "Will the treaty be signed by 2027?");
    const round = await openRoundWith(s, [q]);
    await answer(s, round.id, q, 0.7, 0);
    await answer(s, round.id, q, 0.725, 1);
    await answer(s, round.id, q, 0.8, 2);
    const closed = await post(`${s.base}/rounds/1/close`, { confirm: "1" }, s.organiser.cookie);
    expect(closed.status).toBe(303);
    expect(closed.headers.get("Location")).toBe(`${s.base}/rounds/1/results?notice=round-closed`);
    const page = await get(`${s.base}/rounds/1/results`, s.organiser.cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Will the treaty be signed by 2027?");
    expect(html).toContain("3 of 3 experts answered");
    expect(html).toContain('<span title="0.725">73%</span>');
    // Three answers are below the default minimum of five: no verdict, whatever the spread.
    expect(html).toContain("Too few answers");
    expect(html).not.toContain("✓ Consensus");
    expect(html).toContain(`action="${s.base}/rounds/1/publish"`);

    const tooLong = await post(
      `${s.base}/rounds/1/synthesis`,
      { synthesis: "x".repeat(20001) },
      s.organiser.cookie,
    );
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain('id="f-synthesis-error"');
    const saved = await post(
      `${s.base}/rounds/1/synthesis`,
      { synthesis: "Most expect a signature." },
      s.organiser.cookie,
    );
    expect(saved.status).toBe(303);
    expect(await (await get(`${s.base}/rounds/1/results`, s.organiser.cookie)).text()).toContain(
      "Most expect a signature.</textarea>",
    );
    expect((await post(`${s.base}/rounds/1/publish`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    expect((await getRoundByNumber(db(), s.forumId, 1))!.state).toBe("published");
    const after = await (await get(`${s.base}/rounds/1/results`, s.organiser.cookie)).text();
    expect(after).not.toContain(`action="${s.base}/rounds/1/publish"`);
    // Three close answers are below the minimum of five: the next round's form keeps the question ticked
    // and claims no consensus (it used to be unticked, i.e. retired by default).
    const overview = await (await get(s.base, s.organiser.cookie)).text();
    expect(overview).toContain(`name="questionIds" value="${q}" checked`);
    expect(overview).not.toContain("consensus reached (round 1)");
  });
});

describe("F7: what experts read does not change mid-round", () => {
  it("a round's synthesis cannot change while a later round, whose experts read it, is open (409, unchanged)", async () => {
    const f = await makeForum({ experts: 3 });
    const base = `/forums/${f.forum.id}`;
    await answerRound(f, 1);
    await f.close(1);
    expect(
      (await post(`${base}/rounds/1/synthesis`, { synthesis: "First." }, f.organiser.cookie)).status,
    ).toBe(303);
    await f.nextRound();
    const refused = await post(`${base}/rounds/1/synthesis`, { synthesis: "Rewritten." }, f.organiser.cookie);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Round 2 is open");
    expect((await getRoundByNumber(db(), f.forum.id, 1))!.synthesis).toBe("First.");
    await f.close(2);
    expect(
      (await post(`${base}/rounds/1/synthesis`, { synthesis: "Later." }, f.organiser.cookie)).status,
    ).toBe(303);
    expect((await getRoundByNumber(db(), f.forum.id, 1))!.synthesis).toBe("Later.");
  });
});

describe("overview", () => {
  it("states anonymity, next action, response rate per institution and who has not answered", async () => {
    const s = await seedForum({ experts: 2 });
    let html = await (await get(s.base, s.organiser.cookie)).text();
    expect(html).toContain("is quasi-anonymous");
    expect(html).toMatch(/id="next-action"[\s\S]*Add questions/);
    const q = await seedBinaryQuestion(s);
    html = await (await get(s.base, s.organiser.cookie)).text();
    expect(html).toMatch(/id="next-action"[\s\S]*Prepare round 1/);
    await post(`${s.base}/rounds`, { questionIds: [String(q)] }, s.organiser.cookie);
    html = await (await get(s.base, s.organiser.cookie)).text();
    expect(html).toMatch(/id="next-action"[\s\S]*?Open round 1/);
    await post(`${s.base}/rounds/1/open`, { confirm: "1" }, s.organiser.cookie);
    const round = (await getRoundByNumber(db(), s.forumId, 1))!;
    await answer(s, round.id, q, 0.5, 0);
    html = await (await get(s.base, s.organiser.cookie)).text();
    expect(html).toMatch(/id="next-action"[\s\S]*?Close round 1 when ready/);
    expect(html).toContain("1 of 2 experts answered all 1 question.");
    expect(html).toContain(s.institution.name);
    const incomplete = html.match(/id="incomplete-experts">([\s\S]*?)<\/ul>/)![1]!;
    expect(incomplete).toContain(s.experts[1]!.user.email);
    expect(incomplete).not.toContain(s.experts[0]!.user.email);
    expect(html).toContain(`action="${s.base}/rounds/1/close"`);
    await post(`${s.base}/rounds/1/close`, { confirm: "1" }, s.organiser.cookie);
    html = await (await get(s.base, s.organiser.cookie)).text();
    expect(html).toMatch(/id="next-action"[\s\S]*?Publish round 1/);
    expect(html).toContain(`href="${s.base}/rounds/1/results"`);
    expect(html).toContain('href="/outbox"');
  });

  it("says 'Invite experts' when the panel has none", async () => {
    const s = await seedForum({ experts: 0 });
    await seedBinaryQuestion(s);
    const html = await (await get(s.base, s.organiser.cookie)).text();
    expect(html).toMatch(/id="next-action"[\s\S]*?Invite experts/);
  });

  it("every organiser action leaves an audit entry", async () => {
    const s = await seedForum();
    const o = s.organiser.cookie;
    await post(
      `${s.base}/scenarios`,
      { title: "S", title0: "A", narrative0: "a", title1: "B", narrative1: "b" },
      o,
    );
    await post(`${s.base}/questions`, { kind: "binary", title: "Q", resolutionCriteria: "R" }, o);
    const q = await seedBinaryQuestion(s);
    await post(
      `${s.base}/panel/invite`,
      { name: "I", email: `i-${crypto.randomUUID()}@example.org`, role: "stakeholder" },
      o,
    );
    const invited = (await db().select().from(auditLog).where(eq(auditLog.action, "member.invite"))).find(
      (e) => e.forumId === s.forumId,
    )!;
    await post(`${s.base}/panel/${invited.targetId}/resend`, {}, o);
    await post(`${s.base}/panel/${s.experts[1]!.member.id}/remove`, { confirm: "1" }, o);
    await post(`${s.base}/rounds`, { questionIds: [String(q)] }, o);
    await post(`${s.base}/rounds/1/open`, { confirm: "1" }, o);
    await post(`${s.base}/rounds/1/close`, { confirm: "1" }, o);
    await post(`${s.base}/rounds/1/synthesis`, { synthesis: "S" }, o);
    await post(`${s.base}/rounds/1/publish`, { confirm: "1" }, o);
    const actions = await auditActions(s.forumId);
    for (const a of [
      "forum.create",
      "scenario-set.create",
      "question.create",
      "member.invite",
      "member.resend",
      "member.remove",
      "round.create",
      "round.open",
      "round.close",
      "round.synthesis",
      "round.publish",
    ])
      expect(actions).toContain(a);
    const rows = await db().select().from(auditLog).where(eq(auditLog.forumId, s.forumId));
    expect(
      rows.filter((r) => r.action !== "forum.create").every((r) => r.actorUserId === s.organiser.user.id),
    ).toBe(true);
  });
});
