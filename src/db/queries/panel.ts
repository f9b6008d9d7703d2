import { and, asc, desc, eq, gt, lte, sql } from "drizzle-orm";
import { type Institution, memberMatches, type PanelMember, pageOf } from "../../domain/panel.js";
import type { Message } from "../../mail/outbox.js";
import { queueMessage } from "../../mail/outbox.js";
import { type Actor, audit, changed } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { institutions, members, users } from "../schema.js";
import { revokeTokensOf } from "./api-tokens.js";
import { tokenRow } from "./auth.js";
import { newPseudonym } from "./pseudonyms.js";
import { openRosterOf, tallyMembers } from "./round-tallies.js";

export async function listInstitutions(db: Db, forumId: number): Promise<Institution[]> {
  return db
    .select({ id: institutions.id, name: institutions.name, country: institutions.country })
    .from(institutions)
    .where(eq(institutions.forumId, forumId))
    .orderBy(asc(institutions.name));
}

function selectPanel(db: Db, where: ReturnType<typeof and>, withPseudonyms = true) {
  return db
    .select({
      id: members.id,
      userId: members.userId,
      name: users.name,
      email: users.email,
      role: members.role,
      status: members.status,
      // Strict anonymity: names and pseudonyms never leave the database together (visibility.ts, F2).
      pseudonym: withPseudonyms ? members.pseudonym : sql<string>`''`,
      institutionId: institutions.id,
      institutionName: institutions.name,
      country: institutions.country,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(institutions, eq(institutions.id, members.institutionId))
    .where(where);
}

function toPanelMember(row: Awaited<ReturnType<typeof selectPanel>>[number]): PanelMember {
  const { institutionId, institutionName, country, ...m } = row;
  return {
    ...m,
    institution:
      institutionId != null
        ? { id: institutionId, name: institutionName ?? "", country: country ?? "" }
        : null,
  };
}

/**
 * Every member of a forum (removed ones included), ordered by institution then name. Pseudonyms only
 * where names may stand beside them (`withPseudonyms`: quasi-anonymous forums; empty strings otherwise).
 */
export async function listPanel(db: Db, forumId: number, withPseudonyms = true): Promise<PanelMember[]> {
  return (
    await selectPanel(db, and(eq(members.forumId, forumId)), withPseudonyms).orderBy(
      asc(institutions.name),
      asc(users.name),
    )
  ).map(toPanelMember);
}

/** How many members the panel page shows at once. */
export const PANEL_PAGE_SIZE = 40;

export type PanelPageQuery = {
  /** The id of the page's first (newest) member: the page holds members with this id or older. */
  from?: number;
  /** Only members whose name, e-mail or institution contains this text (any case). */
  find?: string;
  size?: number;
  withPseudonyms?: boolean;
};

export type PanelPageRows = {
  /** The page's members, newest first. */
  members: PanelMember[];
  /** `from` of the next (older) page, or null on the last page. */
  next: number | null;
  /** `from` of the previous (newer) page; undefined on the first page, null when that is the first page. */
  previous?: number | null;
};

/**
 * One page of a forum's panel, newest member first, whatever the panel's size: at most `size` + 1 members
 * (the extra one says whether an older page exists) through the members_forum_id index, and, past the
 * first page, the ids of at most `size` + 1 newer members to link back. Finding someone (`find`) reads the
 * whole panel, as no index can serve it, and matches in any script (domain/panel.ts `memberMatches`).
 * Either way the page and its links are cut by one rule, domain/panel.ts `pageOf`.
 */
export async function listPanelPage(
  db: Db,
  forumId: number,
  query: PanelPageQuery = {},
): Promise<PanelPageRows> {
  const size = query.size ?? PANEL_PAGE_SIZE;
  const withPseudonyms = query.withPseudonyms ?? true;
  const { from } = query;
  const forum = eq(members.forumId, forumId);
  // Newest first: members with their rows, and (indexed path) the ids just above `from`, rows not needed.
  let newestFirst: { id: number; member: PanelMember | null }[];
  if (query.find?.trim()) {
    const all = await selectPanel(db, and(forum), withPseudonyms).orderBy(desc(members.id));
    newestFirst = all
      .map(toPanelMember)
      .filter((m) => memberMatches(m, query.find ?? ""))
      .map((m) => ({ id: m.id, member: m }));
  } else {
    const [rows, newer] = await Promise.all([
      selectPanel(db, and(forum, from !== undefined ? lte(members.id, from) : undefined), withPseudonyms)
        .orderBy(desc(members.id))
        .limit(size + 1),
      from === undefined
        ? Promise.resolve([])
        : db
            .select({ id: members.id })
            .from(members)
            .where(and(forum, gt(members.id, from)))
            .orderBy(asc(members.id))
            .limit(size + 1),
    ]);
    newestFirst = [
      ...newer.reverse().map(({ id }) => ({ id, member: null })),
      ...rows.map((r) => ({ id: r.id, member: toPanelMember(r) })),
    ];
  }
  const { items, ...links } = pageOf(newestFirst, from, size);
  return { members: items.flatMap((i) => (i.member ? [i.member] : [])), ...links };
}

export async function findPanelMember(
  db: Db,
  forumId: number,
  memberId: number,
): Promise<PanelMember | undefined> {
  const rows = await selectPanel(db, and(eq(members.forumId, forumId), eq(members.id, memberId)));
  return rows[0] ? toPanelMember(rows[0]) : undefined;
}

/** True when the address already belongs to a member of the forum (in any status). */
export async function isForumMemberEmail(db: Db, forumId: number, email: string): Promise<boolean> {
  const row = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.forumId, forumId), eq(users.email, email)))
    .get();
  return Boolean(row);
}

export type Invitation = {
  name: string;
  email: string;
  role: PanelMember["role"];
  institution: { id: number } | { name: string; country: string } | null;
  /** The panel stage they join at; 1 = founding. */
  stage?: number | null;
};

export type InviteOutcome = "invited" | "duplicate";

/**
 * An invitation about to be sent: the forum, who sends it (the organiser, audited as the actor), the
 * hash of its sign-in token and the message (its recipient is the member invited).
 */
export type InvitationLink = {
  forumId: number;
  inviter: Actor;
  tokenHash: string;
  mail: Omit<Message, "to" | "kind" | "forumId">;
};

/**
 * Invites someone, in one batch: the user (kept if the e-mail is known), a new institution if one was
 * typed, the membership (status "invited", a fresh pseudonym), the invitation token's hash, the outbox
 * message and the audit entry. Ids not known before the batch are looked up by subquery on unique keys.
 * A concurrent invitation of the same address trips the (forum, user) unique index: the whole batch is
 * refused and "duplicate" returned. A pseudonym clash is retried with another pseudonym.
 */
export async function inviteMember(db: Db, input: Invitation, link: InvitationLink): Promise<InviteOutcome> {
  const { forumId, inviter } = link;
  const userId = sql`(SELECT id FROM users WHERE email = ${input.email})`;
  const institutionId =
    input.institution === null
      ? sql`NULL`
      : "id" in input.institution
        ? sql`(SELECT id FROM institutions WHERE id = ${input.institution.id} AND forum_id = ${forumId})`
        : sql`(SELECT id FROM institutions WHERE forum_id = ${forumId} AND name = ${input.institution.name})`;
  const memberId = sql`(SELECT id FROM members WHERE forum_id = ${forumId} AND user_id = ${userId})`;
  const token = tokenRow(link.tokenHash, { purpose: "invite", userId: 0 }, Date.now());
  for (let attempt = 0; ; attempt++) {
    const pseudonym = newPseudonym();
    try {
      await runBatch(db, [
        sql`INSERT INTO users (email, name) VALUES (${input.email}, ${input.name}) ON CONFLICT(email) DO NOTHING`,
        ...(input.institution && !("id" in input.institution)
          ? [
              sql`INSERT INTO institutions (forum_id, name, country, stage)
                VALUES (${forumId}, ${input.institution.name}, ${input.institution.country}, ${input.stage ?? 1})
                ON CONFLICT(forum_id, name) DO NOTHING`,
            ]
          : []),
        sql`INSERT INTO members (forum_id, user_id, role, institution_id, pseudonym, status, invited_by, stage)
          VALUES (${forumId}, ${userId}, ${input.role}, ${institutionId}, ${pseudonym}, 'invited', ${inviter.id}, ${input.stage ?? 1})`,
        sql`INSERT INTO tokens (hash, purpose, user_id, member_id, created_at, expires_at)
          VALUES (${token.hash}, 'invite', ${userId}, ${memberId}, ${token.createdAt}, ${token.expiresAt})`,
        queueMessage(db, { ...link.mail, forumId, to: input.email, kind: "invite" }),
        audit({
          forumId,
          actor: inviter.id,
          action: "member.invite",
          targetType: "member",
          targetId: memberId,
          detail: { email: input.email, role: input.role },
        }),
      ]);
      return "invited";
    } catch (err) {
      const message = String((err as Error)?.message ?? err);
      if (message.includes("members.pseudonym") && attempt < 3) continue;
      if (message.includes("members.user_id") || message.includes("UNIQUE")) return "duplicate";
      throw err;
    }
  }
}

/**
 * A fresh invitation token and message for a member who has not joined yet, audited, in one batch; the
 * membership's earlier links stop working.
 */
export async function resendInvitation(db: Db, member: PanelMember, link: InvitationLink): Promise<void> {
  const { forumId, inviter } = link;
  const purpose = "invite";
  const token = tokenRow(link.tokenHash, { purpose, userId: member.userId, memberId: member.id }, Date.now());
  await runBatch(db, [
    // A re-send ends every earlier link of this membership: only the newest one works.
    sql`UPDATE tokens SET used_at = ${token.createdAt}
      WHERE member_id = ${member.id} AND purpose = 'invite' AND used_at IS NULL`,
    sql`INSERT INTO tokens (hash, purpose, user_id, member_id, created_at, expires_at)
      VALUES (${token.hash}, 'invite', ${token.userId}, ${token.memberId}, ${token.createdAt}, ${token.expiresAt})`,
    queueMessage(db, { ...link.mail, forumId, to: member.email, kind: "invite" }),
    audit({
      forumId,
      actor: inviter.id,
      action: "member.resend",
      targetType: "member",
      targetId: member.id,
      detail: { email: member.email },
    }),
  ]);
}

/**
 * Marks a member removed (forumAccess admits only active members, so access ends with the next
 * request), audited only when the status actually changed. Returns false when already removed.
 */
export async function removeMember(
  db: Db,
  forumId: number,
  memberId: number,
  actor: Actor,
  nowMs = Date.now(),
): Promise<boolean> {
  const now = new Date(nowMs).toISOString();
  // The open round's kept counts (round_tallies): the member's share out first, back (no longer active) last.
  const roster = openRosterOf(sql`(${memberId})`);
  const [, update] = await runBatch(db, [
    tallyMembers(-1, roster),
    sql`UPDATE members SET status = 'removed', removed_at = ${now}
      WHERE id = ${memberId} AND forum_id = ${forumId} AND status <> 'removed'`,
    audit(
      { forumId, actor: actor.id, action: "member.remove", targetType: "member", targetId: memberId },
      { when: changed },
    ),
    // Access ends at once anyway (forumAccess admits active members only). For safety the removed
    // person's sessions are revoked too, unless they are an active member of another forum (whose
    // work would otherwise be cut off by someone else's decision).
    sql`UPDATE sessions SET revoked_at = ${now}
      WHERE revoked_at IS NULL AND changes() > 0
        AND user_id = (SELECT user_id FROM members WHERE id = ${memberId} AND forum_id = ${forumId})
        AND NOT EXISTS (SELECT 1 FROM members o WHERE o.user_id = sessions.user_id AND o.status = 'active')`,
    // An organiser's read tokens for this forum end with their membership (F5; also checked at each use).
    revokeTokensOf(
      forumId,
      sql`(SELECT user_id FROM members WHERE id = ${memberId} AND forum_id = ${forumId} AND status = 'removed')`,
      now,
    ),
    tallyMembers(1, roster),
  ]);
  return update!.meta.changes > 0;
}

export type { Institution, PanelMember } from "../../domain/panel.js";

/** A forum's active organisers, with what their messages need. */
export async function listActiveOrganisers(db: Db, forumId: number) {
  const res = await runOne(
    db,
    sql`SELECT u.name, u.email, u.locale, u.time_zone AS timeZone, f.default_locale AS forumLocale
      FROM members m JOIN users u ON u.id = m.user_id JOIN forums f ON f.id = m.forum_id
      WHERE m.forum_id = ${forumId} AND m.role = 'organiser' AND m.status = 'active' AND u.erased_at IS NULL`,
  );
  return res.results as {
    name: string;
    email: string;
    locale: string | null;
    timeZone: string;
    forumLocale: string;
  }[];
}
