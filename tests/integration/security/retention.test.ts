import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from "cloudflare:test";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { answers, auditLog, forums, members, users } from "../../../src/db/schema.js";
import worker from "../../../src/index.js";
import { runScheduled } from "../../../src/scheduled.js";
import { addMember, db } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const DAY = 86_400_000;

async function runCron(at: Date) {
  const controller = createScheduledController({ scheduledTime: at.getTime(), cron: "*/5 * * * *" });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

const user = (id: number) => db().select().from(users).where(eq(users.id, id)).get();

describe("retention", () => {
  it("erases experts of a forum closed past its retention, keeps answers under pseudonyms, once", async () => {
    const now = new Date("2099-06-01T12:00:00Z");
    const expired = await makeForum({ experts: 3 });
    const recent = await makeForum({ experts: 1 });
    const other = await makeForum({ experts: 1 }); // stays open
    const [alone, busy, alsoClosed] = expired.experts as [
      (typeof expired.experts)[0],
      (typeof expired.experts)[0],
      (typeof expired.experts)[0],
    ];
    await addMember(other.forum.id, busy.user.id, "expert"); // busy is in another open forum
    await addMember(recent.forum.id, alsoClosed.user.id, "expert"); // only in closed forums
    const r1 = (await getRoundByNumber(db(), expired.forum.id, 1))!;
    await saveAnswer(db(), {
      roundId: r1.id,
      questionId: expired.questions.binary.id,
      memberId: alone.member.id,
      value: { kind: "binary", p: 0.7 },
      rationale: "kept",
      status: "submitted",
      questionVersion: 1,
    });
    await expired.close();
    await db()
      .update(forums)
      .set({ closedAt: new Date(now.getTime() - 31 * DAY).toISOString(), retentionDays: 30 })
      .where(eq(forums.id, expired.forum.id));
    await db()
      .update(forums)
      .set({ closedAt: new Date(now.getTime() - 10 * DAY).toISOString(), retentionDays: 30 })
      .where(eq(forums.id, recent.forum.id));
    const before = { alone: await user(alone.user.id), organiser: await user(expired.organiser.user.id) };

    await runCron(now);

    const erasedAlone = (await user(alone.user.id))!;
    expect(erasedAlone.erasedAt).not.toBeNull();
    expect(erasedAlone.email).not.toBe(before.alone!.email);
    expect(erasedAlone.name).toBe("Erased user");
    expect((await user(alsoClosed.user.id))!.erasedAt).not.toBeNull();
    expect((await user(busy.user.id))!.erasedAt).toBeNull();
    expect((await user(expired.organiser.user.id))!.erasedAt).toBeNull(); // organisers are not experts
    expect((await user(recent.experts[0]!.user.id))!.erasedAt).toBeNull(); // retention not yet due
    // The answer stays, under the pseudonym.
    const kept = await db()
      .select({ rationale: answers.rationale, pseudonym: members.pseudonym })
      .from(answers)
      .innerJoin(members, eq(members.id, answers.memberId))
      .where(and(eq(answers.memberId, alone.member.id), eq(answers.roundId, r1.id)))
      .get();
    expect(kept).toEqual({ rationale: "kept", pseudonym: alone.member.pseudonym });
    const audit = async () =>
      db()
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.forumId, expired.forum.id),
            inArray(auditLog.action, ["member.erase", "forum.retention"]),
          ),
        );
    const first = await audit();
    expect(first.filter((a) => a.action === "forum.retention").map((a) => a.detail)).toEqual([{ erased: 2 }]);
    const erases = first.filter((a) => a.action === "member.erase");
    expect(erases.map((a) => a.targetId).sort()).toEqual(
      [String(alone.member.id), String(alsoClosed.member.id)].sort(),
    );
    expect(
      erases.every((a) => a.actorUserId === null && (a.detail as { reason: string }).reason === "retention"),
    ).toBe(true);

    // Idempotent: a second run (through the scheduled handler, and directly) erases and audits nothing.
    await runCron(new Date(now.getTime() + 5 * 60_000));
    const report = await runScheduled(env, new Date(now.getTime() + 10 * 60_000));
    expect(report.erased).toBe(0);
    expect((await audit()).length).toBe(first.length);
    expect((await user(alone.user.id))!.email).toBe(erasedAlone.email);
  });
});
