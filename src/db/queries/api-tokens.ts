import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { randomToken, sha256Hex } from "../../crypto.js";
import { audit, changed } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { apiTokens } from "../schema.js";

/** The read tokens of a forum, newest first (never the token itself: only its hash is stored). */
export async function listApiTokens(db: Db, forumId: number) {
  return db
    .select({
      id: apiTokens.id,
      label: apiTokens.label,
      createdAt: apiTokens.createdAt,
      revokedAt: apiTokens.revokedAt,
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
  actor: { id: number },
): Promise<string> {
  const token = randomToken();
  const hash = await sha256Hex(token);
  await runBatch(db, [
    db.insert(apiTokens).values({ forumId, hash, label, createdBy: actor.id }),
    audit(
      {
        forumId,
        actor: actor.id,
        action: "api-token.create",
        targetType: "api-token",
        targetId: sql`id`,
        detail: { label },
      },
      { from: sql`api_tokens`, when: sql`hash = ${hash}` },
    ),
  ]);
  return token;
}

/** Revokes a token of the forum; false when there is no such live token. Audited only on a change. */
export async function revokeApiToken(
  db: Db,
  forumId: number,
  tokenId: number,
  actor: { id: number },
  nowMs = Date.now(),
): Promise<boolean> {
  const now = new Date(nowMs).toISOString();
  const [update] = await runBatch(db, [
    sql`UPDATE api_tokens SET revoked_at = ${now} WHERE id = ${tokenId} AND forum_id = ${forumId} AND revoked_at IS NULL`,
    audit(
      { forumId, actor: actor.id, action: "api-token.revoke", targetType: "api-token", targetId: tokenId },
      { when: changed },
    ),
  ]);
  return update!.meta.changes > 0;
}

/** The forum a live (unrevoked) token reads, or null. */
export async function findApiTokenForum(db: Db, token: string): Promise<number | null> {
  const row = await db
    .select({ forumId: apiTokens.forumId })
    .from(apiTokens)
    .where(and(eq(apiTokens.hash, await sha256Hex(token)), isNull(apiTokens.revokedAt)))
    .get();
  return row?.forumId ?? null;
}
