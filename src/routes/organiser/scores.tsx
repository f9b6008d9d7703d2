import { Hono } from "hono";
import { OrganiserScoresPage } from "../../../views/pages/scores/OrganiserScores.js";
import { loadForumScoring, loadPanelScores } from "../../db/queries/scores.js";
import {
  calibrationPairs,
  calibrationSummary,
  comparePools,
  expertScoreTable,
  identityLabel,
  recordsFrom,
} from "../../domain/forum-scores.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { renderPage } from "../render.js";
import { organiserCrumbs } from "./crumbs.js";

/** The organiser's scores page: every expert's scores, the panel's calibration, and the pools compared. */
export const scoreRoutes = new Hono<ForumEnv>();

scoreRoutes.get("/scores", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const { t } = c.get("i18n");
  const scoring = await loadForumScoring(db, forum.id);
  const userScores = await loadPanelScores(db, forum.id);
  // Under strict anonymity nobody, organisers included, sees names next to answers.
  const label = (key: string) => {
    const e = scoring.experts.get(key);
    return e ? identityLabel(forum.anonymity, e.name, t("pseudonym", { code: e.pseudonym })) : "–";
  };
  const experts = expertScoreTable([...scoring.experts.keys()], scoring.scores, recordsFrom(userScores))
    .map((row) => ({ ...row, label: label(row.key) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const title = t("scores.title");
  return renderPage(c, {
    title,
    crumbs: organiserCrumbs(c, title),
    body: (
      <OrganiserScoresPage
        forumId={forum.id}
        experts={experts}
        questions={scoring.questions}
        resolutions={scoring.resolutions}
        rows={scoring.scores.map((s) => ({ ...s, label: label(s.expert) }))}
        crowd={calibrationSummary(calibrationPairs(scoring.scored))}
        pools={comparePools(scoring.scored, (qid) => recordsFrom(userScores, qid))}
      />
    ),
  });
});
