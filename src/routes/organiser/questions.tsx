import type { Context } from "hono";
import { Hono } from "hono";
import {
  chosenKind,
  KindFields,
  type QuestionPreviewProps,
  QuestionsPage,
} from "../../../views/pages/organiser/Questions.js";
import { RefusedPage } from "../../../views/pages/organiser/Refused.js";
import {
  createQuestion,
  deleteQuestion,
  listForumQuestions,
  moveQuestion,
} from "../../db/queries/forum-questions.js";
import { listScenarioSets } from "../../db/queries/scenario-sets.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { validateQuestion } from "../../validation/organiser-questions.js";
import { isConfirmed, renderConfirm } from "../confirm.js";
import { type FormState, forumFormPage } from "../form-page.js";
import { withNotice } from "../notice.js";
import { idParam } from "../params.js";
import { renderPage, renderPartial } from "../render.js";

/** The forum's questions with the question builder (and the preview of the question built). */
const renderQuestions = forumFormPage(
  "org.questions.title",
  ({ db, forum }) => Promise.all([listForumQuestions(db, forum.id), listScenarioSets(db, forum.id)]),
  ([questions, sets], form: FormState & { preview?: QuestionPreviewProps }, { forum }) => (
    <QuestionsPage forumId={forum.id} questions={questions} sets={sets} {...form} />
  ),
);

/** The organiser's questions: the list, the builder with its preview, reordering and deleting. */
export const questionRoutes = new Hono<ForumEnv>();

/** The page; `?kind=` opens the builder on that kind's settings (a link can start a question of a kind). */
questionRoutes.get("/questions", forumAccess("organiser"), async (c) =>
  renderQuestions(c, { values: { kind: c.req.query("kind") ?? "" }, errors: {} }),
);

/** The builder's settings for a kind (htmx swaps them in when the kind changes; the text typed stays). */
questionRoutes.get("/questions/kind-fields", forumAccess("organiser"), async (c) => {
  const { db, forum } = c.var;
  const values = { kind: c.req.query("kind") ?? "" };
  const sets = await listScenarioSets(db, forum.id);
  return renderPartial(
    c,
    <KindFields forumId={forum.id} kind={chosenKind(values)} sets={sets} values={values} errors={{}} />,
  );
});

questionRoutes.post("/questions", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const body = await readForm(c.req);
  const values = formStrings(body);
  // Without JavaScript, "Show its settings" posts the form back: the same page on the chosen kind.
  if (body.intent === "kind") return renderQuestions(c, { values, errors: {} });
  const form = validateQuestion(body, await listScenarioSets(db, forum.id));
  if (!form.ok) return renderQuestions(c, { values, errors: form.errors }, 422);
  if (body.intent === "preview") {
    const { title, body: text, resolutionCriteria, config } = form.output;
    return renderQuestions(c, {
      values,
      errors: {},
      preview: { title, body: text, resolutionCriteria, config },
    });
  }
  await createQuestion(db, forum.id, form.output, user!);
  return c.redirect(withNotice(`/forums/${forum.id}/questions`, "question-added"), 303);
});

/** Moves a question one place up or down in the forum's order (the order rounds ask them in). */
questionRoutes.post("/questions/:qid/move", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const body = await readForm(c.req);
  const direction = body.direction === "up" ? "up" : "down";
  const qid = idParam(c, "qid", "question");
  if ((await moveQuestion(db, forum.id, qid, direction, user!.id)) === "missing")
    throw new AppError("not_found", "no such question");
  return c.redirect(withNotice(`/forums/${forum.id}/questions#question-${qid}`, "question-moved"), 303);
});

/**
 * Deletes a question no opened round has asked, after a confirmation that names it; a question that
 * has been asked is part of the record and is refused (409) with the reason.
 */
questionRoutes.post("/questions/:qid/delete", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n, user } = c.var;
  const { t } = i18n;
  const qid = idParam(c, "qid", "question");
  const question = (await listForumQuestions(db, forum.id)).find((q) => q.id === qid);
  if (!question) throw new AppError("not_found", "no such question");
  if (question.asked) return refuseAsked(c);
  if (!(await isConfirmed(c)))
    return renderConfirm(c, {
      id: "confirm-delete-question",
      title: t("org.qb.deleteTitle", { title: question.title }),
      happens: [t("org.qb.deleteHappens")],
      irreversible: t("org.qb.deleteIrreversible"),
      action: `/forums/${forum.id}/questions/${qid}/delete`,
      button: t("org.qb.deleteButton"),
      cancel: `/forums/${forum.id}/questions`,
    });
  const outcome = await deleteQuestion(db, forum.id, qid, user!.id);
  if (outcome === "missing") throw new AppError("not_found", "no such question");
  if (outcome === "asked") return refuseAsked(c);
  return c.redirect(withNotice(`/forums/${forum.id}/questions`, "question-deleted"), 303);
});

/** 409 with the reason: a question a round has asked is part of the record. */
const refuseAsked = (c: Context<ForumEnv>) =>
  renderPage(
    c,
    {
      title: c.get("i18n").t("org.refused.title"),
      body: <RefusedPage reason="org.qb.deleteAsked" back={`/forums/${c.get("forum").id}/questions`} />,
    },
    409,
  );
