import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../../src/db/batch.js";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { loadAttrition } from "../../../src/db/queries/attrition.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { institutions } from "../../../src/db/schema.js";
import type { AnswerValue } from "../../../src/domain/questions.js";
import { addMember, createUser, db, get } from "../../helpers/app.js";
import { makeForum, type TestForum } from "../../helpers/forum.js";

const VALUES: AnswerValue[] = [
  { kind: "binary", p: 0.5 },
  { kind: "allocation", p: [0.3, 0.3, 0.4] },
  { kind: "quantity", q: [1, 2, 3] },
  { kind: "rating", r: 5 },
];

async function answer(f: TestForum, round: number, memberId: number, count = 4) {
  const r = (await getRoundByNumber(db(), f.forum.id, round))!;
  const qs = [f.questions.binary, f.questions.allocation, f.questions.quantity, f.questions.rating];
  for (const [i, q] of qs.slice(0, count).entries()) {
    const outcome = await saveAnswer(db(), {
      roundId: r.id,
      questionId: q.id,
      memberId,
      value: VALUES[i]!,
      rationale: "",
      status: "submitted",
      questionVersion: 1,
    });
    expect(outcome).toBe("saved");
  }
}

describe("response rate and attrition", () => {
  it("counts eligible, complete, late joiners and drop-outs per round and institution", async () => {
    const f = await makeForum({ experts: 6 });
    const m = f.experts.map((e) => e.member.id);
    // Round 1: institution A (0, 1, 2) all answer; institution B: 3 answers, 4 only one question, 5 nothing.
    for (const i of [0, 1, 2, 3]) await answer(f, 1, m[i]!);
    await answer(f, 1, m[4]!, 1);
    await f.close();
    await f.nextRound();
    // A late joiner of institution B while round 2 is open.
    const instB = f.experts[3]!.member.institutionId!;
    const late = await createUser();
    const lateMember = await addMember(f.forum.id, late.id, "expert", instB);
    const r2 = (await getRoundByNumber(db(), f.forum.id, 2))!;
    await runBatch(db(), [
      sql`INSERT INTO round_members (round_id, member_id, late) VALUES (${r2.id}, ${lateMember.id}, 1)`,
    ]);
    // Round 2: 0, 3, 4 and the late joiner answer everything; 1 answers part; 2 nothing.
    for (const id of [m[0]!, m[3]!, m[4]!, lateMember.id]) await answer(f, 2, id);
    await answer(f, 2, m[1]!, 2);
    // Drop-outs are counted once the round has closed (while open, experts are still answering).
    await f.close(2);

    const table = await loadAttrition(db(), f.forum.id);
    expect(table.rounds).toEqual([
      { number: 1, eligible: 6, answeredAll: 4, rate: 4 / 6, late: 0, attrition: null },
      { number: 2, eligible: 7, answeredAll: 4, rate: 4 / 7, late: 1, attrition: 2 / 4 },
    ]);
    const names = await db().select().from(institutions).where(eq(institutions.forumId, f.forum.id));
    const nameA = names.find((n) => n.id === f.experts[0]!.member.institutionId)!.name;
    const nameB = names.find((n) => n.id === instB)!.name;
    const byName = new Map(table.institutions.map((g) => [g.institution, g.rounds]));
    expect(byName.get(nameA)).toEqual([
      { number: 1, eligible: 3, answeredAll: 3, rate: 1, late: 0, attrition: null },
      { number: 2, eligible: 3, answeredAll: 1, rate: 1 / 3, late: 0, attrition: 2 / 3 },
    ]);
    expect(byName.get(nameB)).toEqual([
      { number: 1, eligible: 3, answeredAll: 1, rate: 1 / 3, late: 0, attrition: null },
      { number: 2, eligible: 4, answeredAll: 3, rate: 3 / 4, late: 1, attrition: 0 },
    ]);

    const html = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(html).toContain('id="attrition"');
    const row2 = html
      .slice(html.indexOf('id="attrition-rounds"'))
      .match(/<tr data-round="2">(.*?)<\/tr>/s)![1]!;
    expect(row2).toContain('<td class="eligible">7</td>');
    expect(row2).toContain('<td class="answered">4</td>');
    expect(row2).toContain('<td class="rate">57%</td>');
    expect(row2).toContain('<td class="late">1</td>');
    expect(row2).toContain('<td class="lost">50%</td>');
    // Per institution: loaded when opened (htmx), or as a page of its own.
    expect(html).toContain(`hx-get="/forums/${f.forum.id}/participation/attrition"`);
    expect(html).not.toContain('id="attrition-institution-0"');
    for (const headers of [{ "HX-Request": "true" }, {}] as Record<string, string>[]) {
      const part = await (
        await get(`/forums/${f.forum.id}/participation/attrition`, f.organiser.cookie, headers)
      ).text();
      const b2 = part.slice(part.indexOf(nameB)).match(/<tr data-round="2">(.*?)<\/tr>/s)![1]!;
      expect(b2).toContain('<td class="eligible">4</td>');
      expect(b2).toContain('<td class="late">1</td>');
      expect(b2).toContain('<td class="lost">0%</td>');
      expect(part.includes("<html")).toBe(!("HX-Request" in headers));
    }
    // Organisers only: experts get their own page at /forums/:id, without the table.
    expect(await (await get(`/forums/${f.forum.id}`, f.experts[0]!.cookie)).text()).not.toContain(
      'id="attrition"',
    );
  });

  it("shows a note before any round opened", async () => {
    const f = await makeForum({ experts: 1 });
    // As before any round opened: no roster, and so no kept counts.
    const rounds = sql`(SELECT id FROM rounds WHERE forum_id = ${f.forum.id})`;
    await runBatch(db(), [
      sql`DELETE FROM round_members WHERE round_id IN ${rounds}`,
      sql`DELETE FROM round_tallies WHERE round_id IN ${rounds}`,
    ]);
    const table = await loadAttrition(db(), f.forum.id);
    expect(table.rounds).toEqual([]);
    expect(await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text()).toContain(
      "No round has opened yet.",
    );
  });
});
