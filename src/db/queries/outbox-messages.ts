import { and, eq, type SQL, sql } from "drizzle-orm";
import { deliveryState, type OutboxMessage, redactSecretLinks } from "../../domain/outbox.js";
import { type Anonymity, deliveryLogShowsSignIns, participationByName } from "../../domain/visibility.js";
import { idsIn, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { forums, members } from "../schema.js";

export type OrganisedForum = { id: number; title: string; anonymity: Anonymity };

/** The forums a user actively organises. */
export async function listOrganisedForums(db: Db, userId: number): Promise<OrganisedForum[]> {
  return db
    .select({ id: forums.id, title: forums.title, anonymity: forums.anonymity })
    .from(members)
    .innerJoin(forums, eq(forums.id, members.forumId))
    .where(and(eq(members.userId, userId), eq(members.role, "organiser"), eq(members.status, "active")))
    .orderBy(forums.title);
}

/** The ids of the forums a user actively organises. */
export async function listOrganisedForumIds(db: Db, userId: number): Promise<number[]> {
  return (await listOrganisedForums(db, userId)).map((f) => f.id);
}

const ids = (list: readonly number[]) =>
  sql.join(
    list.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * The delivery log of the given forums, newest first: their messages and, where the anonymity rule
 * allows (deliveryLogShowsSignIns), the sign-in messages of their members, each with its delivery state.
 * Every secret link is redacted here, before any page gets the text (an organiser must not hold
 * another person's invitation or sign-in link). `kind` narrows to one kind of message.
 */
export async function listForumMessages(
  db: Db,
  forumsShown: readonly OrganisedForum[],
  filter: { kind?: string } = {},
  limit = 200,
): Promise<OutboxMessage[]> {
  if (forumsShown.length === 0) return [];
  const all = forumsShown.map((f) => f.id);
  const signInForums = forumsShown.filter((f) => deliveryLogShowsSignIns(f.anonymity)).map((f) => f.id);
  const signIns: SQL =
    signInForums.length > 0
      ? sql` OR (o.forum_id IS NULL AND o.kind = 'signin' AND o.to_email IN (SELECT u.email FROM members m
          JOIN users u ON u.id = m.user_id WHERE m.forum_id IN (${ids(signInForums)}) AND m.status <> 'removed'))`
      : sql``;
  const kind = filter.kind ? sql` AND o.kind = ${filter.kind}` : sql``;
  // Reminders go to whoever has not answered everything: under strict anonymity their recipients and
  // bodies ("you have answered 5 of 7") are not read at all (visibility.ts participationByName).
  const named = (["quasi", "strict"] as const).filter(participationByName);
  const shown = sql`(o.kind <> 'reminder' OR f.anonymity IN (${sql.join(
    named.map((a) => sql`${a}`),
    sql`, `,
  )}))`;
  const res = await runOne(
    db,
    sql`SELECT o.id, f.title AS forumTitle, CASE WHEN ${shown} THEN o.to_email ELSE '' END AS "to", o.subject,
        o.kind, CASE WHEN ${shown} THEN o.text_body ELSE '' END AS textBody, NOT ${shown} AS hiddenRecipient,
        o.created_at AS createdAt, o.sent_at AS sentAt, o.attempts, o.last_error AS lastError,
        o.next_attempt_at AS nextAttemptAt
      FROM outbox o LEFT JOIN forums f ON f.id = o.forum_id
      WHERE (o.forum_id IN (${ids(all)})${signIns})${kind}
      ORDER BY o.id DESC LIMIT ${limit}`,
  );
  return (
    res.results as (Omit<OutboxMessage, "state" | "hiddenRecipient"> & { hiddenRecipient: number })[]
  ).map(({ hiddenRecipient, ...r }) => ({
    ...r,
    ...(Number(hiddenRecipient) === 1 ? { hiddenRecipient: true } : {}),
    id: Number(r.id),
    attempts: Number(r.attempts),
    textBody: redactSecretLinks(r.textBody),
    state: deliveryState(r),
  }));
}

/**
 * Per member of a forum whose newest invitation failed for good (rejected, or out of attempts): the
 * provider's error, for the Panel page's "not delivered — send again".
 */
export async function listFailedInvitations(
  db: Db,
  forumId: number,
  /** The members of the page shown (at most IDS_PER_STATEMENT: one bound parameter each). */
  memberIds: readonly number[],
): Promise<Map<number, string>> {
  if (memberIds.length === 0) return new Map();
  const onPage = idsIn(sql`m.id`, memberIds, "listFailedInvitations");
  const res = await runOne(
    db,
    sql`SELECT m.id AS memberId, o.last_error AS error FROM members m JOIN users u ON u.id = m.user_id
      JOIN outbox o ON o.id = (SELECT max(x.id) FROM outbox x
        WHERE x.forum_id = m.forum_id AND x.kind = 'invite' AND x.to_email = u.email)
      WHERE m.forum_id = ${forumId} AND m.status = 'invited' AND ${onPage}
        AND o.sent_at IS NULL AND o.attempts > 0 AND o.next_attempt_at IS NULL`,
  );
  return new Map(
    (res.results as { memberId: number; error: string | null }[]).map((r) => [
      Number(r.memberId),
      r.error ?? "",
    ]),
  );
}

export type { OutboxMessage } from "../../domain/outbox.js";
