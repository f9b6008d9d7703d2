import { Hono } from "hono";
import { OrganiserScoresPage } from "../../../views/pages/scores/OrganiserScores.js";
import { loadForumScoring, loadPanelScores } from "../../db/queries/scores.js";
import { trackRecordWeights } from "../../domain/aggregation/index.js";
import { calibrationPairs, comparePools, recordsFrom } from "../../domain/forum-scores.js";
import { calibrationTable, murphyDecomposition } from "../../domain/scoring/index.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { renderPage } from "../render.js";
import { organiserCrumbs } from "./crumbs.js";

/** The organiser's scores page: every expert's scores, the panel's calibration, and the pools compared. */
export const scoreRoutes = new Hono<ForumEnv>();

const mean = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length > 0 ? v.reduce((a, b) => a + b, 0) / v.length : null;
};

scoreRoutes.get("/scores", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const { t } = c.get("i18n");
  const scoring = await loadForumScoring(db, forum.id);
  const userScores = await loadPanelScores(db, forum.id);
  const records = recordsFrom(userScores);
  const weights =
    scoring.experts.size > 0
      ? trackRecordWeights(
          [...scoring.experts.keys()].map(
            (k) => records.find((r) => r.expert === k) ?? { expert: k, brier: null, n: 0 },
          ),
        )
      : new Map<string, number>();
  // Under strict anonymity nobody, organisers included, sees names next to answers.
  const label = (key: string) => {
    const e = scoring.experts.get(key);
    if (!e) return "–";
    const pseudonym = t("pseudonym", { code: e.pseudonym });
    return forum.anonymity === "strict" ? pseudonym : `${e.name} (${pseudonym})`;
  };
  const experts = [...scoring.experts.keys()]
    .map((key) => {
      const rows = scoring.scores.filter((s) => s.expert === key);
      return {
        key,
        label: label(key),
        n: rows.length,
        brier: mean(rows.filter((r) => r.kind === "binary").map((r) => r.brier)),
        brier2: mean(rows.map((r) => r.brier2)),
        log: mean(rows.map((r) => r.log)),
        baseline: mean(rows.map((r) => r.baseline)),
        peer: mean(rows.map((r) => r.peer)),
        weight: weights.get(key) ?? null,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  const pairs = calibrationPairs(scoring.scored);
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
        crowd={
          pairs.length > 0
            ? { bins: calibrationTable(pairs, 10).bins, murphy: murphyDecomposition(pairs, 10) }
            : null
        }
        pools={comparePools(scoring.scored, (qid) => recordsFrom(userScores, qid))}
      />
    ),
  });
});
