import type { Child } from "hono/jsx";
import type { MessageKey } from "../../src/i18n/index.js";
import { useI18n } from "../context.js";

/** A short page that says one thing: its heading, a paragraph, then what may follow (a link, a form). */
export function MessagePage({ title, body, children }: { title: string; body: string; children?: Child }) {
  return (
    <section class="narrow">
      <h1>{title}</h1>
      <p>{body}</p>
      {children}
    </section>
  );
}

/** A page that only says one thing, from its title's and body's catalogue keys. */
export function messagePage(title: MessageKey, body: MessageKey) {
  return function Message() {
    const { t } = useI18n();
    return <MessagePage title={t(title)} body={t(body)} />;
  };
}
