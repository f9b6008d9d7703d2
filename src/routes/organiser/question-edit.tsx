import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { QuestionEditPage, type QuestionEditProps } from "../../../views/pages/organiser/QuestionEdit.js";
import { listSourceIdeas } from "../../db/queries/ideas.js";
import {
  findQuestionText,
  listQuestionVersions,
  openRoundOfQuestion,
  reviseQuestion,
} from "../../db/queries/question-versions.js";
import { AppError } from "../../errors.js";
import type { MessageKey } from "../../i18n/index.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm } from "../../validation/forms.js";
import { renderForumPage } from "../crumbs.js";
import { idParam } from "../params.js";

/**
 * /forums/:id/questions/:qid/edit: the wording of a question (title, body, resolution criteria) between
 * rounds. Each saved change is a new version (reviseQuestion); refused with 409 while a round asking
 * the question is open.
 */
export const questionEditRoutes = new Hono<ForumEnv>();

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

async function load(c: Context<ForumEnv>) {
  const { db, forum } = c.var;
  const q = await findQuestionText(db, forum.id, idParam(c, "qid", "question"));
  if (!q) throw new AppError("not_found", "no such question");
  return q;
}

async function render(
  c: Context<ForumEnv>,
  q: NonNullable<Awaited<ReturnType<typeof findQuestionText>>>,
  form: Pick<QuestionEditProps, "values" | "errors" | "notice">,
  status: ContentfulStatusCode = 200,
) {
  const { db, forum, i18n } = c.var;
  const [openRound, history, sources] = await Promise.all([
    openRoundOfQuestion(db, q.id),
    listQuestionVersions(db, q.id),
    listSourceIdeas(db, forum.id, q.id),
  ]);
  return renderForumPage(
    c,
    i18n.t("ops.qedit.edit"),
    <QuestionEditPage
      forumId={forum.id}
      question={q}
      openRound={openRound}
      history={history}
      sources={sources}
      {...form}
    />,
    status,
  );
}

questionEditRoutes.get("/questions/:qid/edit", forumAccess("organiser"), async (c) => {
  const q = await load(c);
  const saved = c.req.query("saved");
  const notice =
    saved === "1"
      ? { key: "ops.qedit.saved" as MessageKey, version: q.version }
      : saved === "0"
        ? { key: "ops.qedit.unchanged" as MessageKey }
        : undefined;
  return render(c, q, {
    values: { title: q.title, body: q.body, resolutionCriteria: q.resolutionCriteria },
    errors: {},
    notice,
  });
});

questionEditRoutes.post("/questions/:qid/edit", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const q = await load(c);
  const body = await readForm(c.req);
  const values = {
    title: str(body.title),
    body: str(body.body),
    resolutionCriteria: str(body.resolutionCriteria),
  };
  const errors: Record<string, string> = {};
  if (!values.title) errors.title = "error.required";
  else if (values.title.length > 300) errors.title = "error.tooLong";
  if (values.body.length > 8000) errors.body = "error.tooLong";
  const needsCriteria = !["rating", "ranking", "proposal", "idea"].includes(q.kind);
  if (needsCriteria && !values.resolutionCriteria) errors.resolutionCriteria = "error.required";
  else if (values.resolutionCriteria.length > 4000) errors.resolutionCriteria = "error.tooLong";
  if ((await openRoundOfQuestion(db, q.id)) !== null) return render(c, q, { values, errors: {} }, 409);
  if (Object.keys(errors).length > 0) return render(c, q, { values, errors }, 422);
  const outcome = await reviseQuestion(db, forum.id, q.id, values, user!);
  if (outcome === "open") return render(c, q, { values, errors: {} }, 409);
  if (outcome === "missing") throw new AppError("not_found", "no such question");
  return c.redirect(`/forums/${forum.id}/questions/${q.id}/edit?saved=${outcome === "revised" ? 1 : 0}`, 303);
});
