import {
  type DeliveryState,
  MESSAGE_KINDS,
  type OutboxMessage,
  REDACTED_LINK,
} from "../../../src/domain/outbox.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { useI18n } from "../../context.js";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/**
 * Plain text with its http(s) links made clickable and each redacted link (REDACTED_LINK) shown as the
 * reader's language says it; everything else stays escaped text.
 */
function LinkedText({ text }: { text: string }) {
  const { t } = useI18n();
  const chunks = text.split(REDACTED_LINK);
  return (
    <pre class="mail-body">
      {chunks.map((chunk, c) => (
        <>
          {c > 0 && <em class="redacted">{t("org.outbox.redacted")}</em>}
          {chunk.split(URL_PATTERN).map((p, i) => (i % 2 === 1 ? <a href={p}>{p}</a> : p))}
        </>
      ))}
    </pre>
  );
}

const BADGE: Record<DeliveryState, string> = {
  sent: "badge badge-met",
  queued: "badge badge-open",
  retrying: "badge badge-open",
  failed: "badge badge-failed",
};

export type CapNoticeView = {
  forumId: number;
  at: string;
  kind: string;
  queued: number;
  held: number;
  cap: number;
};

export function OutboxPage({
  messages,
  forums,
  filter,
  capped = [],
  sending = true,
}: {
  messages: OutboxMessage[];
  /** The forums the reader organises (the filter's choices). */
  forums: { id: number; title: string }[];
  filter: { forumId: number | null; kind: string | null };
  /** Bulk sends of these forums that stopped at the sending budget (last 7 days). */
  capped?: CapNoticeView[];
  /** False when mail does not leave the database (MAIL_MODE, binding or sender missing). */
  sending?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const kindLabel = (k: string) =>
    (MESSAGE_KINDS as readonly string[]).includes(k) ? t(`org.outbox.kind.${k}` as MessageKey) : k;
  const title = (id: number) => forums.find((f) => f.id === id)?.title ?? "";
  return (
    <section id="outbox">
      <h1>{t("org.outbox.title")}</h1>
      <p>{t("org.outbox.intro")}</p>
      {!sending && <p class="notice">{t("org.outbox.notSending")}</p>}
      <form method="get" action="/outbox" class="actions" id="outbox-filter">
        <label>
          {t("org.outbox.filter.forum")}{" "}
          <select name="forum">
            <option value="">{t("org.outbox.filter.all")}</option>
            {forums.map((f) => (
              <option value={String(f.id)} selected={filter.forumId === f.id}>
                {f.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("org.outbox.filter.kind")}{" "}
          <select name="kind">
            <option value="">{t("org.outbox.filter.all")}</option>
            {MESSAGE_KINDS.map((k) => (
              <option value={k} selected={filter.kind === k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("org.outbox.filter.apply")}</button>
      </form>
      {capped.map((n) => (
        <p class="notice" id={`capped-${n.forumId}-${n.kind}`}>
          <time datetime={n.at}>{i18n.formatDateTime(n.at)}</time> ·{" "}
          {t("org.outbox.capped", {
            forum: title(n.forumId),
            kind: kindLabel(n.kind),
            held: n.held,
            cap: n.cap,
          })}
        </p>
      ))}
      {messages.length === 0 ? (
        <p>{t("org.outbox.none")}</p>
      ) : (
        <ol class="messages">
          {messages.map((m) => (
            <li class="message" id={`message-${m.id}`} data-state={m.state}>
              <p>
                <strong>{m.subject}</strong>{" "}
                <span class={BADGE[m.state]}>{t(`org.outbox.state.${m.state}`)}</span>
              </p>
              <p class="meta">
                {m.hiddenRecipient ? t("org.outbox.hiddenReminder") : t("org.outbox.to", { to: m.to })} ·{" "}
                {kindLabel(m.kind)}
                {m.forumTitle ? ` · ${m.forumTitle}` : ""} ·{" "}
                <time datetime={m.createdAt} title={i18n.formatDateTimeUtc(m.createdAt)}>
                  {i18n.formatDateTime(m.createdAt)}
                </time>
              </p>
              <p class="meta delivery">
                {m.sentAt && (
                  <>
                    {t("org.outbox.sentAt", { at: i18n.formatDateTime(m.sentAt) })}
                    {" · "}
                  </>
                )}
                {t("org.outbox.attempts", { count: m.attempts })}
                {m.attempts > 1 && <> · {t("org.outbox.retried", { count: m.attempts - 1 })}</>}
                {m.state === "retrying" && m.nextAttemptAt && (
                  <> · {t("org.outbox.nextAttempt", { at: i18n.formatDateTime(m.nextAttemptAt) })}</>
                )}
              </p>
              {m.lastError && m.state !== "sent" && (
                <p class="notice error">{t("org.outbox.error", { error: m.lastError })}</p>
              )}
              {!m.hiddenRecipient && (
                <details>
                  <summary>{t("org.outbox.body")}</summary>
                  <LinkedText text={m.textBody} />
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
