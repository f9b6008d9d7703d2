import { and, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { type OutboxMessage, redactSecretLinks } from "../../domain/outbox.js";
import { participationByName } from "../../domain/visibility.js";
import type { Db } from "../client.js";
import { forums, members, outbox } from "../schema.js";

/** The ids of the forums a user actively organises. */
export async function listOrganisedForumIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .select({ id: members.forumId })
    .from(members)
    .where(and(eq(members.userId, userId), eq(members.role, "organiser"), eq(members.status, "active")));
  return rows.map((r) => r.id);
}

/**
 * The newest messages of the given forums, with every secret link redacted here, before any page gets
 * them (an organiser must not hold another person's invitation or sign-in link: issue 13, F1).
 * Messages without a forum (sign-in links) are never listed: they belong to their recipient alone.
 */
export async function listForumMessages(
  db: Db,
  forumIds: readonly number[],
  limit = 200,
): Promise<OutboxMessage[]> {
  if (forumIds.length === 0) return [];
  // Reminders go to whoever has not answered everything: under strict anonymity their recipients and
  // bodies ("you have answered 5 of 7") are not read at all (visibility.ts participationByName).
  const named = (["quasi", "strict"] as const).filter(participationByName);
  const shown = sql`(${outbox.kind} <> 'reminder' OR ${inArray(forums.anonymity, [...named])})`;
  const rows = await db
    .select({
      id: outbox.id,
      forumTitle: forums.title,
      to: sql<string>`CASE WHEN ${shown} THEN ${outbox.toEmail} ELSE '' END`,
      subject: outbox.subject,
      kind: outbox.kind,
      textBody: sql<string>`CASE WHEN ${shown} THEN ${outbox.textBody} ELSE '' END`,
      hiddenRecipient: sql<number>`NOT ${shown}`,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .innerJoin(forums, eq(forums.id, outbox.forumId))
    .where(and(isNotNull(outbox.forumId), inArray(outbox.forumId, [...forumIds])))
    .orderBy(desc(outbox.id))
    .limit(limit);
  return rows.map(({ hiddenRecipient, ...r }) => ({
    ...r,
    textBody: redactSecretLinks(r.textBody),
    ...(Number(hiddenRecipient) === 1 ? { hiddenRecipient: true } : {}),
  }));
}

export type { OutboxMessage } from "../../domain/outbox.js";
