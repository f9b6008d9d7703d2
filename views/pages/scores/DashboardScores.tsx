import type { ForumScores } from "../../../src/domain/forum-scores.js";
import type { QuestionConfig } from "../../../src/domain/questions.js";
import { DataTable } from "../../components/DataTable.js";
import { useI18n } from "../../context.js";
import { valueFormatter } from "../../format.js";
import { scoreText } from "./outcome.js";

/**
 * The dashboard's section on resolved questions: the panel's aggregate accuracy (never an expert's),
 * and beside each quantity question the equal-weight pool and Cooke's performance-weighted decision maker.
 */
export function DashboardScoresSection({
  scores,
  cards,
  glossary = "/glossary",
}: {
  scores: ForumScores;
  cards: { questionId: number; title: string; config: QuestionConfig }[];
  glossary?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const quantities = cards.filter(
    (c) => c.config.kind === "quantity" && scores.decisionMaker.some((d) => d.questionId === c.questionId),
  );
  if (!scores.accuracy && quantities.length === 0) return null;
  return (
    <section id="dashboard-accuracy" class="dashboard-scores">
      {scores.accuracy && (
        <>
          <h2>{t("acc.title")}</h2>
          <p>
            {t("acc.crowd", { count: scores.accuracy.count, brier: scoreText(i18n, scores.accuracy.brier) })}{" "}
            <a class="term" href={`${glossary}#brier`}>
              {t("glossary.brier.term")}
            </a>
            : {t("glossary.brier.def")}
          </p>
        </>
      )}
      {quantities.length > 0 && (
        <section id="decision-maker">
          <h2>
            <a class="term" href={`${glossary}#cooke`}>
              {t("dm.title")}
            </a>
          </h2>
          <p class="hint">
            {t("dm.hint")}{" "}
            <a class="term" href={`${glossary}#decision-maker`}>
              {t("glossary.decision-maker.term")}
            </a>
            : {t("glossary.decision-maker.def")}
          </p>
          <DataTable
            scroll
            class="stats dm-table"
            rows={quantities.map((c) => ({
              c,
              v: scores.decisionMaker.find((d) => d.questionId === c.questionId)!,
              f: valueFormatter(i18n, c.config),
            }))}
            row={({ c }) => ({ id: `dm-${c.questionId}` })}
            columns={[
              { head: "", rowHead: true, cell: ({ c }) => c.title },
              { head: t("dm.equal"), cell: ({ v, f }) => v.equal.map(f).join(" · ") },
              { head: t("dm.performance"), cell: ({ v, f }) => v.dm.map(f).join(" · ") },
            ]}
          />
          <p class="hint">
            {t("dm.q5")} · {t("dm.q50")} · {t("dm.q95")}
          </p>
        </section>
      )}
    </section>
  );
}
