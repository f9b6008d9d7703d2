import { sql } from "drizzle-orm";
import { audit } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { openRosterOf, tallyMembers } from "./round-tallies.js";

export const ERASED_NAME = "Erased user";
export const ERASED_DOMAIN = "erased.invalid";

/**
 * Erases a user's identity, in one batch (all or nothing). What changes:
 * - users: name → "Erased user", e-mail → erased-<id>-<random>@erased.invalid (unique, non-routable:
 *   .invalid is reserved by RFC 2606), locale → null, time zone → UTC, may-create-forums off, erased_at set;
 * - sessions revoked, unspent sign-in/invitation tokens spent;
 * - memberships: invited/active ones become removed (no more rounds, messages or reminders), reminder
 *   keys dropped; the pseudonym stays;
 * - outbox rows addressed to them: address replaced, subject and bodies (which carried name and links) blanked;
 * - audit_log details that held their e-mail address: the address replaced by "[erased]";
 * - one `member.erase` audit row per forum they belonged to (the actor is the user themself).
 * What is kept (as each forum's consent text says): answers with rationales, posts and ideas, under the
 * pseudonym only, and the snapshots computed from them. Texts they typed are kept verbatim; nothing
 * links them to the person any more except what the person wrote in them.
 */
export async function eraseUser(
  db: Db,
  userId: number,
  nowMs = Date.now(),
  /** Who erased (default: the user themself; null = the system, e.g. retention) and why, for the audit rows. */
  by: { actor: number | null; reason?: string } = { actor: userId },
): Promise<boolean> {
  const res = await runOne(db, sql`SELECT email FROM users WHERE id = ${userId} AND erased_at IS NULL`);
  const row = res.results[0] as { email: string } | undefined;
  if (!row) return false;
  const now = new Date(nowMs).toISOString();
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const tomb = `erased-${userId}-${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}@${ERASED_DOMAIN}`;
  // Open rounds' kept counts (round_tallies): the person's shares out first, back (no longer active) last.
  const roster = openRosterOf(sql`(SELECT id FROM members WHERE user_id = ${userId})`);
  const [, , , , , , , update] = await runBatch(db, [
    tallyMembers(-1, roster),
    audit(
      {
        forumId: sql`forum_id`,
        actor: by.actor,
        action: "member.erase",
        targetType: "member",
        targetId: sql`id`,
        detail: by.reason ? { reason: by.reason } : undefined,
      },
      { from: sql`members`, when: sql`user_id = ${userId}` },
    ),
    sql`UPDATE members SET status = CASE WHEN status IN ('invited', 'active') THEN 'removed' ELSE status END,
        removed_at = CASE WHEN status IN ('invited', 'active') THEN ${now} ELSE removed_at END,
        reminder_key = NULL, reminders_opt_out = 1
      WHERE user_id = ${userId}`,
    sql`UPDATE sessions SET revoked_at = ${now} WHERE user_id = ${userId} AND revoked_at IS NULL`,
    sql`UPDATE tokens SET used_at = ${now} WHERE user_id = ${userId} AND used_at IS NULL`,
    sql`UPDATE outbox SET to_email = ${tomb}, subject = '[erased]', text_body = '[erased]', html_body = '[erased]'
      WHERE to_email = ${row.email}`,
    sql`UPDATE audit_log SET detail = json_set(detail, '$.email', '[erased]')
      WHERE json_valid(detail) AND json_extract(detail, '$.email') = ${row.email}`,
    sql`UPDATE users SET name = ${ERASED_NAME}, email = ${tomb}, locale = NULL, time_zone = 'UTC',
        can_create_forums = 0, erased_at = ${now}
      WHERE id = ${userId} AND erased_at IS NULL`,
    tallyMembers(1, roster),
  ]);
  return update!.meta.changes > 0;
}
