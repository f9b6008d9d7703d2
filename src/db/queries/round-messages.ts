import { and, eq } from "drizzle-orm";
import type { Message } from "../../mail/outbox.js";
import { queueMessage } from "../../mail/outbox.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { members, users } from "../schema.js";

export type Recipient = { name: string; email: string; locale: string | null; timeZone: string };

/** The active experts of a forum, who are told when a round opens. */
export async function listActiveExperts(db: Db, forumId: number): Promise<Recipient[]> {
  return db
    .select({ name: users.name, email: users.email, locale: users.locale, timeZone: users.timeZone })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.forumId, forumId), eq(members.role, "expert"), eq(members.status, "active")));
}

/** Queues one message per recipient, in one batch, for the cron's next batch (or sendBatchAfterResponse). */
export async function queueMessages(
  db: Db,
  forumId: number,
  kind: string,
  messages: readonly (Omit<Message, "forumId" | "kind" | "to"> & { to: string })[],
): Promise<void> {
  await runBatch(
    db,
    messages.map((m) => queueMessage(db, { ...m, forumId, kind }, "cron")),
  );
}
