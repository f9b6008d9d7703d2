import type { Child } from "hono/jsx";

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
