import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, auditLog, members, outbox, sessions, users } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

describe("data rights", () => {
  it("exports everything an expert submitted, revisions included, and nobody else's", async () => {
    const f = await makeForum({ experts: 3 });
    const e = f.experts[0]!;
    await post(f.path(f.questions.binary), { p: "30", rationale: "first", intent: "submit" }, e.cookie);
    await post(f.path(f.questions.binary), { p: "40", rationale: "second", intent: "submit" }, e.cookie);
    await post(
      f.path(f.questions.binary),
      { p: "90", rationale: "other", intent: "submit" },
      f.experts[1]!.cookie,
    );
    const res = await get("/me/export", e.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain("attachment");
    const data = (await res.json()) as {
      account: { email: string };
      memberships: { pseudonym: string }[];
      answers: { rationale: string; supersededAt: string | null; value: { p: number } }[];
    };
    expect(data.account.email).toBe(e.user.email);
    expect(data.memberships[0]!.pseudonym).toBe(e.member.pseudonym);
    expect(data.answers.map((a) => a.rationale)).toEqual(["first", "second"]);
    expect(data.answers[0]!.supersededAt).not.toBeNull();
    expect(data.answers[1]!.value.p).toBeCloseTo(0.4);
    expect(JSON.stringify(data)).not.toContain("other");
    expect(JSON.stringify(data)).not.toContain(f.experts[1]!.user.email);
    expect((await get("/me/export")).status).toBe(303);
  });

  it("erasure leaves no name or e-mail, ends sessions, keeps answers under the pseudonym", async () => {
    const f = await makeForum({ experts: 3 });
    const e = f.experts[0]!;
    await post(f.path(f.questions.binary), { p: "35", rationale: "my reason", intent: "submit" }, e.cookie);
    // An invitation-style outbox row and an audit detail carrying the address.
    await db().insert(outbox).values({
      forumId: f.forum.id,
      toEmail: e.user.email,
      kind: "invite",
      subject: "Hi",
      textBody: e.user.name,
      htmlBody: e.user.name,
    });
    await db()
      .insert(auditLog)
      .values({
        forumId: f.forum.id,
        actorUserId: f.organiser.user.id,
        action: "member.invite",
        targetType: "member",
        targetId: String(e.member.id),
        detail: { email: e.user.email, role: "expert" },
      });

    const confirm = await get("/me/erase", e.cookie);
    expect(confirm.status).toBe(200);
    const refused = await post("/me/erase", { confirm: "erase" }, e.cookie);
    expect(refused.status).toBe(422);
    const res = await post("/me/erase", { confirm: "ERASE" }, e.cookie);
    expect(res.status).toBe(200);

    const u = (await db().select().from(users).where(eq(users.id, e.user.id)).get())!;
    expect(u.name).toBe("Erased user");
    expect(u.email).toMatch(/^erased-\d+-[0-9a-f]{16}@erased\.invalid$/);
    expect(u.erasedAt).not.toBeNull();
    const live = await db().select().from(sessions).where(eq(sessions.userId, e.user.id));
    expect(live.every((s) => s.revokedAt !== null)).toBe(true);
    expect((await get(`/forums/${f.forum.id}/rounds/1`, e.cookie)).status).toBe(303);

    // No trace of the name or e-mail anywhere in the database.
    for (const table of ["users", "outbox", "audit_log", "members", "answers", "tokens"]) {
      const rows = await db().all<Record<string, unknown>>(sql.raw(`SELECT * FROM ${table}`));
      const dump = JSON.stringify(rows);
      expect(dump.includes(e.user.email), table).toBe(false);
      expect(dump.includes(e.user.name), table).toBe(false);
    }
    // Answers remain under the pseudonym.
    const kept = await db().select().from(answers).where(eq(answers.memberId, e.member.id));
    expect(kept.map((a) => a.rationale)).toContain("my reason");
    const m = (await db().select().from(members).where(eq(members.id, e.member.id)).get())!;
    expect(m.pseudonym).toBe(e.member.pseudonym);
    expect(m.status).toBe("removed");
    // The organiser's panel shows the tombstone.
    const panel = await (await get(`/forums/${f.forum.id}/panel`, f.organiser.cookie)).text();
    expect(panel).toContain("Erased user");
    // Audited.
    const erased = await db().select().from(auditLog).where(eq(auditLog.action, "member.erase"));
    expect(erased.some((a) => a.targetId === String(e.member.id))).toBe(true);
    // Signing in with the old address finds nobody.
    const signin = await post("/signin", { email: e.user.email });
    expect(signin.status).toBe(200);
    const mails = await db().select().from(outbox).where(eq(outbox.toEmail, e.user.email));
    expect(mails).toHaveLength(0);
  });

  it("time zone and language settings", async () => {
    const f = await makeForum({ experts: 1 });
    const res = await post("/me/settings", { timeZone: "Asia/Baku", locale: "ru" }, f.experts[0]!.cookie);
    expect(res.status).toBe(303);
    const u = (await db().select().from(users).where(eq(users.id, f.experts[0]!.user.id)).get())!;
    expect(u.timeZone).toBe("Asia/Baku");
    expect(u.locale).toBe("ru");
  });
});
