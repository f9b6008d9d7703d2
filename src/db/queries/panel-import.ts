import { sql } from "drizzle-orm";
import type { Message } from "../../mail/outbox.js";
import { type Actor, audit, changed } from "../audit.js";
import { idsIn, runBatch, runOne, type Statement } from "../batch.js";
import type { Db } from "../client.js";
import { tokenRow } from "./auth.js";
import { newPseudonym } from "./pseudonyms.js";

/** The e-mail addresses of a forum's members (any status), lower-case, for the import preview. */
export async function listMemberEmails(db: Db, forumId: number): Promise<Set<string>> {
  const res = await runOne(
    db,
    sql`SELECT lower(u.email) AS email FROM members m JOIN users u ON u.id = m.user_id WHERE m.forum_id = ${forumId}`,
  );
  return new Set((res.results as { email: string }[]).map((r) => r.email));
}

export type ImportInvite = {
  name: string;
  email: string;
  role: "expert" | "stakeholder" | "organiser";
  institution: { name: string; country: string } | null;
  tokenHash: string;
  mail: Omit<Message, "to" | "kind" | "forumId">;
};

const CHUNK = 20;

/**
 * Invites the previewed rows, one batch per chunk of 20 rows (each statement binds at most 13
 * parameters). Per row: the user (kept if known), the institution (kept if it exists), the membership
 * (INSERT OR IGNORE: someone who became a member since the preview is skipped), then the invitation
 * token, the outbox message and the audit row, each only if the statement before it changed a row.
 * Returns how many were invited.
 */
export async function importPanel(
  db: Db,
  forumId: number,
  rows: readonly ImportInvite[],
  inviter: Actor,
  stage: number,
  nowMs = Date.now(),
): Promise<number> {
  let invited = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const groups: Statement[][] = chunk.map((r) => {
      const userId = sql`(SELECT id FROM users WHERE email = ${r.email})`;
      const memberId = sql`(SELECT id FROM members WHERE forum_id = ${forumId} AND user_id = ${userId})`;
      const token = tokenRow(r.tokenHash, { purpose: "invite", userId: 0 }, nowMs);
      const institutionId = r.institution
        ? sql`(SELECT id FROM institutions WHERE forum_id = ${forumId} AND name = ${r.institution.name})`
        : sql`NULL`;
      return [
        sql`INSERT INTO users (email, name) VALUES (${r.email}, ${r.name}) ON CONFLICT(email) DO NOTHING`,
        ...(r.institution
          ? [
              sql`INSERT INTO institutions (forum_id, name, country, stage) VALUES (${forumId}, ${r.institution.name}, ${r.institution.country}, ${stage})
                ON CONFLICT(forum_id, name) DO NOTHING`,
            ]
          : []),
        sql`INSERT OR IGNORE INTO members (forum_id, user_id, role, institution_id, pseudonym, status, invited_by, stage)
          VALUES (${forumId}, ${userId}, ${r.role}, ${institutionId}, ${newPseudonym()}, 'invited', ${inviter.id}, ${stage})`,
        sql`INSERT INTO tokens (hash, purpose, user_id, member_id, created_at, expires_at)
          SELECT ${token.hash}, 'invite', ${userId}, ${memberId}, ${token.createdAt}, ${token.expiresAt} WHERE changes() > 0`,
        sql`INSERT INTO outbox (forum_id, to_email, kind, subject, text_body, html_body, reply_to)
          SELECT ${forumId}, ${r.email}, 'invite', ${r.mail.subject}, ${r.mail.text}, ${r.mail.html}, ${r.mail.replyTo ?? null}
          WHERE changes() > 0`,
        audit(
          {
            forumId,
            actor: inviter.id,
            action: "member.invite",
            targetType: "member",
            targetId: memberId,
            detail: { email: r.email, role: r.role, via: "import" },
          },
          { when: changed },
        ),
      ];
    });
    const results = await runBatch(db, groups.flat());
    let at = -1;
    for (const g of groups) {
      at += g.length;
      if (results[at]!.meta.changes > 0) invited++;
    }
  }
  return invited;
}

export type InvitationState = "pending" | "accepted" | "declined" | "expired";

/**
 * Each member's invitation state: accepted (active or removed after joining), declined, expired
 * (still invited and no unspent invitation token is still valid), else pending.
 */
export async function listInvitationStates(
  db: Db,
  forumId: number,
  /** The members of the page shown (at most IDS_PER_STATEMENT: one bound parameter each). */
  memberIds: readonly number[],
  nowMs = Date.now(),
) {
  if (memberIds.length === 0) return new Map<number, InvitationState>();
  const onPage = idsIn(sql`m.id`, memberIds, "listInvitationStates");
  const now = new Date(nowMs).toISOString();
  const res = await runOne(
    db,
    sql`SELECT m.id, CASE
        WHEN m.status = 'declined' THEN 'declined'
        WHEN m.status = 'active' OR m.joined_at IS NOT NULL THEN 'accepted'
        WHEN m.status = 'invited' AND NOT EXISTS (SELECT 1 FROM tokens t WHERE t.member_id = m.id
          AND t.purpose = 'invite' AND t.used_at IS NULL AND t.expires_at > ${now}) THEN 'expired'
        ELSE 'pending' END AS state
      FROM members m WHERE m.forum_id = ${forumId} AND ${onPage}`,
  );
  return new Map(
    (res.results as { id: number; state: InvitationState }[]).map((r) => [Number(r.id), r.state]),
  );
}
