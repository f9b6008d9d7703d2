import { and, eq, gt, isNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import { newSecret, sha256Hex } from "../../crypto.js";
import { audit } from "../audit.js";
import { readBatch, reusableRead, runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { forums, members, rounds, sessions, tokens, users } from "../schema.js";
import { openRosterOf, withTally } from "./round-tallies.js";
import { recordLateJoiner } from "./stages.js";

export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
export const SIGNIN_TTL_MS = 15 * 60 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * 3600 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3600 * 1000;
/** A session's last-seen time is refreshed at most this often, to keep reads from writing. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

const iso = (ms: number) => new Date(ms).toISOString();

/** Creates a single-use link token; returns the raw token (only its hash is stored). */
export async function createToken(
  db: Db,
  input: { purpose: "invite" | "signin"; userId: number; memberId?: number | null },
  nowMs = Date.now(),
): Promise<string> {
  const { token, hash } = await newSecret();
  await db.insert(tokens).values(tokenRow(hash, input, nowMs));
  return token;
}

export function tokenRow(
  hash: string,
  input: { purpose: "invite" | "signin"; userId: number; memberId?: number | null },
  nowMs: number,
) {
  const ttl = input.purpose === "invite" ? INVITE_TTL_MS : SIGNIN_TTL_MS;
  return {
    hash,
    purpose: input.purpose,
    userId: input.userId,
    memberId: input.memberId ?? null,
    createdAt: iso(nowMs),
    expiresAt: iso(nowMs + ttl),
  };
}

export type TokenContext = {
  purpose: "invite" | "signin";
  state: "valid" | "expired" | "used";
  /** The account the link is for. */
  userId: number;
  userName: string;
  forumId: number | null;
  forumTitle: string | null;
  inviterName: string | null;
  /** For an invitation: the role it is for, the forum's anonymity and consent text, and its open round. */
  invitation?: {
    role: "organiser" | "expert" | "stakeholder";
    anonymity: "quasi" | "strict";
    consentText: string;
    openRound: { number: number; closesAt: string | null } | null;
  };
  /**
   * For an invitation: whether the account was already in use (see `accountInUse`). Such a link never
   * signs anyone in; it only adds the membership for that account, once signed in through its own link.
   */
  accountInUse: boolean;
};

/**
 * SQL: true when an invitation token may NOT open a session for its account, because the account is in
 * use: it can create forums, has ever had a session, or has any membership other than this invitation's.
 * Only an account created by this invitation and never signed in passes (a "new address"): the link then
 * creates the account. Everything else is an existing account, which an invitation link must never
 * authenticate (F1: an organiser who sees a link would otherwise get the invitee's session).
 * `userId` and `memberId` are SQL expressions of the token's columns.
 */
export const accountInUse = (userId: SQL, memberId: SQL) => sql`(
  EXISTS (SELECT 1 FROM users u WHERE u.id = ${userId} AND (u.can_create_forums <> 0 OR u.erased_at IS NOT NULL))
  OR EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = ${userId})
  OR EXISTS (SELECT 1 FROM members m WHERE m.user_id = ${userId} AND m.id IS NOT ${memberId}))`;

/** What the confirm page shows for a link; null when no such token exists. Reads only. */
export async function findTokenContext(
  db: Db,
  token: string,
  nowMs = Date.now(),
): Promise<TokenContext | null> {
  const hash = await sha256Hex(token);
  const row = await db
    .select({
      purpose: tokens.purpose,
      expiresAt: tokens.expiresAt,
      usedAt: tokens.usedAt,
      userId: tokens.userId,
      userName: users.name,
      forumId: forums.id,
      forumTitle: forums.title,
      inviterId: members.invitedBy,
      role: members.role,
      anonymity: forums.anonymity,
      consentText: forums.consentText,
      inUse: sql<number>`${accountInUse(sql`tokens.user_id`, sql`tokens.member_id`)}`,
    })
    .from(tokens)
    .innerJoin(users, eq(users.id, tokens.userId))
    .leftJoin(members, eq(members.id, tokens.memberId))
    .leftJoin(forums, eq(forums.id, members.forumId))
    .where(eq(tokens.hash, hash))
    .get();
  if (!row) return null;
  let inviterName: string | null = null;
  if (row.inviterId) {
    const inviter = await db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, row.inviterId))
      .get();
    inviterName = inviter?.name ?? null;
  }
  const state = row.usedAt ? "used" : row.expiresAt <= iso(nowMs) ? "expired" : "valid";
  const openRound =
    row.purpose === "invite" && row.forumId !== null
      ? await db
          .select({ number: rounds.number, closesAt: rounds.closesAt })
          .from(rounds)
          .where(and(eq(rounds.forumId, row.forumId), eq(rounds.state, "open")))
          .get()
      : undefined;
  return {
    purpose: row.purpose,
    state,
    userId: row.userId,
    userName: row.userName,
    forumId: row.forumId,
    forumTitle: row.forumTitle,
    inviterName,
    ...(row.purpose === "invite" && row.role && row.anonymity
      ? {
          invitation: {
            role: row.role,
            anonymity: row.anonymity,
            consentText: row.consentText ?? "",
            openRound: openRound ?? null,
          },
        }
      : {}),
    accountInUse: Boolean(row.inUse),
  };
}

/**
 * The SQL that ends every other unspent link of the membership an invitation token belongs to (the
 * token itself identified by `spentBy`, a condition on the tokens table): used when an invitation is
 * accepted or declined, so that a second invitation link of the same membership stops working.
 */
export const endOtherInvitationLinks = (hash: string, spentBy: SQL, now: string) =>
  sql`UPDATE tokens SET used_at = ${now}
    WHERE used_at IS NULL AND purpose = 'invite' AND hash <> ${hash}
      AND member_id = (SELECT member_id FROM tokens WHERE hash = ${hash} AND ${spentBy})`;

/**
 * Spends a link token and opens a session, in one batch: the token is marked used with the new session's
 * id only if it is unused and unexpired, and the session row is inserted only for that exact spend, so
 * concurrent uses of one token create exactly one session. A sign-in link always opens a session for its
 * own account (its holder received it at that address). An invitation opens one only for an account it
 * created and that is not in use (`accountInUse`, checked in the same conditional update, so no race can
 * slip through); it then activates its membership and ends the membership's other links.
 * Returns the raw session token, or null when the token was not spendable.
 */
export async function spendToken(
  db: Db,
  token: string,
  nowMs = Date.now(),
): Promise<{ sessionToken: string; userId: number } | null> {
  const hash = await sha256Hex(token);
  const { token: sessionToken, hash: sessionId } = await newSecret();
  const now = iso(nowMs);
  const expires = iso(nowMs + SESSION_ABSOLUTE_MS);
  const spent = sql`session_id = ${sessionId}`;
  await runBatch(db, [
    db
      .update(tokens)
      .set({ usedAt: now, sessionId })
      .where(
        and(
          eq(tokens.hash, hash),
          isNull(tokens.usedAt),
          gt(tokens.expiresAt, now),
          sql`(${tokens.purpose} = 'signin' OR NOT ${accountInUse(sql`tokens.user_id`, sql`tokens.member_id`)})`,
        ),
      ),
    sql`INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at)
      SELECT ${sessionId}, user_id, ${now}, ${now}, ${expires} FROM tokens WHERE hash = ${hash} AND ${spent}`,
    ...activateInvitation(hash, spent, now),
  ]);
  const session = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .get();
  return session ? { sessionToken, userId: session.userId } : null;
}

/** After an invitation token was spent (`spent` tells which spend): membership active, late joiner, other links ended. */
function activateInvitation(hash: string, spent: SQL, now: string) {
  const memberId = sql`(SELECT member_id FROM tokens WHERE hash = ${hash} AND ${spent} AND purpose = 'invite')`;
  return [
    // A member activated while a round is open can answer it, as a late joiner: counted in the round's
    // kept counts (their share out before, in after: nothing twice should they already be on its roster).
    ...withTally(
      openRosterOf(memberId),
      [
        sql`UPDATE members SET status = 'active', joined_at = ${now}
          WHERE id = ${memberId} AND status IN ('invited', 'declined')`,
        recordLateJoiner(memberId),
      ],
      { roster: true },
    ),
    endOtherInvitationLinks(hash, sql`${spent} AND purpose = 'invite'`, now),
  ];
}

/**
 * Accepts an invitation for the account that is signed in, without opening a session: the token is spent
 * only if it is an unused, unexpired invitation for exactly `user` (never for another account), and then
 * its membership is activated and its other links ended, in one batch. Returns the forum joined, or null.
 */
export async function joinWithToken(
  db: Db,
  token: string,
  user: { id: number; sessionId: string },
  nowMs = Date.now(),
): Promise<{ forumId: number } | null> {
  const hash = await sha256Hex(token);
  const now = iso(nowMs);
  const spent = sql`session_id = ${user.sessionId} AND used_at = ${now}`;
  const [update] = await runBatch(db, [
    sql`UPDATE tokens SET used_at = ${now}, session_id = ${user.sessionId}
      WHERE hash = ${hash} AND purpose = 'invite' AND user_id = ${user.id}
        AND used_at IS NULL AND expires_at > ${now}`,
    ...activateInvitation(hash, spent, now),
  ]);
  if (!update || update.meta.changes === 0) return null;
  const row = await db
    .select({ forumId: members.forumId })
    .from(tokens)
    .innerJoin(members, eq(members.id, tokens.memberId))
    .where(eq(tokens.hash, hash))
    .get();
  return row ? { forumId: row.forumId } : null;
}

/** A forum and the caller's active membership in it, as forum pages check them (forum-access.ts). */
export type ForumMembership = { forum: typeof forums.$inferSelect; member: typeof members.$inferSelect };

/** The caller's active membership of a forum (a list of at most one), by user id. */
const membershipOfUser = reusableRead((db) => membershipRead(db, sql.placeholder("userId")));

/** The same, by the session whose user it is (read in one batch with the session). */
const membershipOfSession = reusableRead((db) =>
  membershipRead(
    db,
    sql`(SELECT ${sessions.userId} FROM ${sessions} WHERE ${sessions.id} = ${sql.placeholder("sessionId")})`,
  ),
);

const membershipRead = (db: Db, user: SQL | Placeholder) =>
  db
    .select()
    .from(members)
    .where(
      and(
        eq(members.forumId, sql.placeholder("forumId")),
        eq(members.userId, user),
        eq(members.status, "active"),
      ),
    )
    .limit(1);

const forumById = reusableRead(forumRead);

function forumRead(db: Db) {
  return db
    .select()
    .from(forums)
    .where(eq(forums.id, sql.placeholder("forumId")))
    .limit(1);
}

/**
 * The forum and `userId`'s active membership of it, or null for a non-member (one round trip). Two
 * single-table reads rather than a join: in a D1 batch, rows come back keyed by column name, and a
 * join's two `id` columns would be one.
 */
export async function findForumMembership(db: Db, forumId: number, userId: number) {
  const [forum, member] = await readBatch(db, [
    forumById({ forumId }),
    membershipOfUser({ forumId, userId }),
  ]);
  return membershipOf(forum, member);
}

const membershipOf = (
  [forum]: (typeof forums.$inferSelect)[],
  [member]: (typeof members.$inferSelect)[],
): ForumMembership | null => (forum && member ? { forum, member } : null);

/** A session with its user, by the session's id (the hash of its cookie). */
const sessionUser = reusableRead(sessionUserRead);

function sessionUserRead(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      canCreateForums: users.canCreateForums,
      timeZone: users.timeZone,
      locale: users.locale,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      erasedAt: users.erasedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder("sessionId")))
    .limit(1);
}

/**
 * The signed-in user of a session cookie, or null when missing, revoked, idle too long or past its end.
 * With `forumId` (a page under /forums/:forumId), the session's membership of that forum is read in the
 * same round trip, for forum-access.ts to check against the user found; `membership` is undefined
 * without it and null for a non-member.
 */
export async function findSessionUser(db: Db, sessionToken: string, nowMs = Date.now(), forumId?: number) {
  const id = await sha256Hex(sessionToken);
  const [[row], membershipRow] =
    forumId === undefined
      ? [...(await readBatch(db, [sessionUser({ sessionId: id })])), undefined]
      : await readBatch(db, [
          sessionUser({ sessionId: id }),
          forumById({ forumId }),
          membershipOfSession({ forumId, sessionId: id }),
        ]).then(([s, forum, member]) => [s, membershipOf(forum, member)] as const);
  if (!row || row.revokedAt || row.erasedAt) return null;
  const now = iso(nowMs);
  if (row.expiresAt <= now || row.lastSeenAt <= iso(nowMs - SESSION_IDLE_MS)) return null;
  if (row.lastSeenAt <= iso(nowMs - TOUCH_EVERY_MS)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const { lastSeenAt: _l, expiresAt: _e, revokedAt: _r, erasedAt: _x, ...user } = row;
  const membership = forumId === undefined ? undefined : { forumId, row: membershipRow ?? null };
  return { sessionId: id, user, membership };
}

export async function revokeSession(db: Db, sessionId: string, nowMs = Date.now()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: iso(nowMs) })
    .where(eq(sessions.id, sessionId));
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.erasedAt)))
    .get();
}

/** The address of a user who has not been erased, or null. */
export async function findUserEmail(db: Db, userId: number): Promise<string | null> {
  const row = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.erasedAt)))
    .get();
  return row?.email ?? null;
}

/**
 * Declines an invitation, in one batch: spends the (unused, unexpired) invitation token, marks the
 * membership declined if it is still invited, audits `member.decline` by the invitee and ends every other
 * link of the membership. Says whether the token was spent and whether the membership was declined.
 */
export async function declineInvitation(db: Db, hash: string, now: string) {
  const spent = sql`used_at = ${now}`;
  const [spend, decline] = await runBatch(db, [
    sql`UPDATE tokens SET used_at = ${now} WHERE hash = ${hash} AND purpose = 'invite' AND used_at IS NULL AND expires_at > ${now}`,
    sql`UPDATE members SET status = 'declined'
      WHERE id = (SELECT member_id FROM tokens WHERE hash = ${hash} AND used_at = ${now}) AND status = 'invited'
        AND changes() > 0`,
    audit(
      {
        forumId: sql`forum_id`,
        actor: sql`user_id`,
        action: "member.decline",
        targetType: "member",
        targetId: sql`id`,
      },
      {
        from: sql`members`,
        when: sql`id = (SELECT member_id FROM tokens WHERE hash = ${hash} AND used_at = ${now}) AND changes() > 0`,
      },
    ),
    endOtherInvitationLinks(hash, spent, now),
  ]);
  return { spent: spend!.meta.changes > 0, declined: decline!.meta.changes > 0 };
}
