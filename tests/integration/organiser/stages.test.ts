import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { createQuestion } from "../../../src/db/queries/forum-questions.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { listRoundEligibility } from "../../../src/db/queries/stages.js";
import { members, outbox, questions, roundMembers, snapshots, users } from "../../../src/db/schema.js";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { db, get, post, unique } from "../../helpers/app.js";
import { type Seeded, seedForum } from "../../helpers/organiser.js";

const linkIn = (text: string) => text.match(/http:\/\/localhost\/auth\/([A-Za-z0-9_-]{43})/)?.[1];

async function ratingQuestion(s: Seeded, title: string) {
  await createQuestion(
    db(),
    s.forumId,
    {
      kind: "rating",
      title,
      body: "",
      resolutionCriteria: "",
      config: { kind: "rating", min: 1, max: 9, minLabel: "low", maxLabel: "high" },
      consensusRule: { kind: "iqr-at-most", max: 1 },
    },
    s.organiser.user,
  );
  return (await db()
    .select()
    .from(questions)
    .where(and(eq(questions.forumId, s.forumId), eq(questions.title, title)))
    .get())!.id;
}

/** Invites an expert through the panel form (stage left to its default) and accepts the link. */
async function inviteAndJoin(s: Seeded, institution: { name: string; country: string } | { id: number }) {
  const email = `${unique("later")}@example.org`;
  const fields: Record<string, string> =
    "id" in institution
      ? { institutionId: String(institution.id) }
      : { institutionName: institution.name, institutionCountry: institution.country };
  const res = await post(
    `${s.base}/panel/invite`,
    { name: unique("Later Expert"), email, role: "expert", ...fields },
    s.organiser.cookie,
  );
  expect(res.status).toBe(303);
  const mail = await db().select().from(outbox).where(eq(outbox.toEmail, email)).get();
  const accepted = await post(`/auth/${linkIn(mail!.textBody)!}`, {});
  expect(accepted.status).toBe(303);
  const cookie = accepted.headers.get("Set-Cookie")!.split(";")[0]!;
  const user = (await db().select().from(users).where(eq(users.email, email)).get())!;
  const member = (await db()
    .select()
    .from(members)
    .where(and(eq(members.forumId, s.forumId), eq(members.userId, user.id)))
    .get())!;
  return { user, member, cookie };
}

async function rate(roundId: number, questionId: number, memberId: number, r: number) {
  expect(
    await saveAnswer(db(), {
      roundId,
      questionId,
      memberId,
      value: { kind: "rating", r },
      rationale: "",
      status: "submitted",
      questionVersion: 1,
    }),
  ).toBe("saved");
}

describe("staged panels", () => {
  it("counts eligibility per round with late joiners, applies n ≥ 3 to stage summaries, and briefs later joiners", async () => {
    const s = await seedForum({ experts: 3 });
    const q1 = await ratingQuestion(s, unique("Rate the risk"));
    const q2 = await ratingQuestion(s, unique("Rate the impact"));
    // Before any round has opened, the default stage is 1.
    expect(await (await get(`${s.base}/panel`, s.organiser.cookie)).text()).toMatch(
      /name="stage"[^>]*value="1"|value="1"[^>]*name="stage"/,
    );
    expect(
      (await post(`${s.base}/rounds`, { questionIds: [String(q1), String(q2)] }, s.organiser.cookie)).status,
    ).toBe(303);
    expect((await post(`${s.base}/rounds/1/open`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const r1 = (await getRoundByNumber(db(), s.forumId, 1))!;
    for (const [i, e] of s.experts.entries()) {
      await rate(r1.id, q1, e.member.id, 4 + i);
      await rate(r1.id, q2, e.member.id, 5);
    }
    expect((await post(`${s.base}/rounds/1/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    expect(
      (
        await post(
          `${s.base}/rounds/1/synthesis`,
          { synthesis: "Round one agreed on moderate risk." },
          s.organiser.cookie,
        )
      ).status,
    ).toBe(303);
    expect((await post(`${s.base}/rounds/1/publish`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);

    // Three experts of a new institution join between rounds: stage 2 by default.
    const later = [];
    later.push(await inviteAndJoin(s, { name: unique("Later Institute"), country: "Country C" }));
    const inst = later[0]!.member.institutionId!;
    later.push(await inviteAndJoin(s, { id: inst }));
    later.push(await inviteAndJoin(s, { id: inst }));
    expect(later.map((l) => l.member.stage)).toEqual([2, 2, 2]);

    // Their first visit goes to the briefing, which carries round 1's synthesis and results.
    const home = await get(s.base, later[0]!.cookie);
    expect(home.status).toBe(303);
    expect(home.headers.get("Location")).toBe(`${s.base}/briefing`);
    const briefing = await get(`${s.base}/briefing`, later[0]!.cookie);
    const bhtml = await briefing.text();
    expect(bhtml).toContain("Round one agreed on moderate risk.");
    expect(bhtml).toContain('id="briefing-round-1"');
    for (const e of s.experts) {
      expect(bhtml).not.toContain(e.user.name);
      expect(bhtml).not.toContain(e.user.email);
      expect(bhtml).not.toContain(e.member.pseudonym);
    }
    const seen = briefing.headers.get("Set-Cookie")!.split(";")[0]!;
    const again = await get(s.base, `${later[0]!.cookie}; ${seen}`);
    expect(again.headers.get("Location")).toBe(`${s.base}/rounds`);
    // Founding experts are never sent to a briefing.
    expect((await get(s.base, s.expert.cookie)).headers.get("Location")).toBe(`${s.base}/rounds`);

    // Round 2 opens: all six are eligible (not late: they joined before it opened).
    expect(
      (await post(`${s.base}/rounds`, { questionIds: [String(q1), String(q2)] }, s.organiser.cookie)).status,
    ).toBe(303);
    expect((await post(`${s.base}/rounds/2/open`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const r2 = (await getRoundByNumber(db(), s.forumId, 2))!;
    // One more joins while round 2 is open: stage 3, added to round 2 as late.
    const latest = await inviteAndJoin(s, { id: inst });
    expect(latest.member.stage).toBe(3);
    const rm = await db().select().from(roundMembers).where(eq(roundMembers.roundId, r2.id));
    expect(rm).toHaveLength(7);
    expect(rm.filter((r) => r.late).map((r) => r.memberId)).toEqual([latest.member.id]);
    // The late joiner answers the current round like everyone else.
    const page = await get(`${s.base}/rounds/2/questions/${q1}`, latest.cookie);
    expect(page.status).toBe(200);

    // q1: 3 founding + 3 later answer → stage summaries; q2: 3 founding + 2 later → none (n ≥ 3 rule).
    for (const [i, e] of s.experts.entries()) {
      await rate(r2.id, q1, e.member.id, 5 + (i % 2));
      await rate(r2.id, q2, e.member.id, 5);
    }
    for (const [i, l] of later.entries()) {
      await rate(r2.id, q1, l.member.id, 8);
      if (i < 2) await rate(r2.id, q2, l.member.id, 7);
    }
    expect((await post(`${s.base}/rounds/2/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const snap = async (roundId: number, qid: number) =>
      (await db()
        .select()
        .from(snapshots)
        .where(and(eq(snapshots.roundId, roundId), eq(snapshots.questionId, qid)))
        .get())!.stats as QuestionSnapshot;
    const s1 = await snap(r2.id, q1);
    expect(s1.eligible).toBe(7);
    expect(s1.n).toBe(6);
    expect(s1.stages!.founding!.n).toBe(3);
    expect(s1.stages!.founding!.summaries[0]!.median).toBe(5);
    expect(s1.stages!.all!.n).toBe(6);
    expect(s1.stages!.all!.summaries[0]!.median).toBe(7);
    expect((await snap(r2.id, q2)).stages).toBeNull();
    expect((await snap(r1.id, q1)).stages).toBeNull();
    expect((await snap(r1.id, q1)).eligible).toBe(3);

    expect(await listRoundEligibility(db(), s.forumId)).toEqual([
      { number: 1, kind: "standard", state: "published", eligible: 3, late: 0, answered: 3 },
      { number: 2, kind: "standard", state: "closed", eligible: 7, late: 1, answered: 6 },
    ]);

    // The stakeholder dashboard shows eligibility and the stage filter, counts only.
    expect((await post(`${s.base}/rounds/2/publish`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const dash = await (await get(`${s.base}/dashboard?round=2&stage=founding`, s.stakeholder.cookie)).text();
    expect(dash).toContain('id="eligibility-table"');
    expect(dash).toMatch(/id="eligibility-round-2"[\s\S]*?<td>7<\/td><td>1<\/td><td>6<\/td>/);
    expect(dash).toContain('id="stage-table"');
    expect(dash).toContain("Median, founding (n = 3)");
    for (const e of [...s.experts, ...later, latest]) {
      expect(dash).not.toContain(e.user.name);
      expect(dash).not.toContain(e.user.email);
      expect(dash).not.toContain(e.member.pseudonym);
    }
    // After round 2 the next invitation defaults to stage 4.
    expect(await (await get(`${s.base}/panel`, s.organiser.cookie)).text()).toMatch(
      /name="stage"[^>]*value="4"|value="4"[^>]*name="stage"/,
    );
  });
});
