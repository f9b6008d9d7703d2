import { Hono } from "hono";
import { OrganiserScoresPage } from "../../../views/pages/scores/OrganiserScores.js";
import { loadForumScoring, loadPanelScores } from "../../db/queries/scores.js";
import { identityLabel, organiserScoreTables } from "../../domain/forum-scores.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { renderForumPage } from "../crumbs.js";

/**
 * The organiser's scores page: every expert's scores (quantity questions too), the panel's calibration
 * with its skill over the base rate and over the panel average, the pools compared and the fitted
 * extremizing factor.
 */
export const scoreRoutes = new Hono<ForumEnv>();

scoreRoutes.get("/scores", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const { t } = i18n;
  const [scoring, panelScores] = await Promise.all([
    loadForumScoring(db, forum.id),
    loadPanelScores(db, forum.id),
  ]);
  // Under strict anonymity nobody, organisers included, sees names next to answers.
  const label = (key: string) => {
    const e = scoring.experts.get(key);
    return e ? identityLabel(forum.anonymity, e.name, t("pseudonym", { code: e.pseudonym })) : "–";
  };
  const tables = organiserScoreTables(scoring, panelScores, label);
  return renderForumPage(
    c,
    t("scores.title"),
    <OrganiserScoresPage
      forumId={forum.id}
      questions={scoring.questions}
      resolutions={scoring.resolutions}
      {...tables}
    />,
  );
});
