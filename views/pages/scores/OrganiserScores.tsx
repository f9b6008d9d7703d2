import type { ExtremizingFit } from "../../../src/domain/aggregation/index.js";
import type {
  CalibrationSummary,
  ComparedPool,
  ForumQuestionInfo,
  PooledQuantityScore,
  QuantityQuestionScore,
  QuestionScore,
} from "../../../src/domain/forum-scores.js";
import type { ResolutionRow } from "../../../src/domain/resolutions.js";
import { CalibrationPlot } from "../../components/CalibrationPlot.js";
import { DataTable } from "../../components/DataTable.js";
import { useI18n } from "../../context.js";
import { MurphyTable } from "./MurphyTable.js";
import { outcomeText, scoreText } from "./outcome.js";
import { ScoreCells, ScoreHeads } from "./ScoreColumns.js";

export type ExpertSummary = {
  key: string;
  label: string;
  n: number;
  brier: number | null;
  brier2: number | null;
  log: number | null;
  baseline: number | null;
  peer: number | null;
  weight: number | null;
};

export type OrganiserScoresProps = {
  forumId: number;
  experts: ExpertSummary[];
  questions: ForumQuestionInfo[];
  resolutions: Map<number, ResolutionRow>;
  rows: (QuestionScore & { label: string })[];
  crowd: CalibrationSummary | null;
  pools: { method: ComparedPool; brier: number | null; n: number }[];
  /** Per expert and resolved quantity question: interval score, CRPS and quantile loss. */
  quantityRows: (QuantityQuestionScore & { label: string })[];
  /** The panel's quantile average scored the same way, per quantity question. */
  quantityPanel: PooledQuantityScore[];
  /** The extremizing factor fitted on the resolved yes/no questions; null when none fits. */
  fit: ExtremizingFit | null;
};

/** Everyone's scores (names under quasi-anonymity, pseudonyms under strict), the panel's calibration and the pools compared. */
export function OrganiserScoresPage(p: OrganiserScoresProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const s = (v: number | null) => scoreText(i18n, v);
  const best = Math.min(...p.pools.map((x) => x.brier ?? Number.POSITIVE_INFINITY));
  return (
    <section id="organiser-scores">
      <h1>{t("scores.title")}</h1>
      <p>
        <a href={`/forums/${p.forumId}/resolutions`}>{t("res.index.title")}</a> ·{" "}
        <a href={`/forums/${p.forumId}/cooke`}>{t("res.index.cookeLink")}</a>
      </p>
      {p.experts.length === 0 ? (
        <p>{t("scores.none")}</p>
      ) : (
        <>
          <h2>{t("scores.perExpert")}</h2>
          <p class="hint">{t("scores.meanNote")}</p>
          <div class="table-scroll">
            <table class="stats scores-table" id="expert-scores">
              <thead>
                <ScoreHeads first={t("scores.expert")} brier2 weight />
              </thead>
              <tbody>
                {p.experts.map((e) => (
                  <tr>
                    <th scope="row">{e.label}</th>
                    <ScoreCells row={e} brier2 weight />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="hint">{t("scores.trackFormula")}</p>
        </>
      )}
      {p.crowd && (
        <section id="crowd-calibration">
          <h2>{t("scores.crowd")}</h2>
          <CalibrationPlot id="calibration-crowd" title={t("scores.crowd")} bins={p.crowd.bins} />
          <MurphyTable summary={p.crowd} />
        </section>
      )}
      {p.pools.some((x) => x.n > 0) && (
        <section id="pool-comparison">
          <h2>{t("scores.pools")}</h2>
          <p class="hint">{t("scores.poolsHint")}</p>
          <DataTable
            class="stats scores-table"
            rows={p.pools}
            row={(x) => ({ id: `pool-${x.method}` })}
            columns={[
              { head: t("scores.method"), rowHead: true, cell: (x) => t(`scores.pool.${x.method}`) },
              {
                head: t("scores.brier"),
                cell: (x) => (
                  <>
                    {scoreText(i18n, x.brier, 4)}
                    {x.brier === best && <span class="best-mark"> ({t("scores.best")})</span>}
                  </>
                ),
              },
            ]}
          />
        </section>
      )}
      {p.fit && <ExtremizingFitSection fit={p.fit} />}
      {p.quantityPanel.length > 0 && (
        <section id="quantity-scores">
          <h2>{t("scores.qty.title")}</h2>
          <p class="hint">{t("scores.qty.hint")}</p>
          <details class="formula">
            <summary>{t("scores.formulaSummary")}</summary>
            {t("scores.qty.formula")}
          </details>
          {p.quantityPanel.map((panel) => {
            const q = p.questions.find((x) => x.id === panel.questionId);
            const r = p.resolutions.get(panel.questionId);
            if (!q) return null;
            return (
              <DataTable
                scroll
                class="stats scores-table"
                id={`quantity-scores-${q.id}`}
                caption={
                  <>
                    {q.title} — {r ? outcomeText(i18n, q.config, r.outcome) : ""}
                  </>
                }
                rows={[
                  ...p.quantityRows.filter((row) => row.questionId === q.id),
                  { ...panel, label: t("scores.qty.panel", { n: panel.n }), class: "panel-row" },
                ]}
                row={(row) => ({ class: "class" in row ? row.class : undefined })}
                columns={[
                  { head: t("scores.expert"), rowHead: true, cell: (row) => row.label },
                  { head: t("scores.qty.interval"), cell: (row) => s(row.interval) },
                  { head: t("scores.qty.crps"), cell: (row) => s(row.crps) },
                  { head: t("scores.qty.quantile"), cell: (row) => s(row.quantile) },
                ]}
              />
            );
          })}
        </section>
      )}
      {p.rows.length > 0 && (
        <section id="question-scores">
          <h2>{t("scores.perQuestion")}</h2>
          {p.questions
            .filter((q) => p.rows.some((r) => r.questionId === q.id))
            .map((q) => {
              const r = p.resolutions.get(q.id);
              return (
                <details>
                  <summary>
                    {q.title} — {r ? outcomeText(i18n, q.config, r.outcome) : ""}
                  </summary>
                  <DataTable
                    class="stats scores-table"
                    rows={p.rows.filter((row) => row.questionId === q.id)}
                    columns={[
                      { head: t("scores.expert"), rowHead: true, cell: (row) => row.label },
                      {
                        head: q.kind === "binary" ? t("scores.brier") : t("scores.brier2"),
                        cell: (row) => s(row.brier),
                      },
                      { head: t("scores.log"), cell: (row) => s(row.log) },
                      { head: t("scores.baseline"), cell: (row) => scoreText(i18n, row.baseline, 1) },
                      { head: t("scores.peer"), cell: (row) => scoreText(i18n, row.peer, 1) },
                    ]}
                  />
                </details>
              );
            })}
        </section>
      )}
    </section>
  );
}

/** The fitted extremizing factor in one sentence, its caveat, the formula and the data behind it. */
function ExtremizingFitSection({ fit }: { fit: ExtremizingFit }) {
  const i18n = useI18n();
  const { t } = i18n;
  const d = scoreText(i18n, fit.d, 2);
  return (
    <section id="extremizing-fit">
      <h2>{t("scores.fit.title")}</h2>
      <p>
        {t("scores.fit.summary", {
          n: fit.n,
          d,
          fitted: scoreText(i18n, fit.brier.fitted, 4),
          plain: scoreText(i18n, fit.brier.unextremized, 4),
        })}
      </p>
      {fit.bound === "upper" && <p>{t("scores.fit.upper", { d })}</p>}
      {fit.bound === "lower" && <p>{t("scores.fit.lower", { d })}</p>}
      <p class="hint">{t("scores.fit.inSample")}</p>
      <details class="formula">
        <summary>{t("scores.formulaSummary")}</summary>
        {t("scores.fit.formula")}
      </details>
      <details>
        <summary>{t("scores.fit.data")}</summary>
        <DataTable
          scroll
          class="stats scores-table"
          id="extremizing-data"
          rows={fit.data}
          columns={[
            { head: t("scores.fit.meanOdds"), cell: (r) => scoreText(i18n, r.meanLogOdds, 3) },
            { head: t("scores.fit.plain"), cell: (r) => i18n.formatPercent(r.unextremized, 1) },
            { head: t("scores.fit.extremized"), cell: (r) => i18n.formatPercent(r.extremized, 1) },
            {
              head: t("scores.fit.outcome"),
              cell: (r) => t(r.outcome === 1 ? "res.outcome.yes" : "res.outcome.no"),
            },
          ]}
        />
      </details>
    </section>
  );
}
