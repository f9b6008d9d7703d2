import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as v from "valibot";
import { ResultsPage } from "../../../views/pages/organiser/Results.js";
import { ANSWERS_PAGE, answersId, ResultAnswers } from "../../../views/partials/ResultAnswers.js";
import { listForumQuestions } from "../../db/queries/forum-questions.js";
import { listPanel } from "../../db/queries/panel.js";
import {
  listRoundQuestions,
  listRoundSnapshots,
  listRounds,
  type RoundRow,
} from "../../db/queries/rounds.js";
import { type AnswerListOptions, listAnswers, NO_ANSWER_FILTER } from "../../domain/answer-list.js";
import type { QuestionSnapshot } from "../../domain/snapshot.js";
import { mayPairNamesWithPseudonyms } from "../../domain/visibility.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import type { FieldErrors } from "../../validation/forms.js";
import { answerListQuery } from "../../validation/organiser-rounds.js";
import { renderForumPage } from "../crumbs.js";
import { roundParam } from "../params.js";
import { isHtmx, renderPartial } from "../render.js";

export const resultRoutes = new Hono<ForumEnv>();

/** A closed or published round's frozen snapshots with the synthesis form (re-rendered with 422). */
export async function renderResults(
  c: Context<ForumEnv>,
  round: RoundRow,
  form: { values: { synthesis?: string }; errors: FieldErrors },
  status: ContentfulStatusCode = 200,
) {
  const { db, forum, i18n } = c.var;
  // Names beside pseudonyms only where organisers may pair them; under strict anonymity none is read.
  const withNames = mayPairNamesWithPseudonyms("organiser", forum.anonymity);
  const [rounds, questions, snapshots, all, panel] = await Promise.all([
    listRounds(db, forum.id),
    listRoundQuestions(db, round.id),
    listRoundSnapshots(db, round.id),
    listForumQuestions(db, forum.id),
    withNames ? listPanel(db, forum.id, true) : Promise.resolve([]),
  ]);
  const names = new Map(panel.filter((m) => m.pseudonym).map((m) => [m.pseudonym, m.name]));
  const asked = v.parse(answerListQuery, c.req.query());
  const optionsFor = (questionId: number): AnswerListOptions =>
    asked.question === undefined || asked.question === questionId
      ? { sort: asked.sort ?? null, by: asked.by ?? 0, outside: asked.outside === "1", query: asked.q ?? "" }
      : NO_ANSWER_FILTER;
  // Retired: not asked in this round, having reached consensus in an earlier one.
  const inRound = new Set(questions.map((q) => q.id));
  const retired = all
    .filter((q) => !inRound.has(q.id) && q.latest?.met && q.latest.roundNumber < round.number)
    .map((q) => ({ id: q.id, title: q.title, roundNumber: q.latest!.roundNumber }));
  const items = questions.map((question) => {
    const snapshot: QuestionSnapshot | null =
      snapshots.find((s) => s.questionId === question.id)?.stats ?? null;
    const options = optionsFor(question.id);
    const shown = asked.question === question.id ? (asked.shown ?? ANSWERS_PAGE) : ANSWERS_PAGE;
    return { question, snapshot, options, shown, answers: snapshot ? listAnswers(snapshot, options) : [] };
  });
  const base = `/forums/${forum.id}/rounds/${round.number}/results`;
  // htmx sorting or filtering one question's answers: only that list.
  c.header("Vary", "HX-Request");
  const target = items.find((x) => answersId(x.question.id) === c.req.header("HX-Target"));
  if (isHtmx(c) && target?.snapshot && status === 200)
    return renderPartial(
      c,
      <ResultAnswers action={base} {...target} snapshot={target.snapshot} names={names} />,
    );
  return renderForumPage(
    c,
    i18n.t("org.results.title", { number: round.number }),
    <ResultsPage forumId={forum.id} {...{ rounds, round, items, names, retired }} {...form} />,
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
