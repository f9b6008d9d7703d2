import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { randomToken, sha256Hex } from "../../crypto.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { forums, members, sessions, tokens, users } from "../schema.js";
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
  const token = randomToken();
  await db.insert(tokens).values(tokenRow(await sha256Hex(token), input, nowMs));
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
  userName: string;
  forumTitle: string | null;
  inviterName: string | null;
};

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
      userName: users.name,
      forumTitle: forums.title,
      inviterId: members.invitedBy,
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
  return { purpose: row.purpose, state, userName: row.userName, forumTitle: row.forumTitle, inviterName };
}

/**
 * Spends a link token and opens a session, in one batch: the token is marked used with the new session's
 * id only if it is unused and unexpired, and the session row is inserted only for that exact spend, so
 * concurrent uses of one token create exactly one session. An invitation also activates its membership.
 * Returns the raw session token, or null when the token was not spendable.
 */
export async function spendToken(
  db: Db,
  token: string,
  nowMs = Date.now(),
): Promise<{ sessionToken: string; userId: number } | null> {
  const hash = await sha256Hex(token);
  const sessionToken = randomToken();
  const sessionId = await sha256Hex(sessionToken);
  const now = iso(nowMs);
  const expires = iso(nowMs + SESSION_ABSOLUTE_MS);
  await runBatch(db, [
    db
      .update(tokens)
      .set({ usedAt: now, sessionId })
      .where(and(eq(tokens.hash, hash), isNull(tokens.usedAt), gt(tokens.expiresAt, now))),
    sql`INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at)
      SELECT ${sessionId}, user_id, ${now}, ${now}, ${expires} FROM tokens WHERE hash = ${hash} AND session_id = ${sessionId}`,
    sql`UPDATE members SET status = 'active', joined_at = ${now}
      WHERE id = (SELECT member_id FROM tokens WHERE hash = ${hash} AND session_id = ${sessionId} AND purpose = 'invite')
      AND status IN ('invited', 'declined')`,
    // A member activated while a round is open can answer it, as a late joiner (issue 10).
    recordLateJoiner(
      sql`(SELECT member_id FROM tokens WHERE hash = ${hash} AND session_id = ${sessionId} AND purpose = 'invite')`,
    ),
  ]);
  const session = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .get();
  return session ? { sessionToken, userId: session.userId } : null;
}

/** The signed-in user of a session cookie, or null when missing, revoked, idle too long or past its end. */
export async function findSessionUser(db: Db, sessionToken: string, nowMs = Date.now()) {
  const id = await sha256Hex(sessionToken);
  const row = await db
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
    .where(eq(sessions.id, id))
    .get();
  if (!row || row.revokedAt || row.erasedAt) return null;
  const now = iso(nowMs);
  if (row.expiresAt <= now || row.lastSeenAt <= iso(nowMs - SESSION_IDLE_MS)) return null;
  if (row.lastSeenAt <= iso(nowMs - TOUCH_EVERY_MS)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const { lastSeenAt: _l, expiresAt: _e, revokedAt: _r, erasedAt: _x, ...user } = row;
  return { sessionId: id, user };
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
