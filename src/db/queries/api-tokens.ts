import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { newSecret, sha256Hex } from "../../crypto.js";
import { DEFAULT_TOKEN_DAYS } from "../../validation/api-tokens.js";
import type { Actor } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { apiTokens } from "../schema.js";
import { auditCreated, revoke } from "./revocable.js";

export { DEFAULT_TOKEN_DAYS, TOKEN_LIFETIMES } from "../../validation/api-tokens.js";

/** When a token stops working: its own expiry, or 90 days after creation for tokens made before expiry existed. */
const expiry = sql`coalesce(${apiTokens.expiresAt}, strftime('%Y-%m-%dT%H:%M:%fZ', ${apiTokens.createdAt}, '+90 days'))`;

/**
 * A token reads only while it is unrevoked, unexpired, and its creator is still an active organiser of
 * its forum: removing the organiser (or erasing them) ends every token they made, checked at each use.
 */
const usable = (nowIso: string) => sql`${apiTokens.revokedAt} IS NULL AND ${expiry} > ${nowIso}
  AND EXISTS (SELECT 1 FROM members m WHERE m.forum_id = ${apiTokens.forumId} AND m.user_id = ${apiTokens.createdBy}
    AND m.role = 'organiser' AND m.status = 'active')`;

/** The read tokens of a forum, newest first (never the token itself: only its hash is stored). */
export async function listApiTokens(db: Db, forumId: number, nowMs = Date.now()) {
  return db
    .select({
      id: apiTokens.id,
      label: apiTokens.label,
      createdAt: apiTokens.createdAt,
      revokedAt: apiTokens.revokedAt,
      expiresAt: sql<string>`${expiry}`,
      usable: sql<number>`${usable(new Date(nowMs).toISOString())}`,
    })
    .from(apiTokens)
    .where(eq(apiTokens.forumId, forumId))
    .orderBy(desc(apiTokens.id));
}

/** Issues a read token for one forum; returns the token, shown once. Audited in the same batch. */
export async function createApiToken(
  db: Db,
  forumId: number,
  label: string,
  actor: Actor,
  days: number = DEFAULT_TOKEN_DAYS,
  nowMs = Date.now(),
): Promise<string> {
  const { token, hash } = await newSecret();
  const expiresAt = new Date(nowMs + days * 86_400_000).toISOString();
  await runBatch(db, [
    db.insert(apiTokens).values({ forumId, hash, label, createdBy: actor.id, expiresAt }),
    auditCreated("api-token", forumId, actor, hash, { label, expiresAt }),
  ]);
  return token;
}

/** Revokes a token of the forum; false when there is no such live token. Audited only on a change. */
export const revokeApiToken = (db: Db, forumId: number, tokenId: number, actor: Actor) =>
  revoke(db, "api-token", forumId, tokenId, actor);

/** The forum a usable token reads (unrevoked, unexpired, its creator still an active organiser), or null. */
export async function findApiTokenForum(db: Db, token: string, nowMs = Date.now()): Promise<number | null> {
  const row = await db
    .select({ forumId: apiTokens.forumId })
    .from(apiTokens)
    .where(and(eq(apiTokens.hash, await sha256Hex(token)), usable(new Date(nowMs).toISOString())))
    .get();
  return row?.forumId ?? null;
}

/**
 * The statement that revokes every live token a user made in a forum, for the batch that removes that
 * organiser (their tokens would stop working anyway; this records it on the tokens page and in the audit).
 */
export const revokeTokensOf = (forumId: number, userId: SQL | number, nowIso: string) =>
  sql`UPDATE api_tokens SET revoked_at = ${nowIso} WHERE forum_id = ${forumId} AND created_by = ${userId} AND revoked_at IS NULL`;
