import { sql } from "drizzle-orm";
import { runOne } from "../db/batch.js";
import type { Db } from "../db/client.js";
import type { Bindings } from "../env.js";
import { buildMime } from "./mime.js";

/**
 * Delivery of queued outbox rows through the Email Workers `send_email` binding (MAIL_MODE = "send").
 * With MAIL_MODE = "outbox" (the default; local runs and tests) nothing leaves D1.
 *
 * A row is claimed before it is sent: one conditional UPDATE adds an attempt and pushes
 * next_attempt_at past a lease, so two deliveries running at once (the cron and a request's
 * waitUntil) never send the same row twice. Success sets sent_at; a failure keeps the row with
 * last_error and next_attempt_at = now + back-off (1, 2, 4 ... minutes, at most 6 hours). After
 * MAX_ATTEMPTS the row stays unsent with next_attempt_at NULL and its last error, shown as failed
 * in the organisers' /outbox: never dropped silently.
 */

export const MAX_ATTEMPTS = 10;
const LEASE_MS = 10 * 60_000;
const MAX_BACKOFF_MS = 6 * 3600_000;

/** The wait after the n-th failed attempt (n ≥ 1). */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

type Row = {
  id: number;
  to_email: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  sender_name: string | null;
};

/** A factory for the runtime's EmailMessage (injected in tests that run without the real binding). */
export type MakeMessage = (from: string, to: string, raw: string) => EmailMessage;

async function defaultMakeMessage(): Promise<MakeMessage> {
  const { EmailMessage } = await import("cloudflare:email");
  return (from, to, raw) => new EmailMessage(from, to, raw);
}

export type DeliveryReport = { sent: number; failed: number };

/** Sends due outbox rows (at most `limit`); returns how many were sent and how many failed. */
export async function deliverOutbox(
  env: Pick<Bindings, "MAIL_MODE" | "SEND_EMAIL" | "MAIL_FROM" | "APP_ORIGIN">,
  db: Db,
  nowMs = Date.now(),
  opts: { limit?: number; makeMessage?: MakeMessage } = {},
): Promise<DeliveryReport> {
  const report = { sent: 0, failed: 0 };
  if (env.MAIL_MODE !== "send") return report;
  if (!env.SEND_EMAIL || !env.MAIL_FROM) {
    console.error("[mail] MAIL_MODE=send but SEND_EMAIL or MAIL_FROM is not configured; nothing sent");
    return report;
  }
  const now = new Date(nowMs).toISOString();
  const due = await runOne(
    db,
    sql`SELECT o.id, o.to_email, o.subject, o.text_body, o.html_body, o.attempts, f.sender_name
      FROM outbox o LEFT JOIN forums f ON f.id = o.forum_id
      WHERE o.sent_at IS NULL AND o.attempts < ${MAX_ATTEMPTS}
        AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ${now})
      ORDER BY o.id LIMIT ${opts.limit ?? 50}`,
  );
  const rows = due.results as Row[];
  if (rows.length === 0) return report;
  const make = opts.makeMessage ?? (await defaultMakeMessage());
  const host = new URL(env.APP_ORIGIN).hostname;
  for (const row of rows) {
    const lease = new Date(nowMs + LEASE_MS).toISOString();
    const claim = await runOne(
      db,
      sql`UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ${lease}
        WHERE id = ${row.id} AND sent_at IS NULL AND attempts = ${row.attempts}
          AND (next_attempt_at IS NULL OR next_attempt_at <= ${now})`,
    );
    if (claim.meta.changes === 0) continue;
    try {
      const raw = buildMime({
        from: { name: row.sender_name || "Scenario Forum", address: env.MAIL_FROM },
        to: row.to_email,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        messageId: `<outbox-${row.id}.${crypto.randomUUID()}@${host}>`,
        date: new Date(nowMs),
      });
      await env.SEND_EMAIL.send(make(env.MAIL_FROM, row.to_email, raw));
      await runOne(
        db,
        sql`UPDATE outbox SET sent_at = ${now}, next_attempt_at = NULL, last_error = NULL WHERE id = ${row.id}`,
      );
      report.sent++;
    } catch (err) {
      const attempts = row.attempts + 1;
      const next = attempts >= MAX_ATTEMPTS ? null : new Date(nowMs + backoffMs(attempts)).toISOString();
      const message = String((err as Error)?.message ?? err).slice(0, 500);
      console.error(`[mail] outbox ${row.id} attempt ${attempts} failed: ${message}`);
      await runOne(
        db,
        sql`UPDATE outbox SET last_error = ${message}, next_attempt_at = ${next} WHERE id = ${row.id}`,
      );
      report.failed++;
    }
  }
  return report;
}
