/** An outgoing message as the outbox page reads it. Types only. */

export type OutboxMessage = {
  id: number;
  forumTitle: string;
  to: string;
  subject: string;
  kind: string;
  textBody: string;
  createdAt: string;
};
