import { Hono } from "hono";
import { type MeRow, MeScoresPage } from "../../views/pages/scores/MeScores.js";
import { type MyQuestion, MyScoresPage } from "../../views/pages/scores/MyScores.js";
import { listExpertForums, listMyForumAnswers, loadForumScoring } from "../db/queries/scores.js";
import {
  calibrationPairsWithPool,
  calibrationSummary,
  pooledQuantityScores,
  type QuestionScore,
  summariseScores,
} from "../domain/forum-scores.js";
import { parseAnswerValue } from "../domain/questions.js";
import type { AppEnv } from "../env.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { requireUser } from "../middleware/session.js";
import { renderNamedForumPage } from "./crumbs.js";
import { renderPage } from "./render.js";

/**
 * An expert's own answers and scores: /forums/:forumId/my-scores (this forum) and /me/scores (all
 * forums). Only the caller's own rows leave the query layer; other experts' answers are used only
 * inside the engine (the peer score compares with them).
 */
export const myScores = new Hono<ForumEnv>();

myScores.get("/forums/:forumId/my-scores", forumAccess("expert"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const member = c.get("member");
  const me = String(member.userId);
  const [scoring, mine] = await Promise.all([
    loadForumScoring(db, forum.id),
    listMyForumAnswers(db, forum.id, member.id),
  ]);
  const panel = pooledQuantityScores(scoring.quantityScored);
  const items: MyQuestion[] = scoring.questions
    .filter((q) => mine.some((a) => a.questionId === q.id))
    .map((question) => {
      const hiddenSeed = question.isSeed && forum.closedAt === null;
      return {
        question,
        revisions: mine
          .filter((a) => a.questionId === question.id)
          .map((a) => ({ ...a, value: parseAnswerValue(question.kind, a.value) })),
        hiddenSeed,
        resolution: hiddenSeed ? null : (scoring.resolutions.get(question.id) ?? null),
        score: scoring.scores.find((s) => s.questionId === question.id && s.expert === me) ?? null,
        quantity: quantityScore(question.id),
      };
    });
  function quantityScore(questionId: number): MyQuestion["quantity"] {
    if (forum.closedAt === null && scoring.questions.find((q) => q.id === questionId)?.isSeed) return null;
    const mine = scoring.quantityScores.find((s) => s.questionId === questionId && s.expert === me);
    return mine ? { mine, panel: panel.find((p) => p.questionId === questionId) ?? null } : null;
  }
  const calibration = calibrationPairsWithPool(scoring.scored, me);
  return renderNamedForumPage(
    c,
    c.var.i18n.t("my.title"),
    <MyScoresPage
      forumTitle={forum.title}
      items={items}
      calibration={calibrationSummary(calibration.pairs, 10, calibration.pool)}
    />,
  );
});

export const meScores = new Hono<AppEnv>();

meScores.get("/me/scores", requireUser, async (c) => {
  const db = c.get("db");
  const user = c.get("user")!;
  const me = String(user.id);
  const forums = await listExpertForums(db, user.id);
  const rows: MeRow[] = [];
  const all: QuestionScore[] = [];
  for (const f of forums) {
    const own = (await loadForumScoring(db, f.forumId)).scores.filter((s) => s.expert === me);
    all.push(...own);
    rows.push(summarise(f.forumId, f.title, own));
  }
  rows.push(summarise(null, "", all));
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: t("me.title"),
    crumbs: [{ label: t("forums.title"), href: "/forums" }, { label: t("me.title") }],
    body: <MeScoresPage rows={rows} />,
  });
});

function summarise(forumId: number | null, title: string, own: QuestionScore[]): MeRow {
  const { n, brier, log, baseline, peer } = summariseScores(own);
  return { forumId, title, n, brier, log, baseline, peer };
}
