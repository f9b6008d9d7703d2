import { sql } from "drizzle-orm";
import { type Actor, audit } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";

export type ForumSettingsRow = {
  senderName: string;
  consentText: string;
  reminderDays: number[];
  retentionDays: number | null;
  defaultMethod: string;
  /** The minimum for a consensus verdict; applies to rounds closed from now on (absent: unchanged). */
  minRespondents?: number | undefined;
  minResponseRate?: number | undefined;
};

/** Saves a forum's operational settings, audited with the old and new values, in one batch. */
export async function saveForumSettings(
  db: Db,
  forumId: number,
  s: ForumSettingsRow,
  actor: Actor,
): Promise<void> {
  const before = await runOne(
    db,
    sql`SELECT sender_name AS senderName, consent_text AS consentText, reminder_days AS reminderDays,
      retention_days AS retentionDays, default_method AS defaultMethod, min_respondents AS minRespondents,
      min_response_rate AS minResponseRate FROM forums WHERE id = ${forumId}`,
  );
  const old = before.results[0] as Record<string, unknown> | undefined;
  const changed = Object.fromEntries(
    Object.entries(s).filter(([k, v]) => {
      if (v === undefined) return false;
      const was = k === "reminderDays" ? String(old?.[k]) : old?.[k];
      return k === "reminderDays" ? was !== JSON.stringify(v) : was !== v;
    }),
  );
  await runBatch(db, [
    sql`UPDATE forums SET sender_name = ${s.senderName}, consent_text = ${s.consentText},
      reminder_days = ${JSON.stringify(s.reminderDays)}, retention_days = ${s.retentionDays},
      default_method = ${s.defaultMethod},
      min_respondents = coalesce(${s.minRespondents ?? null}, min_respondents),
      min_response_rate = coalesce(${s.minResponseRate ?? null}, min_response_rate) WHERE id = ${forumId}`,
    audit({
      forumId,
      actor: actor.id,
      action: "forum.settings",
      targetType: "forum",
      targetId: forumId,
      detail: { changed: Object.keys(changed) },
    }),
  ]);
}

/** Saves a user's time zone and language (null = negotiate from the browser). */
export async function saveUserSettings(
  db: Db,
  userId: number,
  s: { timeZone: string; locale: string | null },
): Promise<void> {
  await runOne(
    db,
    sql`UPDATE users SET time_zone = ${s.timeZone}, locale = ${s.locale} WHERE id = ${userId}`,
  );
}

export async function getUserSettings(db: Db, userId: number) {
  const res = await runOne(db, sql`SELECT time_zone AS timeZone, locale FROM users WHERE id = ${userId}`);
  return res.results[0] as { timeZone: string; locale: string | null };
}

/** Turns "a reason is required for an answer outside the middle half" on or off, audited, in one batch. */
export async function saveRequireReasonOutsideIqr(db: Db, forumId: number, on: boolean, actor: number) {
  await runBatch(db, [
    sql`UPDATE forums SET require_reason_outside_iqr = ${on ? 1 : 0} WHERE id = ${forumId}`,
    audit({
      forumId,
      actor,
      action: "forum.settings",
      targetType: "forum",
      targetId: forumId,
      detail: { requireReasonOutsideIqr: on },
    }),
  ]);
}
