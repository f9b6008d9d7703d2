import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ScenariosPage } from "../../../views/pages/organiser/Scenarios.js";
import { listScenarioSourceIdeas } from "../../db/queries/ideas.js";
import { createScenarioSet, listScenarioSets } from "../../db/queries/scenario-sets.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { type FieldErrors, readForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { validateScenarioSet } from "../../validation/organiser-scenarios.js";
import { renderForumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";

export const scenarioRoutes = new Hono<ForumEnv>();

/** The scenario sets with the form for a new one: `values` as typed, refused with `errors` (422). */
async function renderScenarios(
  c: Context<ForumEnv>,
  form: { values: Record<string, string>; errors: FieldErrors },
  status: ContentfulStatusCode = 200,
) {
  const { db, forum, i18n } = c.var;
  const [sets, sources] = await Promise.all([
    listScenarioSets(db, forum.id),
    listScenarioSourceIdeas(db, forum.id),
  ]);
  return renderForumPage(
    c,
    i18n.t("org.scenarios.title"),
    <ScenariosPage forumId={forum.id} sets={sets} sources={sources} {...form} />,
    status,
  );
}

scenarioRoutes.get("/scenarios", forumAccess("organiser"), (c) =>
  renderScenarios(c, { values: {}, errors: {} }),
);

scenarioRoutes.post("/scenarios", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const body = await readForm(c.req);
  const values = formStrings(body);
  // "Add another scenario": the same form with one more row and everything typed kept; nothing saved.
  if (body.intent === "more")
    return renderScenarios(c, {
      values: { ...values, rows: String(Number(values.rows ?? 0) + 1) },
      errors: {},
    });
  const form = validateScenarioSet(body);
  if (!form.ok) return renderScenarios(c, { values, errors: form.errors }, 422);
  await createScenarioSet(db, forum.id, form.output, user!);
  return c.redirect(withNotice(`/forums/${forum.id}/scenarios`, "scenarios-added"), 303);
});
