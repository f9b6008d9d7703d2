import { type SQL, sql } from "drizzle-orm";
import type { PostTag, QueuePost, ThreadPost } from "../../domain/discussion.js";
import { audit, changed } from "../audit.js";
import { type Bound, rawRead, runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";

/** Whose thread is read, by whom: the round (its id, or a subquery giving it), the question, the viewer. */
export type ThreadRead = {
  roundId: number | SQL;
  questionId: Bound<number>;
  viewerMemberId: Bound<number>;
  organiser: boolean;
  withAuthors: boolean;
};

/** The thread's posts as one raw read (for a batch with the page's other reads); `threadPosts` maps its rows. */
export function threadQuery(db: Db, t: ThreadRead) {
  const bodyCol = t.organiser ? sql`p.body` : sql`CASE WHEN p.hidden_at IS NULL THEN p.body END`;
  const authorCols = t.withAuthors ? sql`, u.name AS author_name, u.email AS author_email` : sql``;
  const authorJoin = t.withAuthors ? sql` JOIN users u ON u.id = m.user_id` : sql``;
  return rawRead(
    db,
    sql`SELECT p.id, p.parent_id, p.tag, ${bodyCol} AS body, p.hidden_reason,
        p.hidden_at IS NOT NULL AS hidden, m.pseudonym, p.member_id = ${t.viewerMemberId} AS own,
        m.role = 'organiser' AS facilitator,
        (SELECT count(*) FROM post_votes v WHERE v.post_id = p.id) AS useful,
        EXISTS (SELECT 1 FROM post_votes v WHERE v.post_id = p.id AND v.member_id = ${t.viewerMemberId}) AS voted
        ${authorCols}
      FROM posts p JOIN members m ON m.id = p.member_id${authorJoin}
      WHERE p.round_id = ${t.roundId} AND p.question_id = ${t.questionId}
      ORDER BY p.id`,
  );
}

/** The rows of `threadQuery` as posts. */
export function threadPosts(
  rows: readonly Record<string, unknown>[],
  t: Pick<ThreadRead, "withAuthors">,
): ThreadPost[] {
  return rows.map((r) => ({
    id: Number(r.id),
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    tag: (r.tag as PostTag | null) ?? null,
    body: (r.body as string | null) ?? null,
    hiddenReason: (r.hidden_reason as string | null) ?? null,
    hidden: Boolean(r.hidden),
    pseudonym: String(r.pseudonym),
    own: Boolean(r.own),
    useful: Number(r.useful),
    votedByMe: Boolean(r.voted),
    author:
      t.withAuthors && !r.facilitator ? { name: String(r.author_name), email: String(r.author_email) } : null,
    facilitator: Boolean(r.facilitator),
  }));
}

/**
 * The thread of a question in a round, oldest first. Experts get pseudonyms only and no hidden text;
 * organisers get hidden text too, and names only when `withAuthors` (quasi-anonymity).
 */
export async function listThread(db: Db, t: ThreadRead & { roundId: number }): Promise<ThreadPost[]> {
  return threadPosts(await threadQuery(db, t), t);
}

const roundOpen = (roundId: number) =>
  sql`EXISTS (SELECT 1 FROM rounds WHERE id = ${roundId} AND state = 'open')`;

/**
 * Adds a post or a reply, in one conditional statement: only while the round is open, only on a
 * question of that round, and for a reply only to a post of the same thread. A reply to a reply is
 * attached to its top-level post (threads are one level deep). Returns false when nothing was stored.
 */
export async function createPost(
  db: Db,
  p: {
    forumId: number;
    roundId: number;
    questionId: number;
    memberId: number;
    parentId: number | null;
    tag: PostTag | null;
    body: string;
  },
): Promise<number | null> {
  const inThread = sql`round_id = ${p.roundId} AND question_id = ${p.questionId}`;
  const parent =
    p.parentId === null
      ? sql`NULL`
      : sql`(SELECT coalesce(parent_id, id) FROM posts WHERE id = ${p.parentId} AND ${inThread})`;
  const parentOk =
    p.parentId === null
      ? sql`1`
      : sql`EXISTS (SELECT 1 FROM posts WHERE id = ${p.parentId} AND ${inThread} AND hidden_at IS NULL)`;
  const res = await runOne(
    db,
    sql`INSERT INTO posts (forum_id, round_id, question_id, member_id, parent_id, tag, body)
      SELECT ${p.forumId}, ${p.roundId}, ${p.questionId}, ${p.memberId}, ${parent}, ${p.tag}, ${p.body}
      WHERE ${roundOpen(p.roundId)} AND ${parentOk}
        AND EXISTS (SELECT 1 FROM round_questions WHERE round_id = ${p.roundId} AND question_id = ${p.questionId})
      RETURNING id`,
  );
  const row = res.results[0] as { id: number } | undefined;
  return row ? Number(row.id) : null;
}

/**
 * Toggles the member's "useful" vote on a post of the thread, in one batch: a vote present is removed;
 * otherwise one is added (not on one's own or a hidden post). Only while the round is open.
 */
export async function toggleUseful(
  db: Db,
  v: { roundId: number; questionId: number; postId: number; memberId: number },
): Promise<"added" | "removed" | "refused"> {
  const [removed, added] = await runBatch(db, [
    sql`DELETE FROM post_votes WHERE post_id = ${v.postId} AND member_id = ${v.memberId} AND ${roundOpen(v.roundId)}`,
    sql`INSERT OR IGNORE INTO post_votes (post_id, member_id)
      SELECT id, ${v.memberId} FROM posts
      WHERE id = ${v.postId} AND round_id = ${v.roundId} AND question_id = ${v.questionId}
        AND member_id <> ${v.memberId} AND hidden_at IS NULL AND changes() = 0 AND ${roundOpen(v.roundId)}`,
  ]);
  if (removed!.meta.changes > 0) return "removed";
  return added!.meta.changes > 0 ? "added" : "refused";
}

/** Hides a post with a reason, and audits it in the same batch (only when this call hid it). */
export async function hidePost(
  db: Db,
  h: {
    forumId: number;
    roundId: number;
    questionId: number;
    postId: number;
    reason: string;
    actorUserId: number;
  },
  nowMs = Date.now(),
): Promise<boolean> {
  const now = new Date(nowMs).toISOString();
  const [update] = await runBatch(db, [
    sql`UPDATE posts SET hidden_at = ${now}, hidden_reason = ${h.reason}, hidden_by = ${h.actorUserId}
      WHERE id = ${h.postId} AND forum_id = ${h.forumId} AND round_id = ${h.roundId}
        AND question_id = ${h.questionId} AND hidden_at IS NULL`,
    audit(
      {
        forumId: h.forumId,
        actor: h.actorUserId,
        action: "post.hide",
        targetType: "post",
        targetId: h.postId,
        detail: { reason: h.reason, questionId: h.questionId },
      },
      { when: changed },
    ),
  ]);
  return update!.meta.changes > 0;
}

/** Shows a hidden post again, audited in the same batch with the reason it had (only when this call did it). */
export async function unhidePost(
  db: Db,
  h: { forumId: number; roundId: number; questionId: number; postId: number; actorUserId: number },
): Promise<boolean> {
  const [audited, update] = await runBatch(db, [
    audit(
      {
        forumId: h.forumId,
        actor: h.actorUserId,
        action: "post.unhide",
        targetType: "post",
        targetId: h.postId,
        detail: sql`json_object('questionId', ${h.questionId}, 'hiddenReason', hidden_reason)`,
      },
      {
        from: sql`posts`,
        when: sql`id = ${h.postId} AND forum_id = ${h.forumId} AND round_id = ${h.roundId}
        AND question_id = ${h.questionId} AND hidden_at IS NOT NULL`,
      },
    ),
    sql`UPDATE posts SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL
      WHERE id = ${h.postId} AND forum_id = ${h.forumId} AND round_id = ${h.roundId}
        AND question_id = ${h.questionId} AND hidden_at IS NOT NULL`,
  ]);
  return audited!.meta.changes > 0 && update!.meta.changes > 0;
}

/** Moderation queue sizes: how many posts one page shows at most (newest first). */
export const QUEUE_PAGE = 50;

/**
 * The organisers' moderation queue: every post of the forum across rounds and questions, newest first,
 * optionally only hidden or only visible ones, one page at a time (QUEUE_PAGE rows, `before` = the last
 * id seen). Names only with `withAuthors` (quasi-anonymity), as in the threads.
 */
export async function listModerationQueue(
  db: Db,
  q: { forumId: number; show: "all" | "hidden" | "visible"; before?: number | null; withAuthors: boolean },
): Promise<QueuePost[]> {
  const filter =
    q.show === "hidden"
      ? sql` AND p.hidden_at IS NOT NULL`
      : q.show === "visible"
        ? sql` AND p.hidden_at IS NULL`
        : sql``;
  const before = q.before ? sql` AND p.id < ${q.before}` : sql``;
  const authorCols = q.withAuthors ? sql`, u.name AS author_name, u.email AS author_email` : sql``;
  const authorJoin = q.withAuthors ? sql` JOIN users u ON u.id = m.user_id` : sql``;
  const res = await runOne(
    db,
    sql`SELECT p.id, r.number AS round_number, p.question_id, qu.title AS question_title, p.tag, p.body,
        p.hidden_at IS NOT NULL AS hidden, p.hidden_reason, m.pseudonym, m.role = 'organiser' AS facilitator,
        p.parent_id IS NOT NULL AS reply,
        (SELECT count(*) FROM post_votes v WHERE v.post_id = p.id) AS useful
        ${authorCols}
      FROM posts p
      JOIN members m ON m.id = p.member_id${authorJoin}
      JOIN rounds r ON r.id = p.round_id
      JOIN questions qu ON qu.id = p.question_id
      WHERE p.forum_id = ${q.forumId}${filter}${before}
      ORDER BY p.id DESC
      LIMIT ${QUEUE_PAGE}`,
  );
  return (res.results as Record<string, unknown>[]).map((r) => ({
    id: Number(r.id),
    roundNumber: Number(r.round_number),
    questionId: Number(r.question_id),
    questionTitle: String(r.question_title),
    tag: (r.tag as PostTag | null) ?? null,
    body: String(r.body),
    hidden: Boolean(r.hidden),
    hiddenReason: (r.hidden_reason as string | null) ?? null,
    pseudonym: String(r.pseudonym),
    facilitator: Boolean(r.facilitator),
    reply: Boolean(r.reply),
    useful: Number(r.useful),
    author:
      q.withAuthors && !r.facilitator ? { name: String(r.author_name), email: String(r.author_email) } : null,
  }));
}

export type { PostTag, QueuePost, ThreadPost } from "../../domain/discussion.js";
