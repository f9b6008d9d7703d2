import { useI18n } from "../context.js";

export type ConfirmActionProps = {
  /** The section's id (tests and the e2e suite find the page by it). */
  id: string;
  title: string;
  /** What will happen, one sentence each. */
  happens: string[];
  /** What cannot be undone afterwards. */
  irreversible: string;
  /** The POST the button repeats, with confirm=1. */
  action: string;
  button: string;
  /** Where "Cancel" leads (a GET that changes nothing). */
  cancel: string;
  /** Extra hidden fields the action needs besides confirm=1. */
  hidden?: Record<string, string>;
};

/**
 * The confirmation of an irreversible action: says what will happen and what cannot be undone,
 * then repeats the POST with confirm=1; the first POST (without it) changes nothing and answers this page,
 * so it works without JavaScript. The same pattern as declining an invitation (src/routes/reminders.tsx).
 */
export function ConfirmAction(p: ConfirmActionProps) {
  const { t } = useI18n();
  return (
    <section class="narrow confirm-action" id={p.id}>
      <h1>{p.title}</h1>
      <ul class="confirm-happens">
        {p.happens.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <p class="notice error confirm-irreversible">
        <strong>{t("confirm.cannotUndo")}</strong> {p.irreversible}
      </p>
      <form method="post" action={p.action} class="actions">
        <input type="hidden" name="confirm" value="1" />
        {Object.entries(p.hidden ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <button type="submit" class="danger">
          {p.button}
        </button>
        <a href={p.cancel}>{t("confirm.cancel")}</a>
      </form>
    </section>
  );
}
