import type { Question, StoredAnswer, WordingChange } from "../../../src/domain/questions.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { Deadline } from "../../components/Deadline.js";
import { QuestionText } from "../../components/QuestionText.js";
import { ScenarioBody } from "../../components/ScenarioBody.js";
import { useI18n } from "../../context.js";
import { describeAnswer } from "../../format.js";
import { AnswerForm, type AnswerFormProps } from "../../partials/AnswerForm.js";
import { FeedbackPanel, type FeedbackProps } from "../../partials/FeedbackPanel.js";
import { LivePanel, type LivePanelProps } from "../../partials/LivePanel.js";
import { Thread, type ThreadProps } from "../../partials/Thread.js";
import { WordingChangedNotice } from "../organiser/QuestionEdit.js";

export type ScenarioText = { title: string; narrative: string; drivers: string };

export type QuestionPageProps = {
  forumId: number;
  round: { number: number; state: string; closesAt: string | null };
  question: Question;
  /** The language the question's texts are in (a translation's, else the forum's default). */
  contentLocale?: string;
  index: number;
  total: number;
  scenarios: ScenarioText[];
  form: AnswerFormProps | null;
  feedback: FeedbackProps | null;
  synthesis: string | null;
  revisions: StoredAnswer[];
  /** The question's discussion in this round (deliberation), under the answer and feedback panels. */
  discussion?: ThreadProps | null;
  /** Real-Time Delphi forums: the live group panel (instead of a previous round's feedback). */
  live?: LivePanelProps | null;
  /** The wording changed since the round of the feedback or of the expert's previous answer. */
  wordingChange?: WordingChange | null;
  nextHref: string | null;
  prevHref: string | null;
};

/** The heart of the expert's work: the question, its criteria, the answer form and the group's feedback. */
/** A closed round: the expert's own submitted answer stays in view (or that they gave none). */
function ClosedAnswer({
  round,
  config,
  latest,
}: {
  round: number;
  config: QuestionPageProps["question"]["config"];
  latest: QuestionPageProps["revisions"][number] | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div id="closed-answer">
      <p class="notice">{t("answer.closed")}</p>
      {latest ? (
        <p class="own-answer">
          <strong>{t("answer.yoursInRound", { round })}</strong> {describeAnswer(i18n, config, latest.value)}
        </p>
      ) : (
        <p class="own-answer">{t("answer.noneInRound", { round })}</p>
      )}
    </div>
  );
}

export function QuestionPage(p: QuestionPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = p.question;
  return (
    <article class="question-page">
      <p class="meta">
        {t("question.position", { index: p.index, total: p.total })} · {t(`kind.${q.kind}` as MessageKey)}
        {p.round.closesAt && p.round.state === "open" && (
          <>
            {" · "}
            <Deadline at={p.round.closesAt} />
          </>
        )}
      </p>
      <QuestionText
        title={q.title}
        body={q.body}
        resolutionCriteria={q.resolutionCriteria}
        contentLocale={p.contentLocale}
      />
      {p.wordingChange && <WordingChangedNotice change={p.wordingChange} />}
      {p.scenarios.length > 0 && (
        <details class="scenarios" open>
          <summary>{t("question.scenarios")}</summary>
          <ol hx-disable>
            {p.scenarios.map((s) => (
              <li>
                <ScenarioBody scenario={s} driversLabel={t("question.drivers")} />
              </li>
            ))}
          </ol>
        </details>
      )}
      <div class={p.feedback || p.live ? "answer-layout with-feedback" : "answer-layout"}>
        <section class="answer" aria-labelledby="answer-title">
          <h2 id="answer-title">{t("answer.title", { round: p.round.number })}</h2>
          {p.form ? (
            <AnswerForm {...p.form} />
          ) : (
            <ClosedAnswer
              round={p.round.number}
              config={q.config}
              latest={p.revisions.find((r) => r.status === "submitted")}
            />
          )}
        </section>
        {p.feedback && <FeedbackPanel {...p.feedback} />}
        {p.live && <LivePanel {...p.live} />}
      </div>
      {p.discussion && <Thread {...p.discussion} />}
      {p.synthesis && (
        <section class="synthesis">
          <h2>{t("question.synthesis")}</h2>
          <p hx-disable>{p.synthesis}</p>
        </section>
      )}
      {p.revisions.length > 0 && (
        <details class="revisions">
          <summary>{t("answer.history", { count: p.revisions.length })}</summary>
          <ol id="revision-history">
            {p.revisions.map((r) => (
              <li>
                <time datetime={r.createdAt}>{i18n.formatDateTime(r.createdAt)}</time> ·{" "}
                {t(r.status === "draft" ? "answer.statusDraft" : "answer.statusSubmitted")} ·{" "}
                {describeAnswer(i18n, q.config, r.value)}
              </li>
            ))}
          </ol>
        </details>
      )}
      <nav class="pager" aria-label={t("question.pager")}>
        {p.prevHref && <a href={p.prevHref}>← {t("question.previous")}</a>}
        <a href={`/forums/${p.forumId}/rounds/${p.round.number}`}>{t("question.allQuestions")}</a>
        {p.nextHref && <a href={p.nextHref}>{t("question.next")} →</a>}
      </nav>
    </article>
  );
}
