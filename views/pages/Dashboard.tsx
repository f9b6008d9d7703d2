import type { ForumScores } from "../../src/domain/forum-scores.js";
import type { IdeaOutcome } from "../../src/domain/ideas.js";
import { useI18n } from "../context.js";
import { DashboardResults, type DashboardResultsProps } from "../partials/DashboardResults.js";
import { IdeaOutcomes } from "../partials/IdeaOutcomes.js";
import { ProposalDashboard, type ProposalDashboardProps } from "../partials/ProposalDashboard.js";
import { DashboardScoresSection } from "./scores/DashboardScores.js";

export type { DashboardCard } from "../partials/DashboardResults.js";

export type DashboardProps = Omit<DashboardResultsProps, "current"> & {
  forumTitle: string;
  current: DashboardResultsProps["current"] | null;
  /** Accuracy on resolved questions and Cooke's decision maker. */
  scores?: ForumScores;
  /** Proposals, trend radar, eligibility and stage filter. */
  proposalsAndStages?: ProposalDashboardProps;
  /** What the panel proposed in published ideas rounds and what became of it (no authors). */
  ideaOutcomes?: IdeaOutcome[];
  /** Organisers: where to share this round with readers who have no account. */
  shareHref?: string;
};

/** The stakeholder's dashboard: the forum's title, then the switchable results (one htmx target). */
export function DashboardPage(props: DashboardProps) {
  const { t } = useI18n();
  const { current } = props;
  return (
    <section class="dashboard" id="dashboard">
      <h1>{props.forumTitle}</h1>
      {props.shareHref && current && (
        <p class="meta no-print">
          <a href={props.shareHref}>{t("share.manage")}</a>
        </p>
      )}
      {current ? <DashboardResults {...props} current={current} /> : <p>{t("dashboard.none")}</p>}
      {props.scores && <DashboardScoresSection scores={props.scores} cards={props.cards} />}
      {props.proposalsAndStages && <ProposalDashboard {...props.proposalsAndStages} />}
      {props.ideaOutcomes && <IdeaOutcomes items={props.ideaOutcomes} />}
    </section>
  );
}
