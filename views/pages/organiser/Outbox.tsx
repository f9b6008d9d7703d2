import type { OutboxMessage } from "../../../src/domain/outbox.js";
import { useI18n } from "../../context.js";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its http(s) links made clickable; everything else stays escaped text. */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return <pre class="mail-body">{parts.map((p, i) => (i % 2 === 1 ? <a href={p}>{p}</a> : p))}</pre>;
}

export function OutboxPage({ messages }: { messages: OutboxMessage[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section id="outbox">
      <h1>{t("org.outbox.title")}</h1>
      <p>{t("org.outbox.intro")}</p>
      {messages.length === 0 ? (
        <p>{t("org.outbox.none")}</p>
      ) : (
        <ol class="messages">
          {messages.map((m) => (
            <li class="message" id={`message-${m.id}`}>
              <p>
                <strong>{m.subject}</strong>
              </p>
              <p class="meta">
                {m.hiddenRecipient ? t("org.outbox.hiddenReminder") : t("org.outbox.to", { to: m.to })} ·{" "}
                {m.kind} · {m.forumTitle} ·{" "}
                <time datetime={m.createdAt} title={i18n.formatDateTimeUtc(m.createdAt)}>
                  {i18n.formatDateTime(m.createdAt)}
                </time>
              </p>
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
