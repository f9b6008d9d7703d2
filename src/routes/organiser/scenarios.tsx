import { Hono } from "hono";
import { ScenariosPage } from "../../../views/pages/organiser/Scenarios.js";
import { listScenarioSourceIdeas } from "../../db/queries/ideas.js";
import { createScenarioSet, listScenarioSets } from "../../db/queries/scenario-sets.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { validateScenarioSet } from "../../validation/organiser-scenarios.js";
import { type FormState, forumFormPage } from "../form-page.js";
import { withNotice } from "../notice.js";

export const scenarioRoutes = new Hono<ForumEnv>();

/** The scenario sets with the form for a new one. */
const renderScenarios = forumFormPage(
  "org.scenarios.title",
  ({ db, forum }) => Promise.all([listScenarioSets(db, forum.id), listScenarioSourceIdeas(db, forum.id)]),
  ([sets, sources], form: FormState, { forum }) => (
    <ScenariosPage forumId={forum.id} sets={sets} sources={sources} {...form} />
  ),
);

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
