import { runBatch, runOne } from "./db/batch.js";
import { createDb, type Db } from "./db/client.js";
import {
  dueSteps,
  listReminderRecipients,
  reminderKeyFor,
  reminderStatements,
  sendReminderBatch,
} from "./db/queries/reminders.js";
import { applyRetention } from "./db/queries/retention.js";
import { closeRound, openRound } from "./db/queries/round-control.js";
import {
  type DueRound,
  listOpenScheduledRounds,
  listRoundOpenRecipients,
  listRoundsDueToClose,
  listRoundsDueToOpen,
} from "./db/queries/schedule.js";
import type { Bindings } from "./env.js";
import { loadCatalogues } from "./i18n/assets.js";
import { cappedStatement, mailBudget } from "./mail/budget.js";
import { deliverOutbox } from "./mail/deliver.js";
import { i18nFor } from "./mail/language.js";
import { queueMessage } from "./mail/outbox.js";
import { reminderMail, roundOpenedMail } from "./mail/templates.js";
import { purgeRateLimits } from "./security/rate-limit.js";

export type ScheduledReport = {
  closed: string[];
  opened: string[];
  reminders: number;
  /** Users erased by forums' retention settings in this run. */
  erased: number;
  sent: number;
  failed: number;
  errors: string[];
};

/**
 * The Cron Trigger's work (every 5 minutes, wrangler.toml), in this order:
 * 1. close open rounds whose `closes_at` has passed (closeRound: the same snapshot as a manual close);
 * 2. open draft rounds whose `opens_at` has passed (openRound: round_members recorded in the same
 *    batch), then queue the "round open" message to every active expert;
 * 3. queue reminders that are due (src/db/queries/reminders.ts), within the forum's daily cap and the
 *    account's limit (src/mail/budget.ts: what is held back waits for a later run, and says so);
 * 4. apply forums' retention settings (src/db/queries/retention.ts: erase experts of forums closed
 *    longer than retention_days ago who are in no other open forum);
 * 5. with MAIL_MODE = "send", deliver one batch of due outbox rows: what was queued for the cron
 *    (reminders, "round open" messages, bulk invitations) and failed sends whose back-off has passed.
 *    Sign-in links, invitations and single messages are sent by their own request (src/mail/deliver.ts).
 * Every step is conditional on the state it changes, so a second run at the same time changes nothing.
 * Audit rows of scheduled transitions have no actor (shown as "schedule"). A failure in one forum is
 * logged and does not stop the others.
 */
export async function runScheduled(env: Bindings, now: Date): Promise<ScheduledReport> {
  const db = createDb(env.DB);
  const nowMs = now.getTime();
  const nowIso = now.toISOString();
  const report: ScheduledReport = {
    closed: [],
    opened: [],
    reminders: 0,
    erased: 0,
    sent: 0,
    failed: 0,
    errors: [],
  };
  const guard = async (what: string, f: () => Promise<void>) => {
    try {
      await f();
    } catch (err) {
      console.error(`[cron] ${what}:`, err);
      report.errors.push(what);
    }
  };

  // The messages it composes are in each recipient's language. Without the catalogues (the static assets
  // failed to load), what composes mail waits for a later run; the rest goes on.
  let catalogues = false;
  await guard("message catalogues", async () => {
    await loadCatalogues(env.ASSETS);
    catalogues = true;
  });
  const needCatalogues = () => {
    if (!catalogues) throw new Error("no message catalogues: left for the next run");
  };

  for (const due of await listRoundsDueToClose(db, nowIso)) {
    await guard(`close ${due.forum.id}/${due.round.number}`, async () => {
      if (await closeRound(db, due.forum, due.round, null, nowMs))
        report.closed.push(`${due.forum.id}/${due.round.number}`);
    });
  }

  const openedForums = new Set<number>();
  for (const due of await listRoundsDueToOpen(db, nowIso)) {
    if (openedForums.has(due.forum.id)) continue;
    await guard(`open ${due.forum.id}/${due.round.number}`, async () => {
      needCatalogues(); // opening announces the round to the panel
      if (!(await openRound(db, due.forum, due.round, null, nowMs))) return;
      openedForums.add(due.forum.id);
      report.opened.push(`${due.forum.id}/${due.round.number}`);
      await queueRoundOpened(db, env.APP_ORIGIN, due);
    });
  }

  for (const open of await listOpenScheduledRounds(db, nowIso)) {
    await guard(`remind ${open.forum.id}/${open.round.number}`, async () => {
      needCatalogues();
      report.reminders += await queueReminders(db, env, open, nowMs);
    });
  }

  await guard("retention", async () => {
    report.erased += (await applyRetention(db, nowMs)).erased;
  });

  await guard("rate-limit windows", async () => {
    await purgeRateLimits(db, nowMs);
  });
  await guard("deliver", async () => {
    const d = await deliverOutbox(env, db, nowMs);
    report.sent += d.sent;
    report.failed += d.failed;
  });
  return report;
}

/** The "round open" messages of a round the schedule opened (only the run whose open won gets here). */
async function queueRoundOpened(
  db: Db,
  origin: string,
  due: Awaited<ReturnType<typeof listRoundsDueToOpen>>[number],
) {
  const link = `${origin}/forums/${due.forum.id}/rounds/${due.round.number}`;
  const recipients = await listRoundOpenRecipients(db, due.forum.id);
  await runBatch(
    db,
    recipients.map((r) =>
      queueMessage(
        db,
        {
          forumId: due.forum.id,
          to: r.email,
          kind: "round-open",
          ...roundOpenedMail(i18nFor(r, due.forum.defaultLocale, due.forum.mode), {
            forum: due.forum.title,
            number: due.round.number,
            name: r.name,
            link,
            closesAt: due.round.closesAt,
          }),
        },
        "cron",
      ),
    ),
  );
}

async function queueReminders(
  db: Db,
  env: Bindings,
  open: Awaited<ReturnType<typeof listOpenScheduledRounds>>[number],
  nowMs: number,
): Promise<number> {
  const steps = dueSteps(open.reminderDays, open.round.openedAt, open.round.closesAt!, nowMs);
  if (steps.length === 0) return 0;
  const [step, ...passed] = steps as [number, ...number[]];
  return (await queueRoundReminders(db, env, open, step, passed, nowMs)).queued;
}

/**
 * Queues a round's reminder at `step` to every eligible expert with unanswered questions who has not had
 * it yet (reminders_sent makes each (round, member, step) once only), in batches of 25, for the cron to
 * send. Used by the schedule and by an organiser's "remind now" (whose steps are negative: one per
 * 12-hour window). Stops at the sending budget (src/mail/budget.ts): the experts held back have no
 * reminders_sent row, so a later run reaches them; the stop is recorded for the delivery log.
 * Each reminder carries List-Unsubscribe and List-Unsubscribe-Post (one click, RFC 8058).
 */
export async function queueRoundReminders(
  db: Db,
  env: Pick<Bindings, "APP_ORIGIN" | "MAIL_FORUM_DAILY_CAP" | "MAIL_ACCOUNT_DAILY_LIMIT">,
  due: DueRound,
  step: number,
  passed: readonly number[] = [],
  nowMs = Date.now(),
  origin = env.APP_ORIGIN,
): Promise<{ queued: number; held: number; cap: number }> {
  const { round, forum } = due;
  const { total, recipients: eligible } = await listReminderRecipients(db, forum.id, round.id, step);
  if (eligible.length === 0) return { queued: 0, held: 0, cap: 0 };
  const budget = await mailBudget(db, env, forum.id, nowMs);
  const recipients = eligible.slice(0, budget.remaining);
  const held = eligible.length - recipients.length;
  const link = `${origin}/forums/${forum.id}/rounds/${round.number}`;
  let queued = 0;
  for (let i = 0; i < recipients.length; i += 25) {
    const groups = recipients.slice(i, i + 25).map((r) => {
      const key = reminderKeyFor(r);
      const unsubscribe = `${origin}/reminders/unsubscribe/${key.key}`;
      const mail = reminderMail(i18nFor(r, forum.defaultLocale, forum.mode), {
        forum: forum.title,
        number: round.number,
        name: r.name,
        link,
        closesAt: round.closesAt,
        answered: r.answered,
        total,
        unsubscribe,
      });
      return reminderStatements(forum.id, round.id, r.memberId, { step, passed: [...passed] }, key, {
        to: r.email,
        ...mail,
        headers: {
          "List-Unsubscribe": `<${unsubscribe}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
      });
    });
    queued += await sendReminderBatch(db, groups);
  }
  if (held > 0)
    await runOne(db, cappedStatement(forum.id, { kind: "reminder", queued, held, budget }, nowMs));
  return { queued, held, cap: budget.cap };
}
