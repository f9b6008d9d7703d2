import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, outbox } from "../../src/db/schema.js";
import { backoffMs, deliverOutbox, MAX_ATTEMPTS } from "../../src/mail/deliver.js";
import { buildMime, encodeHeaderText } from "../../src/mail/mime.js";
import { runScheduled } from "../../src/scheduled.js";
import { db, unique } from "../helpers/app.js";

type Sent = { from: string; to: string; raw: string };

/** A fake send_email binding: records messages, or fails while `failing` is set. */
function fakeBinding(opts: { failing?: boolean } = {}) {
  const sent: Sent[] = [];
  const binding = {
    failing: opts.failing ?? false,
    async send(m: Sent) {
      if (binding.failing) throw new Error("destination address not verified");
      sent.push(m);
      return { messageId: "x" };
    },
  };
  return { binding, sent };
}
const makeMessage = (from: string, to: string, raw: string) => ({ from, to, raw }) as unknown as EmailMessage;

async function queue(forumTitle: string, senderName: string) {
  const forum = await db().insert(forums).values({ title: forumTitle, senderName }).returning().get();
  const row = await db()
    .insert(outbox)
    .values({
      forumId: forum.id,
      toEmail: `${unique("to")}@example.org`,
      kind: "round-open",
      subject: "Раунд 2 открыт — Scenario Forum",
      textBody: "Hello,\n\nplain text part\n",
      htmlBody: "<p>html part</p>",
    })
    .returning()
    .get();
  return row;
}

const sendEnv = (binding: unknown) => ({
  ...env,
  MAIL_MODE: "send",
  MAIL_FROM: "forum@example.org",
  SEND_EMAIL: binding as SendEmail,
});

describe("mail", () => {
  it("builds a multipart/alternative message with both parts and encoded non-ASCII headers", () => {
    const raw = buildMime({
      from: { name: "Équipe Delphi", address: "forum@example.org" },
      to: "a@example.org",
      subject: "Round 2 — open",
      text: "plain ü",
      html: "<p>html ü</p>",
      messageId: "<1@example.org>",
      date: new Date("2026-01-01T00:00:00Z"),
    });
    expect(raw).toMatch(/^From: =\?UTF-8\?B\?[^?]+\?= <forum@example.org>\r\n/m);
    expect(raw).toContain("Content-Type: multipart/alternative;");
    expect(raw).toContain("Content-Type: text/plain; charset=UTF-8");
    expect(raw).toContain("Content-Type: text/html; charset=UTF-8");
    const parts = [...raw.matchAll(/base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)--/g)].map((m) =>
      new TextDecoder().decode(Uint8Array.from(atob(m[1]!.replace(/\r\n/g, "")), (c) => c.charCodeAt(0))),
    );
    expect(parts).toEqual(["plain ü", "<p>html ü</p>"]);
    expect(encodeHeaderText("plain")).toBe("plain");
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it("stays in the outbox when MAIL_MODE is outbox (the default)", async () => {
    const row = await queue(unique("Forum"), "");
    const { binding, sent } = fakeBinding();
    const report = await deliverOutbox(
      { ...env, SEND_EMAIL: binding as unknown as SendEmail },
      db(),
      Date.now(),
      { makeMessage },
    );
    expect(report).toEqual({ sent: 0, failed: 0 });
    expect(sent).toHaveLength(0);
    const after = await db().select().from(outbox).where(eq(outbox.id, row.id)).get();
    expect(after!.sentAt).toBeNull();
    expect(after!.attempts).toBe(0);
  });

  it("sends through the binding with the forum's sender name, and marks the row sent", async () => {
    const row = await queue(unique("Forum"), "Delphi Team");
    const { binding, sent } = fakeBinding();
    await deliverOutbox(sendEnv(binding), db(), Date.now(), { makeMessage });
    const mine = sent.find((s) => s.to === row.toEmail)!;
    expect(mine.from).toBe("forum@example.org");
    expect(mine.raw).toContain('From: "Delphi Team" <forum@example.org>');
    expect(mine.raw).toContain("Subject: =?UTF-8?B?");
    const after = await db().select().from(outbox).where(eq(outbox.id, row.id)).get();
    expect(after!.sentAt).not.toBeNull();
    expect(after!.attempts).toBe(1);
    // Never twice.
    await deliverOutbox(sendEnv(binding), db(), Date.now() + 3600_000, { makeMessage });
    expect(sent.filter((s) => s.to === row.toEmail)).toHaveLength(1);
  });

  it("records a failed send and the cron retries it after the back-off", async () => {
    const t0 = new Date("2031-01-01T00:00:00Z").getTime();
    const row = await queue(unique("Forum"), "");
    const { binding, sent } = fakeBinding({ failing: true });
    const first = await runScheduled(sendEnv(binding), new Date(t0), { makeMessage });
    expect(first.failed).toBeGreaterThanOrEqual(1);
    let r = (await db().select().from(outbox).where(eq(outbox.id, row.id)).get())!;
    expect(r.sentAt).toBeNull();
    expect(r.attempts).toBe(1);
    expect(r.lastError).toContain("not verified");
    expect(r.nextAttemptAt).toBe(new Date(t0 + backoffMs(1)).toISOString());
    // Before the back-off ends nothing is tried.
    await runScheduled(sendEnv(binding), new Date(t0 + 30_000), { makeMessage });
    r = (await db().select().from(outbox).where(eq(outbox.id, row.id)).get())!;
    expect(r.attempts).toBe(1);
    // After it, the next run sends it.
    binding.failing = false;
    await runScheduled(sendEnv(binding), new Date(t0 + backoffMs(1)), { makeMessage });
    r = (await db().select().from(outbox).where(eq(outbox.id, row.id)).get())!;
    expect(r.sentAt).not.toBeNull();
    expect(r.attempts).toBe(2);
    expect(sent.some((s) => s.to === row.toEmail)).toBe(true);
  });

  it("gives up after MAX_ATTEMPTS but keeps the row and its error (never lost silently)", async () => {
    const row = await queue(unique("Forum"), "");
    await db()
      .update(outbox)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(eq(outbox.id, row.id));
    const { binding } = fakeBinding({ failing: true });
    await deliverOutbox(sendEnv(binding), db(), Date.now(), { makeMessage });
    const r = (await db().select().from(outbox).where(eq(outbox.id, row.id)).get())!;
    expect(r.attempts).toBe(MAX_ATTEMPTS);
    expect(r.nextAttemptAt).toBeNull();
    expect(r.lastError).toBeTruthy();
    expect(r.sentAt).toBeNull();
  });

  it("builds a real EmailMessage from cloudflare:email when no factory is given", async () => {
    const row = await queue(unique("Forum"), "");
    const seen: unknown[] = [];
    const binding = { send: async (m: unknown) => void seen.push(m) };
    await deliverOutbox(sendEnv(binding), db(), Date.now());
    const r = (await db().select().from(outbox).where(eq(outbox.id, row.id)).get())!;
    expect(r.sentAt).not.toBeNull();
    const msg = seen.find((m) => (m as { to: string }).to === row.toEmail) as { from: string; to: string };
    expect(msg.from).toBe("forum@example.org");
  });
});
