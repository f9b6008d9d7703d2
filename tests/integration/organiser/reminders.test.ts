import { env } from "cloudflare:test";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../../src/db/batch.js";
import { dueSteps } from "../../../src/db/queries/reminders.js";
import { getRoundByNumber, listRoundQuestions } from "../../../src/db/queries/rounds.js";
import { forums, members, outbox, remindersSent, rounds } from "../../../src/db/schema.js";
import { runScheduled } from "../../../src/scheduled.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/** A forum whose round 1 closes at `closesAt`; expert 0 has answered every question, the others none. */
async function setup(closesAt: string, days: number[] = [3, 1]) {
  const f = await makeForum({ experts: 3 });
  await db().update(forums).set({ reminderDays: days }).where(eq(forums.id, f.forum.id));
  await db()
    .update(rounds)
    .set({ closesAt, openedAt: "2090-01-01T00:00:00.000Z" })
    .where(and(eq(rounds.forumId, f.forum.id), eq(rounds.number, 1)));
  const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
  const qs = await listRoundQuestions(db(), round.id);
  await runBatch(
    db(),
    qs.map(
      (q) => sql`INSERT INTO answers (round_id, question_id, member_id, value, status)
        VALUES (${round.id}, ${q.id}, ${f.experts[0]!.member.id}, '{}', 'submitted')`,
    ),
  );
  return { ...f, round };
}

const reminders = async (forumId: number) =>
  db()
    .select()
    .from(outbox)
    .where(and(eq(outbox.forumId, forumId), eq(outbox.kind, "reminder")))
    .orderBy(outbox.id);

describe("reminders", () => {
  it("computes due steps: only after the step's moment, only if the round was open then, most urgent first", () => {
    const close = "2099-01-10T00:00:00.000Z";
    const at = (iso: string) => new Date(iso).getTime();
    expect(dueSteps([3, 1], "2099-01-01T00:00:00Z", close, at("2099-01-06T23:59:59Z"))).toEqual([]);
    expect(dueSteps([3, 1], "2099-01-01T00:00:00Z", close, at("2099-01-07T00:00:00Z"))).toEqual([3]);
    expect(dueSteps([3, 1], "2099-01-01T00:00:00Z", close, at("2099-01-09T12:00:00Z"))).toEqual([1, 3]);
    // Opened two days before the close: the 3-day step never applies.
    expect(dueSteps([3, 1], "2099-01-08T00:00:00Z", close, at("2099-01-09T12:00:00Z"))).toEqual([1]);
    expect(dueSteps([3, 1], "2099-01-01T00:00:00Z", close, at("2099-01-10T00:00:00Z"))).toEqual([]);
  });

  it("takes steps in hours too: '2, 6h' is saved as [2, 0.25], shown back as typed, and a 6h step falls due 6 hours before the close", async () => {
    const f = await setup("2099-01-10T00:00:00.000Z");
    const path = `/forums/${f.forum.id}/settings`;
    const saved = await post(
      path,
      { senderName: "", consentText: "", reminderDays: "6h, 2", retentionDays: "" },
      f.organiser.cookie,
    );
    expect(saved.status).toBe(303);
    expect((await db().select().from(forums).where(eq(forums.id, f.forum.id)).get())!.reminderDays).toEqual([
      2, 0.25,
    ]);
    expect(await (await get(path, f.organiser.cookie)).text()).toContain('value="2, 6h"');
    for (const bad of ["0h", "99h", "61", "2.5", "3 days"]) {
      const res = await post(
        path,
        { senderName: "", consentText: "", reminderDays: bad, retentionDays: "" },
        f.organiser.cookie,
      );
      expect(res.status, bad).toBe(422);
      expect(await res.text()).toContain(`value="${bad}"`);
    }
    const close = "2099-01-10T00:00:00.000Z";
    const at = (iso: string) => new Date(iso).getTime();
    expect(dueSteps([2, 0.25], "2099-01-01T00:00:00Z", close, at("2099-01-09T17:59:59Z"))).toEqual([2]);
    expect(dueSteps([2, 0.25], "2099-01-01T00:00:00Z", close, at("2099-01-09T18:00:00Z"))).toEqual([0.25, 2]);
    // Through the scheduled handler: the 6-hour reminder is queued 6 hours before the close, once.
    await runScheduled(env, new Date("2099-01-08T00:00:00Z"));
    const afterDays = (await reminders(f.forum.id)).length;
    expect(afterDays).toBe(2);
    await runScheduled(env, new Date("2099-01-09T18:00:00Z"));
    await runScheduled(env, new Date("2099-01-09T19:00:00Z"));
    expect((await reminders(f.forum.id)).length).toBe(afterDays + 2);
  });

  it("an organiser reminds now: only experts with unanswered questions, once per 12-hour window, and says so", async () => {
    const f = await setup("2099-01-10T00:00:00.000Z");
    const path = `/forums/${f.forum.id}/rounds/1/remind`;
    expect((await post(path, { confirm: "1" }, f.experts[1]!.cookie)).status).toBe(403);
    // Confirmed first: the first POST sends nothing and says who would be reminded.
    const ask = await post(path, {}, f.organiser.cookie);
    expect(ask.status).toBe(200);
    const askHtml = await ask.text();
    expect(askHtml).toContain('id="confirm-remind"');
    expect(askHtml).toContain("2 experts who have not answered every question get a reminder e-mail");
    expect(askHtml).toContain("daily sending limit");
    expect(askHtml).toContain('name="confirm" value="1"');
    expect(await reminders(f.forum.id)).toHaveLength(0);
    const first = await post(path, { confirm: "1" }, f.organiser.cookie);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("Reminder sent to 2 experts who have not answered.");
    const sent = await reminders(f.forum.id);
    expect(sent.map((m) => m.toEmail).sort()).toEqual(
      [f.experts[1]!.user.email, f.experts[2]!.user.email].sort(),
    );
    expect(sent[0]!.textBody).toContain("/reminders/unsubscribe/");
    // A second click reaches nobody twice.
    // With nobody left to remind there is nothing to confirm: it says so at once.
    const again = await post(path, {}, f.organiser.cookie);
    const againHtml = await again.text();
    expect(againHtml).toContain("Nobody to remind");
    expect(againHtml).not.toContain('id="confirm-remind"');
    expect(await reminders(f.forum.id)).toHaveLength(2);
    // The overview offers it for the open round; a closed round has nothing to remind about.
    expect(await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text()).toContain(
      `action="${path}"`,
    );
    await db().update(rounds).set({ state: "closed" }).where(eq(rounds.id, f.round.id));
    expect((await post(path, { confirm: "1" }, f.organiser.cookie)).status).toBe(409);
  });

  it("reminds only experts who have not answered every question, once per step, with an unsubscribe link", async () => {
    const f = await setup("2099-01-10T00:00:00.000Z");
    await runScheduled(env, new Date("2099-01-06T00:00:00Z"));
    expect(await reminders(f.forum.id)).toHaveLength(0);

    await runScheduled(env, new Date("2099-01-07T00:00:00Z"));
    const first = await reminders(f.forum.id);
    expect(first.map((m) => m.toEmail).sort()).toEqual(
      [f.experts[1]!.user.email, f.experts[2]!.user.email].sort(),
    );
    expect(first[0]!.textBody).toContain("/reminders/unsubscribe/");
    expect(first[0]!.htmlBody).toContain("/reminders/unsubscribe/");
    expect(first[0]!.textBody).toContain("0 of 4");

    // Idempotent: the same step is never sent twice.
    await runScheduled(env, new Date("2099-01-07T00:00:00Z"));
    await runScheduled(env, new Date("2099-01-08T00:00:00Z"));
    expect(await reminders(f.forum.id)).toHaveLength(2);
    const sent = await db().select().from(remindersSent).where(eq(remindersSent.roundId, f.round.id));
    expect(sent.map((s) => s.step)).toEqual([3, 3]);

    // The 1-day step goes out too.
    await runScheduled(env, new Date("2099-01-09T00:00:00Z"));
    expect(await reminders(f.forum.id)).toHaveLength(4);
    // Nothing once the round is closed (the cron closes it at its time).
    await runScheduled(env, new Date("2099-01-10T00:00:00Z"));
    await runScheduled(env, new Date("2099-01-10T00:05:00Z"));
    expect(await reminders(f.forum.id)).toHaveLength(4);
  });

  it("a missed step is not sent late: after downtime only the most urgent one goes out", async () => {
    const f = await setup("2098-02-10T00:00:00.000Z");
    await runScheduled(env, new Date("2098-02-09T06:00:00Z"));
    const got = await reminders(f.forum.id);
    expect(got).toHaveLength(2);
    const steps = await db().select().from(remindersSent).where(eq(remindersSent.roundId, f.round.id));
    expect(steps.map((s) => s.step).sort()).toEqual([1, 1, 3, 3]);
    await runScheduled(env, new Date("2098-02-09T06:05:00Z"));
    expect(await reminders(f.forum.id)).toHaveLength(2);
  });

  it("unsubscribe: GET only shows the confirm form, POST stops reminders (audited)", async () => {
    const f = await setup("2097-03-10T00:00:00.000Z", [3, 2, 1]);
    await runScheduled(env, new Date("2097-03-07T00:00:00Z"));
    const mail = (await reminders(f.forum.id)).find((m) => m.toEmail === f.experts[1]!.user.email)!;
    const link = /\/reminders\/unsubscribe\/[A-Za-z0-9_-]{43}/.exec(mail.textBody)![0];
    const page = await get(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(f.forum.title);
    const m1 = await db().select().from(members).where(eq(members.id, f.experts[1]!.member.id)).get();
    expect(m1!.remindersOptOut).toBe(false);
    const res = await post(link, {});
    expect(res.status).toBe(200);
    const m2 = await db().select().from(members).where(eq(members.id, f.experts[1]!.member.id)).get();
    expect(m2!.remindersOptOut).toBe(true);
    await runScheduled(env, new Date("2097-03-08T00:00:00Z"));
    const after = (await reminders(f.forum.id)).map((m) => m.toEmail);
    expect(after.filter((e) => e === f.experts[1]!.user.email)).toHaveLength(1);
    expect(after.filter((e) => e === f.experts[2]!.user.email)).toHaveLength(2);
    expect((await get("/reminders/unsubscribe/not-a-key")).status).toBe(404);
  });

  it("organisers edit reminder days on the settings page; invalid days are refused with 422", async () => {
    const f = await makeForum({ experts: 1 });
    const bad = await post(
      `/forums/${f.forum.id}/settings`,
      { senderName: "", consentText: "", reminderDays: "3, x", retentionDays: "" },
      f.organiser.cookie,
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('value="3, x"');
    const ok = await post(
      `/forums/${f.forum.id}/settings`,
      {
        senderName: "Delphi Team",
        consentText: "Kept under pseudonym.",
        reminderDays: "1, 7",
        retentionDays: "365",
      },
      f.organiser.cookie,
    );
    expect(ok.status).toBe(303);
    const row = await db().select().from(forums).where(eq(forums.id, f.forum.id)).get();
    expect(row!.reminderDays).toEqual([7, 1]);
    expect(row!.senderName).toBe("Delphi Team");
    expect(row!.retentionDays).toBe(365);
    expect(
      (await post(`/forums/${f.forum.id}/settings`, { reminderDays: "1" }, f.experts[0]!.cookie)).status,
    ).toBe(403);
  });
});
