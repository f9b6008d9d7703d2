import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { IdeasRoundsPage } from "../../../views/pages/ideas/IdeasRounds.js";
import { ReviewPage } from "../../../views/pages/ideas/Review.js";
import { listForumQuestions } from "../../db/queries/forum-questions.js";
import {
  createIdeasRound,
  listIdeaRatings,
  listIdeasForReview,
  listPrompts,
  promoteIdea,
  reviewIdea,
} from "../../db/queries/ideas.js";
import { listRounds, type RoundRow } from "../../db/queries/rounds.js";
import { createScenarioSet, listScenarioSets } from "../../db/queries/scenario-sets.js";
import { mean } from "../../domain/stats/mean.js";
import { mayPairNamesWithPseudonyms } from "../../domain/visibility.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm, validateForm } from "../../validation/forms.js";
import {
  ideaEditForm,
  mergeForm,
  newIdeasRoundForm,
  promoteForm,
  rejectForm,
} from "../../validation/ideas.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { renderForumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";
import { idParam, roundParam } from "../params.js";

/** The organiser's side of ideas rounds: creating one, and reviewing its items. */
export const organiserIdeasRoutes = new Hono<ForumEnv>();

/** The ideas round named by `:n` (0 allowed), or 404. */
export function ideasRoundParam(c: Context<ForumEnv>): Promise<RoundRow> {
  return roundParam(c, { kind: "ideas" });
}

async function renderIdeasRounds(
  c: Context<ForumEnv>,
  values: Record<string, string>,
  errors: Record<string, string>,
  status: ContentfulStatusCode = 200,
) {
  const { db, forum, i18n } = c.var;
  const rounds = (await listRounds(db, forum.id)).filter((r) => r.kind === "ideas");
  return renderForumPage(
    c,
    i18n.t("org.ideas.newTitle"),
    <IdeasRoundsPage forumId={forum.id} rounds={rounds} values={values} errors={errors} />,
    status,
  );
}

organiserIdeasRoutes.get("/ideas", forumAccess("organiser"), (c) => renderIdeasRounds(c, {}, {}));

organiserIdeasRoutes.post("/ideas", forumAccess("organiser"), async (c) => {
  const body = await readForm(c.req);
  const form = validateForm(newIdeasRoundForm, body);
  if (!form.ok) return renderIdeasRounds(c, formStrings(body), form.errors, 422);
  const { db, forum, user } = c.var;
  await createIdeasRound(db, forum.id, form.output, user!);
  return c.redirect(withNotice(`/forums/${forum.id}`, "ideas-round-created"), 303);
});

/** The review page (also re-rendered with 409/422 beside a refused action). */
export async function renderReview(
  c: Context<ForumEnv>,
  round: RoundRow,
  refused: { ideaId: number; message: string } | null = null,
  status: ContentfulStatusCode = 200,
) {
  const { db, forum, i18n } = c.var;
  const [prompts, items, sets, questions, rated] = await Promise.all([
    listPrompts(db, round.id),
    // Names are read only under quasi-anonymity; under strict the query never selects them.
    listIdeasForReview(db, round.id, mayPairNamesWithPseudonyms("organiser", forum.anonymity)),
    listScenarioSets(db, forum.id),
    listForumQuestions(db, forum.id),
    listIdeaRatings(db, round.id),
  ]);
  const ratings = new Map(
    [...rated].map(([id, values]) => [id, { count: values.length, mean: mean(values) }]),
  );
  return renderForumPage(
    c,
    i18n.t("org.review.title", { number: round.number }),
    <ReviewPage
      forumId={forum.id}
      anonymity={forum.anonymity}
      sets={sets.map((s) => ({ id: s.id, title: s.title }))}
      questionTitles={new Map(questions.map((q) => [q.id, q.title]))}
      {...{ round, prompts, items, refused, ratings }}
    />,
    status,
  );
}

const ideaIdOf = (c: Context<ForumEnv>) => idParam(c, "ideaId", "item");

organiserIdeasRoutes.post(
  "/rounds/:n/ideas/:ideaId/:action{merge|edit|reject|promote}",
  forumAccess("organiser"),
  async (c) => {
    const { db, forum, user } = c.var;
    const actor = user!;
    const round = await ideasRoundParam(c);
    const ideaId = ideaIdOf(c);
    const body = await readForm(c.req);
    const refuse = (message: string, status: ContentfulStatusCode) =>
      renderReview(c, round, { ideaId, message }, status);
    const item = { forumId: forum.id, roundId: round.id, ideaId, actor };
    let done = false;
    switch (c.req.param("action")) {
      case "merge": {
        const form = validateForm(mergeForm, body);
        if (!form.ok) return refuse("org.error.mergeTarget", 422);
        done = await reviewIdea(db, item, { action: "merge", into: form.output.into });
        if (!done) return refuse("org.error.mergeTarget", 409);
        break;
      }
      case "edit": {
        const form = validateForm(ideaEditForm, body);
        if (!form.ok) return refuse(Object.values(form.errors)[0] ?? "error.required", 422);
        done = await reviewIdea(db, item, { action: "edit", ...form.output });
        break;
      }
      case "reject": {
        const form = validateForm(rejectForm, body);
        if (!form.ok) return refuse(form.errors.reason ?? "error.required", 422);
        done = await reviewIdea(db, item, { action: "reject", reason: form.output.reason });
        break;
      }
      case "promote": {
        const form = validateForm(promoteForm, body);
        if (!form.ok) return refuse("error.choice", 422);
        let setId = Number(form.output.scenarioSetId);
        const newSetTitle = form.output.newSetTitle.trim();
        // No set yet, or "a new set": the organiser names it in place and it is created here.
        if (form.output.as === "scenario" && !(Number.isInteger(setId) && setId > 0) && newSetTitle) {
          await createScenarioSet(db, forum.id, { title: newSetTitle, scenarios: [] }, actor);
          setId = (await listScenarioSets(db, forum.id)).reduce((m, s) => Math.max(m, s.id), 0);
        }
        if (form.output.as === "scenario" && !(Number.isInteger(setId) && setId > 0))
          return refuse("org.error.scenarioSet", 422);
        done = await promoteIdea(
          db,
          forum,
          round,
          ideaId,
          { kind: form.output.as, ...(form.output.as === "scenario" ? { scenarioSetId: setId } : {}) },
          actor,
        );
        break;
      }
    }
    if (!done) return refuse("org.review.refused", 409);
    const notice = (
      {
        merge: "idea-merged",
        edit: "idea-edited",
        reject: "idea-rejected",
        promote: "idea-promoted",
      } as const
    )[c.req.param("action") as "merge" | "edit" | "reject" | "promote"];
    return c.redirect(
      withNotice(`/forums/${forum.id}/rounds/${round.number}/ideas#review-idea-${ideaId}`, notice),
      303,
    );
  },
);
