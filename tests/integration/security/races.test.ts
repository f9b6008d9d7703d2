import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { addMember, createUser, db, post, sessionCookie } from "../../helpers/app.js";
import { makeForum, type TestForum } from "../../helpers/forum.js";

/** The current submitted answers of round 1 for a question, with the answering member's pseudonym. */
async function storedAnswers(f: TestForum, questionId: number) {
  return db().all<{ pseudonym: string; rationale: string }>(sql`
    SELECT m.pseudonym AS pseudonym, a.rationale AS rationale FROM answers a
    JOIN members m ON m.id = a.member_id
    JOIN rounds r ON r.id = a.round_id
    WHERE r.forum_id = ${f.forum.id} AND r.number = 1 AND a.question_id = ${questionId}
      AND a.status = 'submitted' AND a.superseded_at IS NULL`);
}

async function snapshotOf(f: TestForum, questionId: number) {
  const rows = await db().all<{ stats: string }>(sql`
    SELECT s.stats AS stats FROM snapshots s JOIN rounds r ON r.id = s.round_id
    WHERE r.forum_id = ${f.forum.id} AND r.number = 1 AND s.question_id = ${questionId}`);
  return rows.map((r) => JSON.parse(r.stats) as QuestionSnapshot);
}

const REVISIONS = 6;

describe("races: answers arriving as a round closes", () => {
  // 12 experts each save REVISIONS answers one after another, all 12 at once, so saves are always in
  // flight; the close is sent when `at` saves have completed, and saves keep arriving after it.
  const positions = [0, 10, 30, 50, 72];
  for (const at of positions) {
    it(`every stored answer is in the snapshot or was refused with 409 (close sent after ${at} of 72 saves)`, async () => {
      const f = await makeForum({ experts: 12 });
      const q = f.questions.binary;
      const results: { kind: "save" | "close"; expert?: number; status: number }[] = [];
      let done = 0;
      let closing: Promise<void> | null = null;
      const close = () => {
        closing ??= post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie).then(
          (r) => {
            results.push({ kind: "close", status: r.status });
          },
        );
      };
      if (at === 0) close();
      await Promise.all(
        f.experts.map(async (e, i) => {
          for (let k = 0; k < REVISIONS; k++) {
            const r = await post(
              f.path(q),
              { p: String(5 + i * 7 + k), rationale: `expert ${i} revision ${k}`, intent: "submit" },
              e.cookie,
            );
            results.push({ kind: "save", expert: e.member.id, status: r.status });
            if (++done === at) close();
          }
        }),
      );
      if (at === 72) close();
      await closing;
      expect(results.find((r) => r.kind === "close")!.status).toBe(303);
      const saveStatuses = results.filter((r) => r.kind === "save").map((r) => r.status);
      // Stored (303, on to the next question) or refused because the round closed (409): nothing else.
      expect(saveStatuses.filter((s) => s !== 303 && s !== 409)).toEqual([]);
      const stored = await storedAnswers(f, q.id);
      const [snap, ...more] = await snapshotOf(f, q.id);
      expect(more).toHaveLength(0);
      expect(snap!.n).toBe(stored.length);
      // The snapshot holds exactly the stored current revisions (same expert, same reason): nothing was
      // stored after it, and nothing stored before it is missing.
      expect(snap!.responses.map((r) => `${r.pseudonym}:${r.rationale}`).sort()).toEqual(
        stored.map((s) => `${s.pseudonym}:${s.rationale}`).sort(),
      );
      // Each expert's current answer is their last save that got a 303; an expert refused throughout has none.
      for (const [i, e] of f.experts.entries()) {
        const mine = results.filter((r) => r.kind === "save" && r.expert === e.member.id);
        const saved = mine.filter((r) => r.status === 303).length;
        const current = stored.find((s) => s.pseudonym === e.member.pseudonym);
        expect(current?.rationale).toBe(saved > 0 ? `expert ${i} revision ${saved - 1}` : undefined);
        // Once refused, always refused: no save succeeded after one was turned away.
        const firstRefused = mine.findIndex((r) => r.status === 409);
        if (firstRefused >= 0) expect(mine.slice(firstRefused).every((r) => r.status === 409)).toBe(true);
      }
      console.log(
        `[races] close after ${at}/72 saves: ${saveStatuses.filter((s) => s === 303).length} saved, ` +
          `${saveStatuses.filter((s) => s === 409).length} refused with 409, snapshot n = ${snap!.n}`,
      );
    }, 60_000);
  }
});

describe("races: organisers closing at once", () => {
  it("two organisers closing together make one snapshot per question and one audit row", async () => {
    const f = await makeForum({ experts: 4 });
    const second = await createUser({ name: "Second organiser" });
    await addMember(f.forum.id, second.id, "organiser");
    const secondCookie = await sessionCookie(second.id);
    for (const e of f.experts.slice(0, 3))
      await post(f.path(f.questions.binary), { p: "30", rationale: "", intent: "submit" }, e.cookie);
    const [a, b] = await Promise.all([
      post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie),
      post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, secondCookie),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const snaps = await db().get<{ n: number }>(sql`
      SELECT count(*) AS n FROM snapshots s JOIN rounds r ON r.id = s.round_id
      WHERE r.forum_id = ${f.forum.id} AND r.number = 1`);
    expect(snaps!.n).toBe(4);
    const audits = await db().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM audit_log WHERE forum_id = ${f.forum.id} AND action = 'round.close'`,
    );
    expect(audits!.n).toBe(1);
    expect((await snapshotOf(f, f.questions.binary.id))[0]!.n).toBe(3);
  });

  it("ten closes at once (two organisers, five each) still make exactly one snapshot per question", async () => {
    const f = await makeForum({ experts: 3 });
    const second = await createUser({ name: "Second organiser" });
    await addMember(f.forum.id, second.id, "organiser");
    const cookies = [f.organiser.cookie, await sessionCookie(second.id)];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, cookies[i % 2]),
      ),
    );
    expect(results.filter((r) => r.status === 303)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    const snaps = await db().get<{ n: number }>(sql`
      SELECT count(*) AS n FROM snapshots s JOIN rounds r ON r.id = s.round_id
      WHERE r.forum_id = ${f.forum.id} AND r.number = 1`);
    expect(snaps!.n).toBe(4);
  });
});

describe("races: concurrent writes that a unique index decides (F10)", () => {
  it("ten round creations at once: each is created (303) or refused cleanly (409), never 500; numbers stay unique", async () => {
    const f = await makeForum({ experts: 2 });
    const second = await createUser({ name: "Another organiser" });
    await addMember(f.forum.id, second.id, "organiser");
    const cookies = [f.organiser.cookie, await sessionCookie(second.id)];
    const ids = [String(f.questions.binary.id)];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`/forums/${f.forum.id}/rounds`, { questionIds: ids, instructions: `try ${i}` }, cookies[i % 2]),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 303 || s === 409)).toBe(true);
    expect(statuses).toContain(303);
    const rows = await db().all<{ number: number; n: number }>(sql`
      SELECT number, (SELECT count(*) FROM round_questions rq WHERE rq.round_id = r.id) AS n
      FROM rounds r WHERE r.forum_id = ${f.forum.id} ORDER BY number`);
    // Round 1 plus one round per 303, each with its question, numbered without gaps or repeats.
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.length).toBe(1 + statuses.filter((s) => s === 303).length);
    expect(rows.slice(1).every((r) => r.n === 1)).toBe(true);
    // A refused creation reads as a conflict, not as a server error.
    const refused = results.find((r) => r.status === 409);
    if (refused) expect(await refused.text()).toContain("This changed in the meantime");
  });
});
