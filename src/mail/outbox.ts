import type { Db } from "../db/client.js";
import { outbox } from "../db/schema.js";

export type Message = {
  forumId?: number | null;
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
};

/** The insert that stores a message in the outbox (returned unexecuted so callers can batch it). */
export function queueMessage(db: Db, m: Message) {
  return db.insert(outbox).values({
    forumId: m.forumId ?? null,
    toEmail: m.to,
    kind: m.kind,
    subject: m.subject,
    textBody: m.text,
    htmlBody: m.html,
  });
}
