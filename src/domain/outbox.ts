/** An outgoing message as the outbox page reads it. Types only. */

export type OutboxMessage = {
  id: number;
  forumTitle: string;
  to: string;
  subject: string;
  kind: string;
  textBody: string;
  createdAt: string;
  /** A reminder under strict anonymity: recipient and body withheld (visibility.ts participationByName). */
  hiddenRecipient?: boolean;
};

/** What stands where a link that works as a credential was: only its recipient may hold it. */
export const REDACTED_LINK = "[link hidden: it signs its recipient in]";

/**
 * A message body as anyone but its recipient may read it (issue 13, F1): every link carrying a secret
 * (a sign-in or invitation token, an unsubscribe key: a run of 20 or more URL-safe characters in its
 * path or query) is replaced by REDACTED_LINK. Other links (a forum's page, the dashboard) stay.
 */
export function redactSecretLinks(text: string): string {
  return text.replace(/https?:\/\/[^\s<>"]+/g, (url) =>
    /[/=?&][A-Za-z0-9_-]{20,}/.test(url.replace(/^https?:\/\/[^/]+/, "")) ? REDACTED_LINK : url,
  );
}
