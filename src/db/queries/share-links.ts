import { and, desc, eq, sql } from "drizzle-orm";
import { newSecret, sha256Hex } from "../../crypto.js";
import type { Actor } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { forums, rounds, shareLinks } from "../schema.js";
import { auditCreated, revoke } from "./revocable.js";

/**
 * Read-only links to one published round's dashboard and report, for readers without an account. Only
 * the SHA-256 of a link's token is stored; the token is shown once, when the link is made.
 */

/** A forum's shared links, newest first, with the round they show and how often they were opened. */
export async function listShareLinks(db: Db, forumId: number) {
  return db
    .select({
      id: shareLinks.id,
      roundNumber: rounds.number,
      subgroups: shareLinks.subgroups,
      createdAt: shareLinks.createdAt,
      revokedAt: shareLinks.revokedAt,
      accessCount: shareLinks.accessCount,
      lastAccessAt: shareLinks.lastAccessAt,
    })
    .from(shareLinks)
    .innerJoin(rounds, eq(rounds.id, shareLinks.roundId))
    .where(eq(shareLinks.forumId, forumId))
    .orderBy(desc(shareLinks.id));
}

/** A shared link asked for: the round it shows, and whether its subgroup statistics are shown too. */
export type NewShareLink = { roundId: number; subgroups: boolean };

/**
 * Makes a shared link to a published round of the forum and returns its token (shown once), or null
 * when the round is not published. Audited in the same batch. `subgroups` is the caller's decision
 * from the anonymity rules (never in a strict forum).
 */
export async function createShareLink(db: Db, forumId: number, link: NewShareLink, actor: Actor) {
  const { roundId, subgroups } = link;
  const { token, hash } = await newSecret();
  const [insert] = await runBatch(db, [
    sql`INSERT INTO share_links (forum_id, round_id, hash, subgroups, created_by)
      SELECT ${forumId}, id, ${hash}, ${subgroups ? 1 : 0}, ${actor.id} FROM rounds
      WHERE id = ${roundId} AND forum_id = ${forumId} AND state = 'published'`,
    auditCreated("share-link", forumId, actor, hash, { roundId, subgroups }),
  ]);
  return insert!.meta.changes > 0 ? token : null;
}

/** Revokes a live link of the forum; false when there is none. Audited only on a change. */
export const revokeShareLink = (db: Db, forumId: number, linkId: number, actor: Actor) =>
  revoke(db, "share-link", forumId, linkId, actor);

/**
 * Opens a shared link: counts the opening (unless `count` is false) and returns the forum and round it shows, or null when the
 * token is unknown, revoked, its round is no longer published, or its maker is no longer an active
 * organiser of the forum. One statement, so a dead link never counts and never reads.
 */
export async function openShareLink(db: Db, token: string, count = true, nowMs = Date.now()) {
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(token)) return null;
  const hash = await sha256Hex(token);
  const now = new Date(nowMs).toISOString();
  const live = and(
    eq(shareLinks.hash, hash),
    sql`${shareLinks.revokedAt} IS NULL`,
    sql`EXISTS (SELECT 1 FROM rounds r WHERE r.id = ${shareLinks.roundId} AND r.state = 'published')`,
    // Like a read token, a link ends with its maker's role: removing the organiser ends their links.
    sql`EXISTS (SELECT 1 FROM members m WHERE m.forum_id = ${shareLinks.forumId}
      AND m.user_id = ${shareLinks.createdBy} AND m.role = 'organiser' AND m.status = 'active')`,
  );
  const fields = {
    forumId: shareLinks.forumId,
    roundId: shareLinks.roundId,
    subgroups: shareLinks.subgroups,
  };
  const opened = count
    ? await db
        .update(shareLinks)
        .set({ accessCount: sql`${shareLinks.accessCount} + 1`, lastAccessAt: now })
        .where(live)
        .returning(fields)
    : await db.select(fields).from(shareLinks).where(live);
  const link = opened[0];
  if (!link) return null;
  const [forum, round] = await Promise.all([
    db.select().from(forums).where(eq(forums.id, link.forumId)).get(),
    db
      .select({
        id: rounds.id,
        number: rounds.number,
        state: rounds.state,
        closedAt: rounds.closedAt,
        publishedAt: rounds.publishedAt,
        synthesis: rounds.synthesis,
      })
      .from(rounds)
      .where(eq(rounds.id, link.roundId))
      .get(),
  ]);
  return forum && round ? { forum, round, subgroups: link.subgroups } : null;
}
