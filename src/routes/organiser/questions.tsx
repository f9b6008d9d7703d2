import type { Context } from "hono";
import { Hono } from "hono";
import { QuestionsPage } from "../../../views/pages/organiser/Questions.js";
import { createQuestion, listForumQuestions } from "../../db/queries/forum-questions.js";
import { listScenarioSets } from "../../db/queries/scenario-sets.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { type FieldErrors, readForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { validateQuestion } from "../../validation/organiser-questions.js";
import { withNotice } from "../notice.js";
import { renderPage } from "../render.js";
import { organiserCrumbs } from "./crumbs.js";

export const questionRoutes = new Hono<ForumEnv>();

async function questionsPage(c: Context<ForumEnv>, values: Record<string, string>, errors: FieldErrors) {
  const db = c.get("db");
  const forum = c.get("forum");
  const [questions, sets] = await Promise.all([
    listForumQuestions(db, forum.id),
    listScenarioSets(db, forum.id),
  ]);
  const title = c.get("i18n").t("org.questions.title");
  return {
    title,
    crumbs: organiserCrumbs(c, title),
    body: (
      <QuestionsPage forumId={forum.id} questions={questions} sets={sets} values={values} errors={errors} />
    ),
  };
}

questionRoutes.get("/questions", forumAccess("organiser"), async (c) =>
  renderPage(c, await questionsPage(c, {}, {})),
);

questionRoutes.post("/questions", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const body = await readForm(c.req);
  const form = validateQuestion(body, await listScenarioSets(db, forum.id));
  if (!form.ok) return renderPage(c, await questionsPage(c, formStrings(body), form.errors), 422);
  await createQuestion(db, forum.id, form.output, c.get("user")!);
  return c.redirect(withNotice(`/forums/${forum.id}/questions`, "question-added"), 303);
});
