import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from "cloudflare:test";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createRound } from "../../../src/db/queries/round-control.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { auditLog, outbox, roundMembers, rounds, snapshots, users } from "../../../src/db/schema.js";
import worker from "../../../src/index.js";
import { runScheduled } from "../../../src/scheduled.js";
import { localToUtc } from "../../../src/validation/schedule.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/** Row counts of everything the cron writes, to prove a second run changes nothing. */
async function counts() {
  const r = await db().get<Record<string, number>>(sql`SELECT
    (SELECT count(*) FROM rounds WHERE state = 'open') AS open,
    (SELECT count(*) FROM rounds WHERE state = 'closed') AS closed,
    (SELECT count(*) FROM outbox) AS outbox,
    (SELECT count(*) FROM audit_log) AS audit,
    (SELECT count(*) FROM snapshots) AS snapshots,
    (SELECT count(*) FROM round_members) AS roundMembers,
    (SELECT count(*) FROM reminders_sent) AS reminders`);
  return r;
}

async function setTimeZone(cookie: string, timeZone: string) {
  const res = await post("/me/settings", { timeZone, locale: "en" }, cookie);
  expect(res.status).toBe(303);
}

describe("time zones", () => {
  it("converts wall-clock times at DST changes (compatible disambiguation)", () => {
    // Berlin springs forward 2026-03-29 02:00 → 03:00: 02:30 does not exist and moves forward.
    expect(localToUtc("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    // Berlin falls back 2026-10-25 03:00 → 02:00: 02:30 happens twice; the earlier (CEST) wins.
    expect(localToUtc("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
    expect(localToUtc("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    expect(localToUtc("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    expect(localToUtc("2026-07-01T12:00", "UTC")).toBe("2026-07-01T12:00:00.000Z");
    expect(localToUtc("2026-02-30T12:00", "UTC")).toBeNull();
    expect(localToUtc("tomorrow", "UTC")).toBeNull();
  });

  it("refuses a time zone Intl does not know, and keeps the form values (422)", async () => {
    const f = await makeForum({ experts: 1 });
    const res = await post("/me/settings", { timeZone: "Mars/Olympus", locale: "" }, f.organiser.cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="Mars/Olympus"');
    expect(html).toContain("Choose a time zone from the list.");
  });

  it("stores a Berlin 02:30 close on the spring-forward night in UTC and shows it in both zones", async () => {
    const f = await makeForum({ experts: 3 });
    await setTimeZone(f.organiser.cookie, "Europe/Berlin");
    const res = await post(
      `/forums/${f.forum.id}/rounds/1/schedule`,
      { closesAt: "2099-03-29T02:30" },
      f.organiser.cookie,
    );
    expect(res.status).toBe(303);
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    // 2099-03-29 is the last Sunday of March 2099: the DST change night in the EU.
    expect(round.closesAt).toBe("2099-03-29T01:30:00.000Z");
    const page = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(page).toContain("Mar 29, 2099, 3:30");
    expect(page).toContain("Mar 29, 2099, 1:30");
    expect(page).toContain("UTC");
    // The audit row of the schedule change.
    const a = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "round.schedule")))
      .get();
    expect(a?.actorUserId).toBe(f.organiser.user.id);
  });

  it("a New York organiser's round created with a schedule closes at the right UTC instant", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    await setTimeZone(f.organiser.cookie, "America/New_York");
    const res = await post(
      `/forums/${f.forum.id}/rounds`,
      {
        questionIds: [String(f.questions.binary.id)],
        instructions: "",
        opensAt: "2099-03-08T01:00",
        closesAt: "2099-03-08T02:30",
      },
      f.organiser.cookie,
    );
    expect(res.status).toBe(303);
    const r2 = (await getRoundByNumber(db(), f.forum.id, 2))!;
    expect(r2.opensAt).toBe("2099-03-08T06:00:00.000Z");
    // 2099-03-08 is the second Sunday of March 2099: 02:30 does not exist in New York.
    expect(r2.closesAt).toBe("2099-03-08T07:30:00.000Z");
    await runScheduled(env, new Date("2099-03-08T05:59:00Z"));
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("draft");
    await runScheduled(env, new Date("2099-03-08T06:00:00Z"));
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("open");
    await runScheduled(env, new Date("2099-03-08T07:29:59Z"));
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("open");
    await runScheduled(env, new Date("2099-03-08T07:30:00Z"));
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("closed");
  });

  it("refuses a closing time before the opening time, and a schedule on a closed round", async () => {
    const f = await makeForum({ experts: 1 });
    const bad = await post(
      `/forums/${f.forum.id}/rounds/1/schedule`,
      { closesAt: "2001-01-01T00:00" },
      f.organiser.cookie,
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("must be in the future");
    await f.close(1);
    const closed = await post(
      `/forums/${f.forum.id}/rounds/1/schedule`,
      { closesAt: "2099-01-01T00:00" },
      f.organiser.cookie,
    );
    expect(closed.status).toBe(409);
    const expert = await post(
      `/forums/${f.forum.id}/rounds/1/schedule`,
      { closesAt: "2099-01-01T00:00" },
      f.experts[0]!.cookie,
    );
    expect(expert.status).toBe(403);
  });
});

describe("the Cron Trigger", () => {
  it("opens a due draft round through the scheduled handler: eligibility, round-open mail, audit by the schedule", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    await createRound(
      db(),
      f.forum.id,
      {
        questionIds: [f.questions.binary.id],
        instructions: "",
        opensAt: "2098-01-01T09:00:00.000Z",
        closesAt: "2098-01-08T09:00:00.000Z",
      },
      f.organiser.user,
    );
    const controller = createScheduledController({
      scheduledTime: new Date("2098-01-01T09:02:00Z"),
      cron: "*/5 * * * *",
    });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    const r2 = (await getRoundByNumber(db(), f.forum.id, 2))!;
    expect(r2.state).toBe("open");
    expect(r2.openedAt).toBe("2098-01-01T09:02:00.000Z");
    const eligible = await db().select().from(roundMembers).where(eq(roundMembers.roundId, r2.id));
    expect(eligible.map((e) => e.memberId).sort()).toEqual(f.experts.map((e) => e.member.id).sort());
    const mails = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.forumId, f.forum.id), eq(outbox.kind, "round-open")));
    expect(mails.map((m) => m.toEmail).sort()).toEqual(f.experts.map((e) => e.user.email).sort());
    expect(mails[0]!.textBody).toContain(`/forums/${f.forum.id}/rounds/2`);
    expect(mails[0]!.textBody).toContain("UTC");
    // Experts in UTC read the closing time once, not "(UTC), that is … UTC".
    expect(mails[0]!.textBody).toMatch(/The round closes on Jan 8, 2098, 9:00\sAM UTC\./);
    expect(mails[0]!.textBody).not.toContain("(UTC)");
    const audit = await db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "round.open"), eq(auditLog.targetId, "2")),
      )
      .get();
    expect(audit?.actorUserId).toBeNull();
    // The audit page names the schedule as the actor.
    const page = await (await get(`/forums/${f.forum.id}/audit`, f.organiser.cookie)).text();
    expect(page).toContain("schedule");
  });

  it("closes a due round with the same snapshot as a manual close, and a second run changes nothing", async () => {
    // Two identical forums and answers: one closed by hand, one by the schedule.
    const make = async () => {
      const f = await makeForum({ experts: 4 });
      for (const [i, e] of f.experts.entries()) {
        const res = await post(
          f.path(f.questions.binary),
          { p: String(20 + i * 10), rationale: "", intent: "submit" },
          e.cookie,
        );
        expect(res.status).toBeLessThan(400);
      }
      return f;
    };
    const byHand = await make();
    const bySchedule = await make();
    await post(`/forums/${byHand.forum.id}/rounds/1/close`, { confirm: "1" }, byHand.organiser.cookie);
    await db()
      .update(rounds)
      .set({ closesAt: "2097-06-01T12:00:00.000Z" })
      .where(and(eq(rounds.forumId, bySchedule.forum.id), eq(rounds.number, 1)));
    const report = await runScheduled(env, new Date("2097-06-01T12:00:00Z"));
    expect(report.closed).toContain(`${bySchedule.forum.id}/1`);
    const snap = async (forumId: number, questionId: number) => {
      const r = (await getRoundByNumber(db(), forumId, 1))!;
      const s = await db()
        .select()
        .from(snapshots)
        .where(and(eq(snapshots.roundId, r.id), eq(snapshots.questionId, questionId)))
        .get();
      return s!.stats as Record<string, unknown>;
    };
    const a = await snap(byHand.forum.id, byHand.questions.binary.id);
    const b = await snap(bySchedule.forum.id, bySchedule.questions.binary.id);
    // Pseudonyms, institution names and the order of responses differ between the two forums.
    const strip = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(strip).sort((p, q) => JSON.stringify(p).localeCompare(JSON.stringify(q)))
        : x && typeof x === "object"
          ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, strip(v)]))
          : typeof x === "string"
            ? x.replace(/^[A-Z2-9]{5}$/, "P").replace(/^Institute-.*$/, "I")
            : x;
    expect(strip(b)).toEqual(strip(a));
    expect(b.eligible ?? (b as { n?: unknown }).n).toBeDefined();
    const closeAudit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, bySchedule.forum.id), eq(auditLog.action, "round.close")))
      .all();
    expect(closeAudit).toHaveLength(1);
    expect(closeAudit[0]!.actorUserId).toBeNull();

    const before = await counts();
    await runScheduled(env, new Date("2097-06-01T12:00:00Z"));
    await runScheduled(env, new Date("2097-06-01T12:05:00Z"));
    expect(await counts()).toEqual(before);
  });

  it("opens and closes idempotently: the second run at the same time changes no row", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    await createRound(
      db(),
      f.forum.id,
      {
        questionIds: [f.questions.rating.id],
        instructions: "",
        opensAt: "2096-05-01T00:00:00.000Z",
        closesAt: "2096-05-10T00:00:00.000Z",
      },
      f.organiser.user,
    );
    await runScheduled(env, new Date("2096-05-01T00:00:00Z"));
    const once = await counts();
    await runScheduled(env, new Date("2096-05-01T00:00:00Z"));
    expect(await counts()).toEqual(once);
    await runScheduled(env, new Date("2096-05-10T00:00:00Z"));
    const closed = await counts();
    expect(closed!.closed).toBeGreaterThan(once!.closed!);
    await runScheduled(env, new Date("2096-05-10T00:00:00Z"));
    expect(await counts()).toEqual(closed);
  });

  it("does not open a round while another round of the forum is open", async () => {
    const f = await makeForum({ experts: 3 });
    await createRound(
      db(),
      f.forum.id,
      { questionIds: [f.questions.rating.id], instructions: "", opensAt: "2095-01-01T00:00:00.000Z" },
      f.organiser.user,
    );
    await runScheduled(env, new Date("2095-01-01T00:05:00Z"));
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("draft");
    expect((await getRoundByNumber(db(), f.forum.id, 1))!.state).toBe("open");
  });

  it("shows schedule times in the expert's own time zone with UTC beside", async () => {
    const f = await makeForum({ experts: 3 });
    await db().update(users).set({ timeZone: "America/New_York" }).where(eq(users.id, f.experts[0]!.user.id));
    await db()
      .update(rounds)
      .set({ closesAt: "2099-11-01T05:30:00.000Z" })
      .where(and(eq(rounds.forumId, f.forum.id), eq(rounds.number, 1)));
    const page = await (await get(`/forums/${f.forum.id}/rounds/1`, f.experts[0]!.cookie)).text();
    // 05:30 UTC on the night New York falls back is 01:30 EDT (the first 01:30).
    expect(page).toContain("Nov 1, 2099, 1:30");
    expect(page).toContain("5:30");
  });
});
