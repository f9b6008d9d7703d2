import type { MessageKey } from "../i18n/index.js";

/**
 * "Every action says what it did": after an organiser's action redirects (303), the page it
 * lands on shows one short confirmation, named by `?notice=<name>` in the redirect. renderPage shows it
 * (role="status") for the names below only; anything else in the query is ignored.
 */
export const NOTICES = {
  "forum-created": "notice.forum-created",
  "forum-cloned": "notice.forum-cloned",
  "forum-closed": "notice.forum-closed",
  "settings-saved": "notice.settings-saved",
  "discussion-saved": "notice.discussion-saved",
  "scenarios-added": "notice.scenarios-added",
  "question-added": "notice.question-added",
  "question-moved": "notice.question-moved",
  "question-deleted": "notice.question-deleted",
  invited: "notice.invited",
  resent: "notice.resent",
  removed: "notice.removed",
  "round-created": "notice.round-created",
  "ideas-round-created": "notice.ideas-round-created",
  "round-opened": "notice.round-opened",
  "round-closed": "notice.round-closed",
  "round-published": "notice.round-published",
  "schedule-saved": "notice.schedule-saved",
  "synthesis-saved": "notice.synthesis-saved",
  "resolution-saved": "notice.resolution-saved",
  "seed-saved": "notice.seed-saved",
  "proposal-added": "notice.proposal-added",
  "proposal-revised": "notice.proposal-revised",
  "token-revoked": "notice.token-revoked",
  "share-revoked": "share.revoked",
  "post-hidden": "notice.post-hidden",
  "post-shown": "notice.post-shown",
  "idea-merged": "notice.idea-merged",
  "idea-edited": "notice.idea-edited",
  "idea-rejected": "notice.idea-rejected",
  "idea-promoted": "notice.idea-promoted",
  "translations-saved": "tr.saved",
} as const satisfies Record<string, MessageKey>;
export type Notice = keyof typeof NOTICES;

/** The catalogue key of a `?notice=` value, or null when it is not one of ours. */
export function noticeKey(value: string | undefined | null): MessageKey | null {
  return value && Object.hasOwn(NOTICES, value) ? NOTICES[value as Notice] : null;
}

/** A redirect target with `notice=<name>` added to its query (before any #fragment). */
export function withNotice(target: string, notice: Notice): string {
  const hash = target.indexOf("#");
  const path = hash === -1 ? target : target.slice(0, hash);
  const fragment = hash === -1 ? "" : target.slice(hash);
  return `${path}${path.includes("?") ? "&" : "?"}notice=${notice}${fragment}`;
}
