import { sql } from "drizzle-orm";
import { randomToken } from "../../crypto.js";
import { audit } from "../audit.js";
import { runBatch, runOne, type Statement } from "../batch.js";
import type { Db } from "../client.js";

/**
 * Reminders before a round closes. A forum's `reminder_days` (e.g. [3, 1]) are steps: step d is due
 * from `closes_at - d days` on, and only if the round was already open then (a round opened 2 days
 * before its close gets no 3-day reminder). When several steps are due at once (the cron was down),
 * only the most urgent one is sent and the earlier ones are recorded as passed, so nobody gets two
 * reminders in one run or a stale one later. Each (round, member, step) is sent at most once: the
 * reminders_sent row is INSERT OR IGNOREd and the outbox row is inserted only when that insert
 * changed a row, in the same batch.
 */

export const DAY_MS = 86_400_000;

/** The steps due at `nowMs` for a round, most urgent first; [] when none. */
export function dueSteps(days: readonly number[], openedAt: string | null, closesAt: string, nowMs: number) {
  const close = new Date(closesAt).getTime();
  const opened = openedAt ? new Date(openedAt).getTime() : Number.NEGATIVE_INFINITY;
  if (nowMs >= close) return [];
  return [...new Set(days)]
    .filter((d) => nowMs >= close - d * DAY_MS && opened <= close - d * DAY_MS)
    .sort((a, b) => a - b);
}

export type ReminderRecipient = {
  memberId: number;
  name: string;
  email: string;
  locale: string | null;
  timeZone: string;
  reminderKey: string | null;
  answered: number;
};

/**
 * Experts who could answer the round (its round_members, or the active experts for a round without
 * them), still active, not unsubscribed, not erased, with at least one question of the round not
 * answered (a current submitted answer), and not yet reminded at `step`.
 */
export async function listReminderRecipients(
  db: Db,
  forumId: number,
  roundId: number,
  step: number,
): Promise<{ total: number; recipients: ReminderRecipient[] }> {
  const total = await runOne(db, sql`SELECT count(*) AS n FROM round_questions WHERE round_id = ${roundId}`);
  const n = Number((total.results[0] as { n: number } | undefined)?.n ?? 0);
  if (n === 0) return { total: 0, recipients: [] };
  const res = await runOne(
    db,
    sql`SELECT m.id AS memberId, u.name, u.email, u.locale, u.time_zone AS timeZone, m.reminder_key AS reminderKey,
        (SELECT count(DISTINCT a.question_id) FROM answers a JOIN round_questions rq
           ON rq.round_id = a.round_id AND rq.question_id = a.question_id
         WHERE a.round_id = ${roundId} AND a.member_id = m.id AND a.status = 'submitted'
           AND a.superseded_at IS NULL) AS answered
      FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.forum_id = ${forumId} AND m.role = 'expert' AND m.status = 'active'
        AND m.reminders_opt_out = 0 AND u.erased_at IS NULL
        AND (m.id IN (SELECT member_id FROM round_members WHERE round_id = ${roundId})
          OR NOT EXISTS (SELECT 1 FROM round_members WHERE round_id = ${roundId}))
        AND NOT EXISTS (SELECT 1 FROM reminders_sent s
          WHERE s.round_id = ${roundId} AND s.member_id = m.id AND s.step = ${step})
      ORDER BY m.id`,
  );
  const recipients = (res.results as ReminderRecipient[])
    .map((r) => ({ ...r, answered: Number(r.answered) }))
    .filter((r) => r.answered < n);
  return { total: n, recipients };
}

/** A reminder key for a member, fresh when they have none (persisted by the reminder's batch). */
export function reminderKeyFor(r: { reminderKey: string | null }): { key: string; fresh: boolean } {
  return r.reminderKey ? { key: r.reminderKey, fresh: false } : { key: randomToken(), fresh: true };
}

/**
 * Queues one member's reminder: the key (if fresh), every passed step, the step itself, then the outbox
 * row only if the step's insert changed a row. Returned unexecuted so a round's reminders are one batch.
 */
export function reminderStatements(
  forumId: number,
  roundId: number,
  memberId: number,
  steps: { step: number; passed: number[] },
  key: { key: string; fresh: boolean },
  mail: { to: string; subject: string; text: string; html: string; headers?: Record<string, string> },
): Statement[] {
  return [
    ...(key.fresh
      ? [sql`UPDATE members SET reminder_key = ${key.key} WHERE id = ${memberId} AND reminder_key IS NULL`]
      : []),
    ...steps.passed.map(
      (s) =>
        sql`INSERT OR IGNORE INTO reminders_sent (round_id, member_id, step) VALUES (${roundId}, ${memberId}, ${s})`,
    ),
    sql`INSERT OR IGNORE INTO reminders_sent (round_id, member_id, step) VALUES (${roundId}, ${memberId}, ${steps.step})`,
    sql`INSERT INTO outbox (forum_id, to_email, kind, subject, text_body, html_body, headers)
      SELECT ${forumId}, ${mail.to}, 'reminder', ${mail.subject}, ${mail.text}, ${mail.html},
        ${mail.headers ? JSON.stringify(mail.headers) : null} WHERE changes() > 0`,
  ];
}

/** Runs members' reminder statements as one batch; returns how many reminders were queued. */
export async function sendReminderBatch(db: Db, groups: Statement[][]): Promise<number> {
  const results = await runBatch(db, groups.flat());
  let at = -1;
  let queued = 0;
  for (const g of groups) {
    at += g.length;
    if (results[at]!.meta.changes > 0) queued++;
  }
  return queued;
}

/** The member and forum of an unsubscribe key, or undefined. */
export async function findReminderKey(db: Db, key: string) {
  const res = await runOne(
    db,
    sql`SELECT m.id AS memberId, m.reminders_opt_out AS optOut, f.title AS forumTitle FROM members m
      JOIN forums f ON f.id = m.forum_id WHERE m.reminder_key = ${key}`,
  );
  const row = res.results[0] as { memberId: number; optOut: number; forumTitle: string } | undefined;
  return row ? { ...row, optOut: Boolean(row.optOut) } : undefined;
}

/** Unsubscribes the member holding `key` from reminders (audited with no actor: the member's own link). */
export async function unsubscribeReminders(db: Db, key: string): Promise<boolean> {
  const [update] = await runBatch(db, [
    sql`UPDATE members SET reminders_opt_out = 1 WHERE reminder_key = ${key} AND reminders_opt_out = 0`,
    audit(
      {
        forumId: sql`forum_id`,
        actor: sql`user_id`,
        action: "member.reminders-off",
        targetType: "member",
        targetId: sql`id`,
      },
      { from: sql`members`, when: sql`reminder_key = ${key} AND changes() > 0` },
    ),
  ]);
  return update!.meta.changes > 0;
}
