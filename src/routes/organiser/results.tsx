import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ResultsPage } from "../../../views/pages/organiser/Results.js";
import { listForumQuestions } from "../../db/queries/forum-questions.js";
import {
  listRoundQuestions,
  listRoundSnapshots,
  listRounds,
  type RoundRow,
} from "../../db/queries/rounds.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import type { FieldErrors } from "../../validation/forms.js";
import { roundParam } from "../params.js";
import { renderPage } from "../render.js";
import { organiserCrumbs } from "./crumbs.js";

export const resultRoutes = new Hono<ForumEnv>();

/** A closed or published round's frozen snapshots with the synthesis form (re-rendered with 422). */
export async function renderResults(
  c: Context<ForumEnv>,
  round: RoundRow,
  form: { values: { synthesis?: string }; errors: FieldErrors },
  status: ContentfulStatusCode = 200,
) {
  const db = c.get("db");
  const forum = c.get("forum");
  const [rounds, questions, snapshots, all] = await Promise.all([
    listRounds(db, forum.id),
    listRoundQuestions(db, round.id),
    listRoundSnapshots(db, round.id),
    listForumQuestions(db, forum.id),
  ]);
  // Retired: not asked in this round, having reached consensus in an earlier one.
  const asked = new Set(questions.map((q) => q.id));
  const retired = all
    .filter((q) => !asked.has(q.id) && q.latest?.met && q.latest.roundNumber < round.number)
    .map((q) => ({ id: q.id, title: q.title, roundNumber: q.latest!.roundNumber }));
  const items = questions.map((question) => ({
    question,
    snapshot: snapshots.find((s) => s.questionId === question.id)?.stats ?? null,
  }));
  const title = c.get("i18n").t("org.results.title", { number: round.number });
  return renderPage(
    c,
    {
      title,
      crumbs: organiserCrumbs(c, title),
      body: (
        <ResultsPage
          forumId={forum.id}
          rounds={rounds}
          round={round}
          items={items}
          retired={retired}
          {...form}
        />
      ),
    },
    status,
  );
}

resultRoutes.get("/rounds/:n/results", forumAccess("organiser"), async (c) => {
  const round = await roundParam(c);
  // Results exist only once a round is closed: its snapshot is frozen then.
  if (round.state !== "closed" && round.state !== "published")
    throw new AppError("not_found", "no results for this round yet");
  return renderResults(c, round, { values: {}, errors: {} });
});
