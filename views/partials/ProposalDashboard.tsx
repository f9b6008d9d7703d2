import type { ProposalResult } from "../../src/domain/proposals.js";
import type { QuestionConfig } from "../../src/domain/questions.js";
import type { RoundEligibility, StageSummaries } from "../../src/domain/stages.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
import { useI18n } from "../context.js";
import { formatCount, valueFormatter } from "../format.js";
import { ProposalResults } from "./ProposalResults.js";

export type ProposalDashboardProps = {
  forumId: number;
  results: ProposalResult[];
  eligibility: RoundEligibility[];
  /** The current round's questions with their stage summaries (null when under the threshold). */
  stageCards: {
    questionId: number;
    title: string;
    config: QuestionConfig;
    stages: StageSummaries | null | undefined;
  }[];
  stage: "all" | "founding";
  roundNumber: number | null;
};

/**
 * The dashboard's section on proposals and staged panels: proposals and the trend radar, who could answer each round and who
 * did (counts only), and founding institutions against all respondents where both groups — founding and
 * later joiners — have at least 3 respondents. One root with a stable id.
 */
export function ProposalDashboard(p: ProposalDashboardProps) {
  const withStages = p.stageCards.filter((c) => c.stages?.founding && c.stages.all);
  return (
    <div id="proposals-and-stages" class="proposals-and-stages">
      <ProposalResults results={p.results} />
      {withStages.length > 0 && <StageComparison {...p} cards={withStages} />}
      {p.eligibility.length > 0 && <EligibilityTable rows={p.eligibility} />}
    </div>
  );
}

/** Founding members' medians against everyone's, per question, with the switch between the two views. */
function StageComparison({
  forumId,
  roundNumber,
  stage,
  cards,
}: Pick<ProposalDashboardProps, "forumId" | "roundNumber" | "stage"> & {
  cards: ProposalDashboardProps["stageCards"];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const href = (s: string) =>
    `/forums/${forumId}/dashboard?${roundNumber !== null ? `round=${roundNumber}&` : ""}stage=${s}`;
  return (
    <section id="stage-filter" aria-labelledby="stage-filter-title">
      <h2 id="stage-filter-title">{t("stages.tableTitle")}</h2>
      <nav class="round-switch" aria-label={t("stages.filter")}>
        {t("stages.filter")}{" "}
        {(["all", "founding"] as const).map((s) =>
          s === stage ? (
            <span aria-current="true" class="current">
              {t(`stages.${s}`)}
            </span>
          ) : (
            <a href={href(s)}>{t(`stages.${s}`)}</a>
          ),
        )}
      </nav>
      <table class="stats" id="stage-table">
        <ColumnHeads
          cols={[
            t("stages.question"),
            stage === "founding" && t("stages.foundingMedian", { n: cards[0]!.stages!.founding!.n }),
            t("stages.allMedian", { n: cards[0]!.stages!.all!.n }),
          ]}
        />
        <tbody>
          {cards.map((c) => {
            const f = valueFormatter(i18n, c.config);
            const cell = (g: { summaries: { median: number }[] }) =>
              g.summaries.map((s) => f(s.median)).join(" · ");
            return (
              <tr>
                <th scope="row">{c.title}</th>
                {stage === "founding" && <td>{cell(c.stages!.founding!)}</td>}
                <td>{cell(c.stages!.all!)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="meta">{t("stages.hidden")}</p>
    </section>
  );
}

/** Who could answer each round, who joined late and who answered (counts only). */
function EligibilityTable({ rows }: { rows: RoundEligibility[] }) {
  const i18n = useI18n();
  return (
    <section id="eligibility" aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">{i18n.t("stages.title")}</h2>
      <table class="stats" id="eligibility-table">
        <ColumnHeads
          cols={[
            i18n.t("stages.round"),
            i18n.t("stages.eligible"),
            i18n.t("stages.late"),
            i18n.t("stages.answered"),
          ]}
        />
        <tbody>
          {rows.map((e) => (
            <tr id={`eligibility-round-${e.number}`}>
              <th scope="row">{i18n.t("round.title", { number: e.number })}</th>
              <td>{formatCount(i18n, e.eligible)}</td>
              <td>{formatCount(i18n, e.late)}</td>
              <td>{formatCount(i18n, e.answered)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
