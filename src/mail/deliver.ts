import { type SQL, sql } from "drizzle-orm";
import { runBatch, runOne } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { devConsole } from "../dev-console.js";
import type { Bindings } from "../env.js";

/**
 * Delivery of outbox rows through Cloudflare Email Service: the `send_email` binding called with the
 * structured message (`send({ from, to, subject, text, html, replyTo, headers })`), which sends to any
 * recipient from an onboarded domain. With MAIL_MODE = "outbox" (or without the binding or MAIL_FROM)
 * nothing leaves D1.
 *
 * The outbox row is the durable record of every message. Two paths deliver it:
 * - the request that queued a sign-in link, an invitation or a single message sends it right after its
 *   response (`sendAfterResponse`, c.executionCtx.waitUntil): `deliverOutbox(..., { to })`;
 * - the Cron Trigger sends what was queued for it (reminders, "round open" messages, bulk invitations)
 *   in batches of MAIL_BATCH, and retries what failed once its back-off has passed. A message the
 *   request should have sent but did not (the Worker was stopped first) is due for the cron after
 *   GRACE_MS: nothing is lost, and the cron never races a request for a fresh row.
 *
 * A row is claimed before it is sent: one conditional UPDATE … RETURNING adds an attempt and pushes
 * next_attempt_at past a lease, so two deliveries running at once never send the same row twice.
 * Success sets sent_at and the provider's Message-ID. A failure keeps the row with last_error (the
 * binding's error code and message) and next_attempt_at = now + back-off (1, 2, 4 … minutes, at most
 * 6 hours). A rejection that cannot succeed later (a suppressed or refused recipient, an invalid
 * message) and the MAX_ATTEMPTS-th failure end the row as failed (next_attempt_at NULL): organisers
 * see it in the delivery log (/outbox) and, for an invitation, on the Panel page. Never dropped.
 */

export const MAX_ATTEMPTS = 10;
/** After this, a message its request did not send is the cron's (see above). */
export const GRACE_MS = 2 * 60_000;
/** Messages one cron run sends: Workers allow 50 subrequests per invocation on the free plan. */
export const DEFAULT_BATCH = 40;
const LEASE_MS = 10 * 60_000;
const MAX_BACKOFF_MS = 6 * 3600_000;
/** When the provider throttles (rate or daily limit), the rest of a batch waits this long. */
const THROTTLE_PAUSE_MS = 15 * 60_000;

/** Error codes of the Email Service binding that no retry can fix (the row fails at once). */
const PERMANENT = new Set([
  "E_RECIPIENT_SUPPRESSED",
  "E_RECIPIENT_NOT_ALLOWED",
  "E_VALIDATION_ERROR",
  "E_FIELD_MISSING",
  "E_TOO_MANY_RECIPIENTS",
  "E_CONTENT_TOO_LARGE",
]);
/** Error codes that mean "slow down": the rest of the batch is not tried now. */
const THROTTLED = new Set(["E_RATE_LIMIT_EXCEEDED", "E_DAILY_LIMIT_EXCEEDED"]);

/** The wait after the n-th failed attempt (n ≥ 1). */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

type Row = {
  id: number;
  forum_id: number | null;
  to_email: string;
  kind: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  reply_to: string | null;
  headers: string | null;
};

export type DeliveryReport = { sent: number; failed: number };

type MailEnv = Pick<Bindings, "MAIL_MODE" | "SEND_EMAIL" | "MAIL_FROM" | "DEV_TOOLS" | "MAIL_BATCH">;

/** True when messages leave D1 (MAIL_MODE = "send" with the binding and a sender address). */
export function sends(env: MailEnv): boolean {
  return env.MAIL_MODE === "send" && Boolean(env.SEND_EMAIL) && Boolean(env.MAIL_FROM);
}

/** The binding's error as stored and shown: its code (when it has one) and its message. */
function describeError(err: unknown): { text: string; code: string | null } {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" && /^E_[A-Z_]{1,60}$/.test(e.code) ? e.code : null;
  const message = String(e?.message ?? err)
    .replace(/\s+/g, " ")
    .trim();
  const text = code && !message.includes(code) ? `${code}: ${message}` : message;
  return { text: text.slice(0, 500) || "unknown error", code };
}

/** The first link of a text (the message's action: a sign-in, an invitation, a round). */
function firstLink(text: string): string {
  return /https?:\/\/[^\s<>"]+/.exec(text)?.[0] ?? "";
}

/**
 * Sends due outbox rows; returns how many were sent and how many failed.
 * - `to`: only rows to these addresses not tried yet (a request sending what it just queued);
 * - otherwise the cron's batch: rows due now (queued for it, past their grace or back-off).
 */
export async function deliverOutbox(
  env: MailEnv,
  db: Db,
  nowMs = Date.now(),
  opts: { to?: readonly string[]; limit?: number } = {},
): Promise<DeliveryReport> {
  const report = { sent: 0, failed: 0 };
  if (env.MAIL_MODE !== "send") return report;
  if (!env.SEND_EMAIL || !env.MAIL_FROM) {
    console.error("[mail] MAIL_MODE=send but SEND_EMAIL or MAIL_FROM is not configured; nothing sent");
    return report;
  }
  if (opts.to && opts.to.length === 0) return report;
  const now = new Date(nowMs).toISOString();
  const lease = new Date(nowMs + LEASE_MS).toISOString();
  const limit = opts.limit ?? (Number(env.MAIL_BATCH) || DEFAULT_BATCH);
  const due: SQL = opts.to
    ? sql`attempts = 0 AND to_email IN (${sql.join(
        opts.to.map((t) => sql`${t}`),
        sql`, `,
      )})`
    : sql`(next_attempt_at <= ${now} OR (next_attempt_at IS NULL AND attempts = 0))`;
  const claimed = await runOne(
    db,
    sql`UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ${lease}
      WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND ${due} ORDER BY id LIMIT ${limit})
        AND sent_at IS NULL AND ${due}
      RETURNING id, forum_id, to_email, kind, subject, text_body, html_body, attempts, reply_to, headers`,
  );
  const rows = (claimed.results as Row[]).sort((a, b) => a.id - b.id);
  if (rows.length === 0) return report;
  const senders = await forumSenders(db, [...new Set(rows.map((r) => r.forum_id).filter((f) => f !== null))]);
  const updates: SQL[] = [];
  let pausedAt = -1;
  for (const [i, row] of rows.entries()) {
    const sender = row.forum_id !== null ? senders.get(row.forum_id) : undefined;
    const replyTo = row.reply_to ?? sender?.organiser ?? null;
    const headers = row.headers ? (JSON.parse(row.headers) as Record<string, string>) : null;
    try {
      const result = await env.SEND_EMAIL.send({
        from: { name: sender?.name || "Scenario Forum", email: env.MAIL_FROM },
        to: row.to_email,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        ...(replyTo ? { replyTo } : {}),
        ...(headers ? { headers } : {}),
      });
      updates.push(
        sql`UPDATE outbox SET sent_at = ${now}, next_attempt_at = NULL, last_error = NULL,
          provider_message_id = ${result?.messageId ?? null} WHERE id = ${row.id}`,
      );
      report.sent++;
      devConsole(env, `[mail] sent "${row.subject}" for ${row.to_email}: ${firstLink(row.text_body)}`);
    } catch (err) {
      const { text, code } = describeError(err);
      const final = (code !== null && PERMANENT.has(code)) || row.attempts >= MAX_ATTEMPTS;
      const next = final ? null : new Date(nowMs + backoffMs(row.attempts)).toISOString();
      console.error(`[mail] outbox ${row.id} attempt ${row.attempts} failed: ${text}`);
      updates.push(
        sql`UPDATE outbox SET last_error = ${text}, next_attempt_at = ${next} WHERE id = ${row.id}`,
      );
      report.failed++;
      if (code !== null && THROTTLED.has(code)) {
        pausedAt = i + 1;
        break;
      }
    }
  }
  // Throttled: the rest of the batch was not tried; it waits without losing an attempt.
  if (pausedAt >= 0) {
    const later = new Date(nowMs + THROTTLE_PAUSE_MS).toISOString();
    for (const row of rows.slice(pausedAt))
      updates.push(
        sql`UPDATE outbox SET attempts = attempts - 1, next_attempt_at = ${later} WHERE id = ${row.id}`,
      );
  }
  await runBatch(db, updates);
  return report;
}

/** Each forum's sender name and its first active organiser's address (the default Reply-To). */
async function forumSenders(db: Db, forumIds: number[]) {
  const map = new Map<number, { name: string; organiser: string | null }>();
  if (forumIds.length === 0) return map;
  const res = await runOne(
    db,
    sql`SELECT f.id, f.sender_name AS name,
        (SELECT u.email FROM members m JOIN users u ON u.id = m.user_id
          WHERE m.forum_id = f.id AND m.role = 'organiser' AND m.status = 'active' AND u.erased_at IS NULL
          ORDER BY m.id LIMIT 1) AS organiser
      FROM forums f WHERE f.id IN (${sql.join(
        forumIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  for (const r of res.results as { id: number; name: string; organiser: string | null }[])
    map.set(Number(r.id), { name: r.name, organiser: r.organiser });
  return map;
}
