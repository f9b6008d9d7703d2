import type { Question } from "../../../src/domain/questions.js";
import type { Round as RoundRow } from "../../../src/domain/rounds.js";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { useI18n } from "../../context.js";
import { FeedbackPanel } from "../../partials/FeedbackPanel.js";
import { ForumNav } from "./ForumNav.js";

export type LiveMonitorProps = {
  forumId: number;
  realtime: boolean;
  rounds: readonly RoundRow[];
  round: RoundRow;
  items: { question: Question; snapshot: QuestionSnapshot }[];
  /** The polled fragment only (htmx), without heading and navigation. */
  partial?: boolean;
};

/**
 * The organiser's live view of an open round: answered count, distribution and reasons per question.
 * `#live-monitor` polls itself every 30 s (hx-get on the same URL), so the page follows a running study.
 */
export function LiveMonitor({ forumId, realtime, rounds, round, items, partial }: LiveMonitorProps) {
  const { t } = useI18n();
  const base = `/forums/${forumId}/rounds/${round.number}`;
  const body = (
    <div id="live-monitor" hx-get={`${base}/monitor`} hx-trigger="every 30s" hx-swap="outerHTML">
      {items.map(({ question, snapshot }) => (
        <article class="result" id={`monitor-${question.id}`}>
          <h2>{question.title}</h2>
          <p class="meta">
            <a href={`${base}/questions/${question.id}/discussion`}>{t("org.results.discussion")}</a>
          </p>
          {snapshot.n === 0 ? (
            <p>{t("monitor.noAnswers", { eligible: snapshot.eligible })}</p>
          ) : (
            <FeedbackPanel
              roundNumber={round.number}
              config={question.config}
              snapshot={snapshot}
              ownPseudonym=""
              ownPrevious={null}
              live
            />
          )}
        </article>
      ))}
    </div>
  );
  if (partial) return body;
  return (
    <section id="monitor">
      <h1>{t(realtime ? "monitor.titleRealtime" : "monitor.title", { number: round.number })}</h1>
      <ForumNav forumId={forumId} rounds={rounds} />
      <p class="hint">{t(realtime ? "monitor.hintRealtime" : "monitor.hint")}</p>
      {body}
    </section>
  );
}
