import type {
  CalibrationSummary,
  ForumQuestionInfo,
  PooledQuantityScore,
  QuantityQuestionScore,
  QuestionScore,
} from "../../../src/domain/forum-scores.js";
import type { AnswerValue } from "../../../src/domain/questions.js";
import type { ResolutionRow } from "../../../src/domain/resolutions.js";
import { CalibrationPlot } from "../../components/CalibrationPlot.js";
import { useI18n } from "../../context.js";
import { describeAnswer } from "../../format.js";
import { MurphyTable } from "./MurphyTable.js";
import { outcomeText, scoreText } from "./outcome.js";

export type MyRevision = {
  roundNumber: number;
  value: AnswerValue;
  status: "draft" | "submitted";
  createdAt: string;
};
export type MyQuestion = {
  question: ForumQuestionInfo;
  revisions: MyRevision[];
  /** null when unresolved, or hidden (a seed before the forum closes). */
  resolution: ResolutionRow | null;
  hiddenSeed: boolean;
  score: QuestionScore | null;
  /** A resolved quantity question's scores, with the panel's for comparison. */
  quantity: { mine: QuantityQuestionScore; panel: PooledQuantityScore | null } | null;
};

export type MyScoresProps = {
  forumTitle: string;
  items: MyQuestion[];
  calibration: CalibrationSummary | null;
};

/** An expert's own answers with every revision, the outcome, and each score explained in one sentence. */
export function MyScoresPage({ forumTitle, items, calibration }: MyScoresProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section id="my-scores">
      <h1>{t("my.title")}</h1>
      <p class="meta">{forumTitle}</p>
      <p>{t("my.intro")}</p>
      <p>
        <a href="/me/scores">{t("me.title")}</a>
      </p>
      {items.length === 0 && <p>{t("my.noAnswers")}</p>}
      {items.map(({ question, revisions, resolution, hiddenSeed, score, quantity }) => (
        <article class="card my-question" id={`my-q${question.id}`}>
          <h2>{question.title}</h2>
          <h3>{t("my.revisions")}</h3>
          <ol class="revisions">
            {revisions.map((r) => (
              <li>
                {t("my.round", { number: r.roundNumber })} · {i18n.formatDateTime(r.createdAt)} ·{" "}
                {describeAnswer(i18n, question.config, r.value)}
                {r.status === "draft" && ` (${t("my.draft")})`}
              </li>
            ))}
          </ol>
          <p class="outcome">
            {hiddenSeed
              ? t("my.hiddenSeed")
              : resolution
                ? "annulled" in resolution.outcome
                  ? t("my.annulled")
                  : t("my.outcome", {
                      outcome: outcomeText(i18n, question.config, resolution.outcome),
                      date: resolution.resolvedOn,
                    })
                : t("my.unresolved")}
          </p>
          {score && (
            <ul class="score-explanations">
              {question.kind === "binary" && (
                <li>{t("my.explain.brier", { value: scoreText(i18n, score.brier) })}</li>
              )}
              <li>{t("my.explain.brier2", { value: scoreText(i18n, score.brier2) })}</li>
              <li>{t("my.explain.log", { value: scoreText(i18n, score.log) })}</li>
              <li>{t("my.explain.baseline", { value: scoreText(i18n, score.baseline, 1) })}</li>
              <li>{t("my.explain.peer", { value: scoreText(i18n, score.peer, 1) })}</li>
            </ul>
          )}
          {quantity && (
            <ul class="score-explanations">
              {(["interval", "crps", "quantile"] as const).map((rule) => (
                <li>
                  {t(`my.explain.${rule}`, {
                    value: scoreText(i18n, quantity.mine[rule]),
                    panel: scoreText(i18n, quantity.panel?.[rule] ?? null),
                  })}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
      {calibration && (
        <section id="my-calibration">
          <h2>{t("my.calibration")}</h2>
          <CalibrationPlot id="calibration-mine" title={t("my.calibration")} bins={calibration.bins} />
          <MurphyTable summary={calibration} />
        </section>
      )}
    </section>
  );
}
