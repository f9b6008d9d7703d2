import { type SQL, sql } from "drizzle-orm";
import { type Actor, audit, changed } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";

/**
 * What an organiser hands out and can take back: read tokens (api-tokens.ts) and shared links
 * (share-links.ts). Both are rows of their forum with a `revoked_at` that is set once.
 */
const TABLES = { "api-token": "api_tokens", "share-link": "share_links" } as const;

export type Revocable = keyof typeof TABLES;

/**
 * The audit row (`<kind>.create`) of the token or link whose hash is `hash`, for the batch that inserts
 * it: its id is read from the row inserted before, and no row is written when the insert wrote none.
 */
export function auditCreated(
  kind: Revocable,
  forumId: number,
  actor: Actor,
  hash: string,
  detail: object,
): SQL {
  return audit(
    { forumId, actor: actor.id, action: `${kind}.create`, targetType: kind, targetId: sql`id`, detail },
    { from: sql.raw(TABLES[kind]), when: sql`hash = ${hash}` },
  );
}

/**
 * Revokes a live token or link of the forum: false when the forum has no such one that is still live.
 * Audited (`<kind>.revoke`) in the same batch, only on a change.
 */
export async function revoke(db: Db, kind: Revocable, forumId: number, id: number, actor: Actor) {
  const now = new Date().toISOString();
  const [update] = await runBatch(db, [
    sql`UPDATE ${sql.raw(TABLES[kind])} SET revoked_at = ${now}
      WHERE id = ${id} AND forum_id = ${forumId} AND revoked_at IS NULL`,
    audit(
      { forumId, actor: actor.id, action: `${kind}.revoke`, targetType: kind, targetId: id },
      { when: changed },
    ),
  ]);
  return update!.meta.changes > 0;
}
