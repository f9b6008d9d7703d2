/** An outgoing message as the delivery log (/outbox) reads it, and its delivery state. */

export type DeliveryState = "queued" | "sent" | "retrying" | "failed";

export type OutboxMessage = {
  id: number;
  /** null: a sign-in message (it belongs to no forum). */
  forumTitle: string | null;
  to: string;
  subject: string;
  kind: string;
  /** With every secret link redacted (redactSecretLinks). */
  textBody: string;
  createdAt: string;
  /** A reminder under strict anonymity: recipient and body withheld (visibility.ts participationByName). */
  hiddenRecipient?: boolean;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  state: DeliveryState;
};

/**
 * A row's delivery state: sent; failed for good (tried, no further attempt planned: rejected by the
 * provider or out of attempts); retrying (failed, next attempt planned); else queued (not tried yet, or
 * being sent).
 */
export function deliveryState(r: {
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}): DeliveryState {
  if (r.sentAt) return "sent";
  if (r.attempts > 0 && r.nextAttemptAt === null) return "failed";
  if (r.lastError) return "retrying";
  return "queued";
}

/** The kinds of message the app sends (the delivery log's filter). */
export const MESSAGE_KINDS = ["signin", "invite", "invite-declined", "round-open", "reminder"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** What stands where a link that works as a credential was: only its recipient may hold it. */
export const REDACTED_LINK = "[link hidden: it signs its recipient in]";

/**
 * A message body as anyone but its recipient may read it (F1): every link carrying a secret
 * (a sign-in or invitation token, an unsubscribe key: a run of 20 or more URL-safe characters in its
 * path or query) is replaced by REDACTED_LINK. Other links (a forum's page, the dashboard) stay.
 */
export function redactSecretLinks(text: string): string {
  return text.replace(/https?:\/\/[^\s<>"]+/g, (url) =>
    /[/=?&][A-Za-z0-9_-]{20,}/.test(url.replace(/^https?:\/\/[^/]+/, "")) ? REDACTED_LINK : url,
  );
}
