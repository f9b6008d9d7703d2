import type { Context } from "hono";
import { Hono } from "hono";
import { ScenariosPage } from "../../../views/pages/organiser/Scenarios.js";
import { listScenarioSourceIdeas } from "../../db/queries/ideas.js";
import { createScenarioSet, listScenarioSets } from "../../db/queries/scenario-sets.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { type FieldErrors, readForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { validateScenarioSet } from "../../validation/organiser-scenarios.js";
import { forumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";
import { renderPage } from "../render.js";

export const scenarioRoutes = new Hono<ForumEnv>();

async function scenariosPage(c: Context<ForumEnv>, values: Record<string, string>, errors: FieldErrors) {
  const forum = c.get("forum");
  const db = c.get("db");
  const [sets, sources] = await Promise.all([
    listScenarioSets(db, forum.id),
    listScenarioSourceIdeas(db, forum.id),
  ]);
  const title = c.get("i18n").t("org.scenarios.title");
  return forumPage(
    c,
    title,
    <ScenariosPage forumId={forum.id} sets={sets} values={values} errors={errors} sources={sources} />,
  );
}

scenarioRoutes.get("/scenarios", forumAccess("organiser"), async (c) =>
  renderPage(c, await scenariosPage(c, {}, {})),
);

scenarioRoutes.post("/scenarios", forumAccess("organiser"), async (c) => {
  const body = await readForm(c.req);
  // "Add another scenario": the same form with one more row and everything typed kept; nothing saved.
  if (body.intent === "more") {
    const values = formStrings(body);
    return renderPage(
      c,
      await scenariosPage(c, { ...values, rows: String(Number(values.rows ?? 0) + 1) }, {}),
    );
  }
  const form = validateScenarioSet(body);
  if (!form.ok) return renderPage(c, await scenariosPage(c, formStrings(body), form.errors), 422);
  await createScenarioSet(c.get("db"), c.get("forum").id, form.output, c.get("user")!);
  return c.redirect(withNotice(`/forums/${c.get("forum").id}/scenarios`, "scenarios-added"), 303);
});
