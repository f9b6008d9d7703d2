// E-mail through Cloudflare Email Service. Messages go through the `send_email` binding's
// structured send() — here miniflare's own simulation of that binding (vitest.config.ts), wrapped only to
// record what it was given — and the tests assert on what the binding received.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, members, outbox, users } from "../../../src/db/schema.js";
import { createI18n } from "../../../src/i18n/index.js";
import { app } from "../../../src/index.js";
import { backoffMs, deliverOutbox, MAX_ATTEMPTS } from "../../../src/mail/deliver.js";
import { queueMessage } from "../../../src/mail/outbox.js";
import { runScheduled } from "../../../src/scheduled.js";
import { createUser, db, ORIGIN, unique } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { seedForum } from "../../helpers/organiser.js";

type Sent = Parameters<SendEmail["send"]>[0] & {
  from: { name: string; email: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  headers?: Record<string, string>;
};

/** The binding, recording each message it accepted (`sent`) and each call it refused (`refused`). */
function recorder(binding: SendEmail) {
  const sent: Sent[] = [];
  const refused: { to: string; error: string }[] = [];
  const rec = {
    async send(m: Sent) {
      try {
        const result = await binding.send(m);
        sent.push(m);
        return result;
      } catch (err) {
        refused.push({ to: m.to, error: String((err as Error).message) });
        throw err;
      }
    },
  } as unknown as SendEmail;
  return { binding: rec, sent, refused };
}

const FROM = "forum@mail.example.org";

function sendingEnv(binding: SendEmail, extra: Record<string, string> = {}) {
  return { ...env, MAIL_MODE: "send", MAIL_FROM: FROM, SEND_EMAIL: binding, ...extra };
}

/** A request through the whole app with this env and a real ExecutionContext, waiting for its waitUntil work. */
async function call(
  e: ReturnType<typeof sendingEnv>,
  path: string,
  fields: Record<string, string> | null,
  cookie?: string,
) {
  const ctx = createExecutionContext();
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  let init: RequestInit = { method: "GET", headers };
  if (fields) {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    headers.set("Origin", ORIGIN);
    init = { method: "POST", headers, body: new URLSearchParams(fields) };
  }
  const res = await app.request(`${ORIGIN}${path}`, init, e, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  return { status: res.status, body };
}

const invite = (email: string, name = "Invited Person") => ({
  name,
  email,
  role: "expert",
  institutionName: unique("Institute"),
  institutionCountry: "Country X",
});

const rowsTo = (email: string) =>
  db().select().from(outbox).where(eq(outbox.toEmail, email)).orderBy(outbox.id);

describe("delivery through the Email Service binding", () => {
  it("an invitation to an external address goes out through the structured send right after the response", async () => {
    const s = await seedForum();
    await db().update(forums).set({ senderName: "Delphi Team" }).where(eq(forums.id, s.forumId));
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    const email = `${unique("expert")}@unverified-institute.example`;
    const res = await call(sendingEnv(binding), `${s.base}/panel/invite`, invite(email), s.organiser.cookie);
    expect(res.status).toBe(303);
    const mine = sent.filter((m) => m.to === email);
    expect(mine).toHaveLength(1);
    const m = mine[0]!;
    expect(m.from).toEqual({ name: "Delphi Team", email: FROM });
    expect(m.replyTo).toBe(s.organiser.user.email);
    expect(m.subject).toContain("Invitation");
    // Both parts, the link in each, and nothing that tracks the reader.
    expect(m.text).toMatch(/\/auth\/[A-Za-z0-9_-]{43}/);
    expect(m.html).toMatch(/href="http:\/\/localhost\/auth\/[A-Za-z0-9_-]{43}"/);
    expect(m.html).not.toMatch(/<img|utm_|open\.gif|pixel/i);
    expect(m.headers?.["List-Unsubscribe"]).toBeUndefined();
    const [row] = await rowsTo(email);
    expect(row!.sentAt).not.toBeNull();
    expect(row!.attempts).toBe(1);
    expect(row!.providerMessageId).toMatch(/^<.+@mail\.example\.org>$/);
  });

  it("a sign-in link reaches the binding from its own request (no cron run) and /outbox lists it as sent, link hidden", async () => {
    const s = await seedForum();
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    const e = sendingEnv(binding);
    const res = await call(e, "/signin", { email: s.expert.user.email });
    expect(res.status).toBe(200);
    const mine = sent.filter((m) => m.to === s.expert.user.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe("Your sign-in link");
    expect(mine[0]!.text).toMatch(/\/auth\/[A-Za-z0-9_-]{43}/);
    const log = await call(e, `/outbox?forum=${s.forumId}&kind=signin`, null, s.organiser.cookie);
    expect(log.status).toBe(200);
    expect(log.body).toContain(s.expert.user.email);
    expect(log.body).toMatch(/data-state="sent"/);
    expect(log.body).toContain("[link hidden: it signs its recipient in]");
    expect(log.body).not.toMatch(/\/auth\/[A-Za-z0-9_-]{20,}/);
  });

  it("under strict anonymity the delivery log lists no member's sign-in (its time would pair them with a pseudonym)", async () => {
    const s = await seedForum({ anonymity: "strict" });
    const { binding } = recorder(env.SEND_EMAIL!);
    const e = sendingEnv(binding);
    await call(e, "/signin", { email: s.expert.user.email });
    const log = await call(e, `/outbox?forum=${s.forumId}`, null, s.organiser.cookie);
    expect(log.status).toBe(200);
    expect(log.body).not.toContain(s.expert.user.email);
  });

  it("a refused send is retried by the cron with back-off, ends failed after the maximum, and the Panel offers to send again", async () => {
    const s = await seedForum();
    // The simulation of an account that may only reach its verified address refuses everyone else.
    const { binding, sent, refused } = recorder(env.SEND_EMAIL_VERIFIED_ONLY);
    const e = sendingEnv(binding);
    const email = `${unique("far")}@other-university.example`;
    expect(
      (await call(e, `${s.base}/panel/invite`, invite(email, "Far Away"), s.organiser.cookie)).status,
    ).toBe(303);
    let [row] = await rowsTo(email);
    expect(row!.attempts).toBe(1);
    expect(row!.sentAt).toBeNull();
    expect(row!.lastError).toContain("not allowed");
    let lastTry = new Date(row!.nextAttemptAt!).getTime() - backoffMs(1);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      const due = new Date(row!.nextAttemptAt!).getTime();
      expect(due - lastTry).toBe(backoffMs(attempt - 1));
      // Before the back-off ends the cron leaves it alone.
      await runScheduled(e, new Date(due - 1000));
      expect((await rowsTo(email))[0]!.attempts).toBe(attempt - 1);
      await runScheduled(e, new Date(due));
      [row] = await rowsTo(email);
      expect(row!.attempts).toBe(attempt);
      lastTry = due;
    }
    expect(row!.nextAttemptAt).toBeNull();
    expect(row!.sentAt).toBeNull();
    expect(refused.filter((r) => r.to === email)).toHaveLength(MAX_ATTEMPTS);
    expect(sent.filter((m) => m.to === email)).toHaveLength(0);
    // A later run does not try it again.
    await runScheduled(e, new Date(Date.now() + 30 * 86400_000));
    expect((await rowsTo(email))[0]!.attempts).toBe(MAX_ATTEMPTS);

    const member = await db()
      .select({ id: members.id })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(and(eq(members.forumId, s.forumId), eq(users.email, email)))
      .get();
    const panel = await call(e, `${s.base}/panel`, null, s.organiser.cookie);
    const rowHtml = panel.body.slice(panel.body.indexOf(`id="member-${member!.id}"`)).split("</tr>")[0]!;
    expect(rowHtml).toContain("Invitation not delivered");
    expect(rowHtml).toContain("not allowed");
    expect(rowHtml).toContain(`action="${s.base}/panel/${member!.id}/resend"`);
    expect(rowHtml).toContain("Send again");
    const log = await call(e, `/outbox?kind=invite`, null, s.organiser.cookie);
    const entry = log.body.slice(log.body.indexOf(`data-state="failed"`));
    expect(entry).toContain(`retried ${MAX_ATTEMPTS - 1} times`);
    expect(entry).toContain("not allowed");
  });

  it("a rejection the provider calls final (a suppressed recipient) fails at once, without retries", async () => {
    const s = await seedForum();
    const suppressed = {
      async send() {
        throw Object.assign(new Error("recipient is on the suppression list"), {
          code: "E_RECIPIENT_SUPPRESSED",
        });
      },
    } as unknown as SendEmail;
    const email = `${unique("bounced")}@example.net`;
    await call(sendingEnv(suppressed), `${s.base}/panel/invite`, invite(email), s.organiser.cookie);
    const [row] = await rowsTo(email);
    expect(row!.attempts).toBe(1);
    expect(row!.nextAttemptAt).toBeNull();
    expect(row!.lastError).toBe("E_RECIPIENT_SUPPRESSED: recipient is on the suppression list");
  });

  it("with MAIL_MODE = outbox nothing reaches the binding and the row stays queued", async () => {
    const s = await seedForum();
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    const email = `${unique("kept")}@example.org`;
    await call(
      sendingEnv(binding, { MAIL_MODE: "outbox" }),
      `${s.base}/panel/invite`,
      invite(email),
      s.organiser.cookie,
    );
    expect(sent.filter((m) => m.to === email)).toHaveLength(0);
    const [row] = await rowsTo(email);
    expect(row!.attempts).toBe(0);
    expect(row!.sentAt).toBeNull();
  });
});

describe("messages in the recipient's language", () => {
  it("an invitation is in the invitee's own language, else in the forum's, never in the organiser's", async () => {
    const s = await seedForum();
    await db().update(forums).set({ defaultLocale: "tr" }).where(eq(forums.id, s.forumId));
    const forum = (await db().select().from(forums).where(eq(forums.id, s.forumId)).get())!;
    const russian = await createUser({ name: "Ivan Petrov" });
    await db().update(users).set({ locale: "ru" }).where(eq(users.id, russian.id));
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    const e = sendingEnv(binding);
    await call(e, `${s.base}/panel/invite`, invite(russian.email, "Ivan Petrov"), s.organiser.cookie);
    const stranger = `${unique("new")}@example.org`;
    await call(e, `${s.base}/panel/invite`, invite(stranger), s.organiser.cookie);
    const subject = (locale: "ru" | "tr") =>
      createI18n(locale).t("mail.invite.subject", { forum: forum.title });
    expect(sent.find((m) => m.to === russian.email)!.subject).toBe(subject("ru"));
    expect(sent.find((m) => m.to === stranger)!.subject).toBe(subject("tr"));
  });

  it("a round opened by hand tells each expert in their language", async () => {
    const f = await makeForum({ experts: 2 });
    await db().update(users).set({ locale: "fa" }).where(eq(users.id, f.experts[0]!.user.id));
    await db().update(forums).set({ defaultLocale: "az" }).where(eq(forums.id, f.forum.id));
    await f.close(1);
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    const e = sendingEnv(binding);
    const created = await call(
      e,
      `/forums/${f.forum.id}/rounds`,
      { questionIds: String(f.questions.binary.id), instructions: "" },
      f.organiser.cookie,
    );
    expect(created.status, created.body.slice(0, 300)).toBe(303);
    const opened = await call(e, `/forums/${f.forum.id}/rounds/2/open`, { confirm: "1" }, f.organiser.cookie);
    expect(opened.status, opened.body.slice(-2000)).toBe(303);
    const subject = (locale: "fa" | "az") =>
      createI18n(locale).t("org.mail.roundOpen.subject", { forum: f.forum.title, number: 2 });
    expect(sent.find((m) => m.to === f.experts[0]!.user.email)!.subject).toBe(subject("fa"));
    expect(sent.find((m) => m.to === f.experts[1]!.user.email)!.subject).toBe(subject("az"));
  });
});

describe("reminders: one-click unsubscribe and the sending budget", () => {
  /** An open round closing in a day whose experts have answered nothing, with reminders at 2 days. */
  async function openRoundClosingSoon(experts: number) {
    const f = await makeForum({ experts });
    await db()
      .update(forums)
      .set({ reminderDays: [2] })
      .where(eq(forums.id, f.forum.id));
    const closesAt = new Date(Date.now() + 86400_000).toISOString();
    await db().run(
      sql`UPDATE rounds SET closes_at = ${closesAt}, opened_at = ${new Date(Date.now() - 5 * 86400_000).toISOString()}
        WHERE forum_id = ${f.forum.id} AND number = 1`,
    );
    return f;
  }

  it("reminders carry List-Unsubscribe and List-Unsubscribe-Post, and the provider's one-click POST unsubscribes", async () => {
    const f = await openRoundClosingSoon(1);
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    const e = sendingEnv(binding);
    const report = await runScheduled(e, new Date());
    expect(report.reminders).toBeGreaterThanOrEqual(1);
    const expert = f.experts[0]!;
    const m = sent.find((x) => x.to === expert.user.email && x.subject.startsWith("Reminder"))!;
    expect(m).toBeDefined();
    expect(m.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = /^<(http:\/\/localhost\/reminders\/unsubscribe\/[A-Za-z0-9_-]{43})>$/.exec(
      m.headers!["List-Unsubscribe"]!,
    )?.[1];
    expect(url).toBeDefined();
    expect(m.text).toContain(url!);
    // What a mailbox provider sends (RFC 8058): a POST from its own servers, no Origin, no cookies.
    const res = await app.request(
      url!,
      {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      },
      e,
    );
    expect(res.status).toBe(200);
    const after = await db().select().from(members).where(eq(members.id, expert.member.id)).get();
    expect(after!.remindersOptOut).toBe(true);
    // Other routes still refuse a cross-site form post.
    const forged = await app.request(
      `${ORIGIN}/forums/${f.forum.id}/rounds/1/remind`,
      { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "" },
      e,
    );
    expect(forged.status).toBe(403);
  });

  it("a manual reminder stops at the forum's daily cap and says so; the schedule's stop is shown in the delivery log", async () => {
    const f = await openRoundClosingSoon(4);
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    // The round-open messages of makeForum are queued already; count them in the cap.
    const before = (await db()
      .select({ n: sql<number>`count(*)` })
      .from(outbox)
      .where(eq(outbox.forumId, f.forum.id))
      .get())!.n;
    const e = sendingEnv(binding, { MAIL_FORUM_DAILY_CAP: String(Number(before) + 3) });
    const page = await call(e, `/forums/${f.forum.id}/rounds/1/remind`, { confirm: "1" }, f.organiser.cookie);
    expect(page.status).toBe(200);
    expect(page.body).toContain("1 expert was not reminded: the daily sending limit of");
    const queued = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.forumId, f.forum.id), eq(outbox.kind, "reminder")));
    expect(queued).toHaveLength(3);
    // The first batch left right after the response.
    expect(sent.filter((m) => m.subject.startsWith("Reminder"))).toHaveLength(3);
    // The schedule's own step meets the same cap: nothing more is queued, and the stop is in the log.
    await runScheduled(e, new Date());
    const after = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.forumId, f.forum.id), eq(outbox.kind, "reminder")));
    expect(after).toHaveLength(3);
    const log = await call(e, `/outbox?forum=${f.forum.id}`, null, f.organiser.cookie);
    expect(log.body).toMatch(
      /Reminder \(.+\) stopped at the daily sending limit of \d+ messages; 1 held back/,
    );
  });
});

describe("the cron sends queued bulk mail in batches", () => {
  it("one run sends at most MAIL_BATCH messages; the next run sends the rest", async () => {
    const f = await makeForum({ experts: 1 });
    const { binding, sent } = recorder(env.SEND_EMAIL!);
    const e = sendingEnv(binding, { MAIL_BATCH: "3" });
    // Whatever else of this file is due goes first.
    while ((await deliverOutbox({ ...e, MAIL_BATCH: "50" }, db())).sent > 0);
    const to = Array.from({ length: 5 }, () => `${unique("bulk")}@example.org`);
    for (const addr of to)
      await queueMessage(
        db(),
        { forumId: f.forum.id, to: addr, kind: "round-open", subject: "s", text: "t", html: "<p>h</p>" },
        "cron",
      );
    expect(await deliverOutbox(e, db())).toEqual({ sent: 3, failed: 0 });
    expect(await deliverOutbox(e, db())).toEqual({ sent: 2, failed: 0 });
    expect(sent.map((m) => m.to)).toEqual(to);
  });
});
