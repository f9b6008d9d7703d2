import type { Context } from "hono";
import { Hono } from "hono";
import {
  chosenKind,
  KindFields,
  type QuestionPreviewProps,
  QuestionsPage,
} from "../../../views/pages/organiser/Questions.js";
import { createQuestion, listForumQuestions } from "../../db/queries/forum-questions.js";
import { listScenarioSets } from "../../db/queries/scenario-sets.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { type FieldErrors, readForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { validateQuestion } from "../../validation/organiser-questions.js";
import { withNotice } from "../notice.js";
import { renderPage, renderPartial } from "../render.js";
import { organiserCrumbs } from "./crumbs.js";

export const questionRoutes = new Hono<ForumEnv>();

async function questionsPage(
  c: Context<ForumEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  preview?: QuestionPreviewProps,
) {
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
      <QuestionsPage
        forumId={forum.id}
        questions={questions}
        sets={sets}
        values={values}
        errors={errors}
        preview={preview}
      />
    ),
  };
}

/** The page; `?kind=` opens the builder on that kind's settings (a link can start a question of a kind). */
questionRoutes.get("/questions", forumAccess("organiser"), async (c) =>
  renderPage(c, await questionsPage(c, { kind: c.req.query("kind") ?? "" }, {})),
);

/** The builder's settings for a kind (htmx swaps them in when the kind changes; the text typed stays). */
questionRoutes.get("/questions/kind-fields", forumAccess("organiser"), async (c) => {
  const values = { kind: c.req.query("kind") ?? "" };
  const sets = await listScenarioSets(c.get("db"), c.get("forum").id);
  return renderPartial(
    c,
    <KindFields
      forumId={c.get("forum").id}
      kind={chosenKind(values)}
      sets={sets}
      values={values}
      errors={{}}
    />,
  );
});

questionRoutes.post("/questions", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const body = await readForm(c.req);
  // Without JavaScript, "Show its settings" posts the form back: the same page on the chosen kind.
  if (body.intent === "kind") return renderPage(c, await questionsPage(c, formStrings(body), {}));
  const form = validateQuestion(body, await listScenarioSets(db, forum.id));
  if (!form.ok) return renderPage(c, await questionsPage(c, formStrings(body), form.errors), 422);
  if (body.intent === "preview") {
    const { title, body: text, resolutionCriteria, config } = form.output;
    const preview = { title, body: text, resolutionCriteria, config };
    return renderPage(c, await questionsPage(c, formStrings(body), {}, preview));
  }
  await createQuestion(db, forum.id, form.output, c.get("user")!);
  return c.redirect(withNotice(`/forums/${forum.id}/questions`, "question-added"), 303);
});
