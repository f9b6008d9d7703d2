import { hasMessage, type I18n, type MessageKey } from "./index.js";

/**
 * A Real-Time Delphi (forums.mode = "realtime") is one continuous study: none of its pages, notices,
 * confirmations or e-mails speak of rounds. Rather than a condition at every use, the catalogues hold,
 * for each message that names a round, a roundless wording under the same key prefixed "roundless."
 * (messages/<lang>/roundless.ts), and a roundless forum's translator reads that one instead. The forum
 * middleware (forumAccess) installs it for every page of such a forum; mail code takes it from forumI18n.
 */
export type RoundlessKey = Extract<MessageKey, `roundless.${string}`>;

/** Every "roundless.X" has a message X to stand in for (checked by the compiler). */
type Unmatched = {
  [K in RoundlessKey]: K extends `roundless.${infer B}` ? (B extends MessageKey ? never : K) : never;
}[RoundlessKey];
const allMatched: [Unmatched] extends [never] ? true : Unmatched = true;
void allMatched;

/** The key a roundless forum reads for `key`: its "roundless." wording when there is one. */
export function roundlessKey(key: MessageKey): MessageKey {
  const alt = `roundless.${key}`;
  return hasMessage(alt) ? (alt as MessageKey) : key;
}

const ROUNDLESS = Symbol("roundless");
type Marked = I18n & { [ROUNDLESS]?: true };

/** The translator of a roundless forum: the same, with every round-speaking message in its study wording. */
export function roundlessI18n(i18n: I18n): I18n {
  if ((i18n as Marked)[ROUNDLESS]) return i18n;
  const t: I18n["t"] = (key, params) => i18n.t(roundlessKey(key), params);
  return { ...i18n, t, [ROUNDLESS]: true } as Marked;
}

/** The translator for pages and messages about `forum`: roundless when it is a Real-Time Delphi. */
export function forumI18n(i18n: I18n, forum: { mode: "rounds" | "realtime" }): I18n {
  return forum.mode === "realtime" ? roundlessI18n(i18n) : i18n;
}
