import { useI18n } from "../context.js";
import { FeedbackPanel, type FeedbackProps } from "./FeedbackPanel.js";

export type LivePanelProps = {
  /** The panel partial's URL (polled every 15 s). */
  href: string;
  /** null until the expert has submitted an answer to this question: then only a note is shown. */
  feedback: FeedbackProps | null;
};

/**
 * Real-Time Delphi: the group so far, refreshed by htmx polling every 15 s and right after the expert
 * saves an answer (`answer-saved`). Before the expert's first answer it shows only a note; the server
 * refuses the partial to them too (403, which htmx does not swap).
 */
export function LivePanel({ href, feedback }: LivePanelProps) {
  const { t } = useI18n();
  return (
    <section
      class="live-panel"
      id="live-panel"
      aria-labelledby="live-title"
      hx-get={href}
      hx-trigger={feedback ? "every 15s, answer-saved from:body" : "answer-saved from:body"}
      hx-swap="outerHTML"
    >
      <h2 id="live-title">{t("live.title")}</h2>
      {feedback ? (
        <>
          <p class="hint">{t("live.updates")}</p>
          {feedback.snapshot.n === 0 ? <p>{t("live.noAnswers")}</p> : <FeedbackPanel {...feedback} live />}
        </>
      ) : (
        <p class="notice" id="live-answer-first">
          {t("live.answerFirst")}
        </p>
      )}
    </section>
  );
}
