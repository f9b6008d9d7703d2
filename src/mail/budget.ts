import { type SQL, sql } from "drizzle-orm";
import { audit } from "../db/audit.js";
import { runOne } from "../db/batch.js";
import type { Db } from "../db/client.js";
import type { Bindings } from "../env.js";

/**
 * The sending budget of reminders and bulk invitations: per forum at most
 * MAIL_FORUM_DAILY_CAP messages queued in any 24 hours, and for the whole app (the Cloudflare account's
 * daily sending limit) at most MAIL_ACCOUNT_DAILY_LIMIT. Every message counts towards both, but only
 * bulk sends stop at them: a sign-in link, one invitation or a notice always goes. What a bulk send
 * holds back is said where it stopped (the page of the organiser who asked, the delivery log for the
 * schedule's reminders) and goes out later: reminders at a later cron run, invitations when asked again.
 */

export const DEFAULT_FORUM_DAILY_CAP = 200;
export const DEFAULT_ACCOUNT_DAILY_LIMIT = 1000;
const DAY_MS = 86_400_000;

export type Budget = {
  /** How many more messages this forum may queue now. */
  remaining: number;
  /** Which limit is the tighter one now. */
  by: "forum" | "account";
  /** That limit's value. */
  cap: number;
};

const positive = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function budgetLimits(env: Pick<Bindings, "MAIL_FORUM_DAILY_CAP" | "MAIL_ACCOUNT_DAILY_LIMIT">) {
  return {
    forum: positive(env.MAIL_FORUM_DAILY_CAP, DEFAULT_FORUM_DAILY_CAP),
    account: positive(env.MAIL_ACCOUNT_DAILY_LIMIT, DEFAULT_ACCOUNT_DAILY_LIMIT),
  };
}

export async function mailBudget(
  db: Db,
  env: Pick<Bindings, "MAIL_FORUM_DAILY_CAP" | "MAIL_ACCOUNT_DAILY_LIMIT">,
  forumId: number,
  nowMs = Date.now(),
): Promise<Budget> {
  const since = new Date(nowMs - DAY_MS).toISOString();
  const res = await runOne(
    db,
    sql`SELECT (SELECT count(*) FROM outbox WHERE forum_id = ${forumId} AND created_at > ${since}) AS forum,
        (SELECT count(*) FROM outbox WHERE created_at > ${since}) AS account`,
  );
  const used = res.results[0] as { forum: number; account: number };
  const limits = budgetLimits(env);
  const forumLeft = Math.max(0, limits.forum - Number(used.forum));
  const accountLeft = Math.max(0, limits.account - Number(used.account));
  return forumLeft <= accountLeft
    ? { remaining: forumLeft, by: "forum", cap: limits.forum }
    : { remaining: accountLeft, by: "account", cap: limits.account };
}

/**
 * The audit row saying a bulk send stopped at a limit (no actor: the system held them back), shown in
 * the delivery log. At most one per forum, kind and hour, so a cron every 5 minutes does not repeat it.
 */
export function cappedStatement(
  forumId: number,
  p: { kind: string; queued: number; held: number; budget: Budget },
  nowMs = Date.now(),
): SQL {
  const since = new Date(nowMs - 3_600_000).toISOString();
  return audit(
    {
      forumId,
      actor: null,
      action: "mail.capped",
      targetType: "outbox",
      targetId: p.kind,
      detail: { kind: p.kind, queued: p.queued, held: p.held, by: p.budget.by, cap: p.budget.cap },
    },
    {
      when: sql`NOT EXISTS (SELECT 1 FROM audit_log WHERE forum_id = ${forumId} AND action = 'mail.capped'
        AND target_id = ${p.kind} AND at > ${since})`,
    },
  );
}

export type CapNotice = {
  forumId: number;
  at: string;
  kind: string;
  queued: number;
  held: number;
  by: string;
  cap: number;
};

/** The bulk sends of these forums that stopped at a limit in the last 7 days, newest first. */
export async function listCapNotices(
  db: Db,
  forumIds: readonly number[],
  nowMs = Date.now(),
): Promise<CapNotice[]> {
  if (forumIds.length === 0) return [];
  const since = new Date(nowMs - 7 * DAY_MS).toISOString();
  const res = await runOne(
    db,
    sql`SELECT forum_id AS forumId, at, detail FROM audit_log WHERE action = 'mail.capped' AND at > ${since}
      AND forum_id IN (${sql.join(
        forumIds.map((id) => sql`${id}`),
        sql`, `,
      )}) ORDER BY at DESC LIMIT 20`,
  );
  return (res.results as { forumId: number; at: string; detail: string }[]).map((r) => {
    const d = JSON.parse(r.detail) as Omit<CapNotice, "forumId" | "at">;
    return { forumId: Number(r.forumId), at: r.at, ...d };
  });
}
