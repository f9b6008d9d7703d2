import type { Context } from "hono";
import { Hono } from "hono";
import { ContentImportPage } from "../../../views/pages/organiser/ContentImport.js";
import { type ContentImport, importContent } from "../../db/queries/content-import.js";
import { listScenarioSets } from "../../db/queries/scenario-sets.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { type ImportItem, parseContentImport } from "../../validation/content-import.js";
import { renderForumPage } from "../crumbs.js";
import { countInQuery } from "../params.js";
import { readImportForm } from "./import-form.js";

/**
 * /forums/:id/questions/import: scenario sets and questions from JSON or CSV (formats on the page and
 * in src/validation/content-import.ts). POST step=preview shows every row with its errors and writes nothing
 * (422 when a row or the whole text is refused); step=confirm re-checks the same text and writes the
 * valid rows (importContent: batches, one statement per row, audited).
 */
export const contentImportRoutes = new Hono<ForumEnv>();

function page(
  c: Context<ForumEnv>,
  p: { text: string; items: ImportItem[] | null; error?: string; done?: number },
  status: 200 | 422 = 200,
) {
  const { forum, i18n } = c.var;
  const title = i18n.t("ops.questions.importTitle");
  return renderForumPage(c, title, <ContentImportPage forumId={forum.id} {...p} />, status);
}

contentImportRoutes.get("/questions/import", forumAccess("organiser"), (c) =>
  page(c, { text: "", items: null, done: countInQuery(c, "done", 4) }),
);

contentImportRoutes.post("/questions/import", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const { text, confirm } = await readImportForm(c.req, "text", 400_000);
  if (!text.trim()) return page(c, { text, items: null, error: "ops.cimport.error.empty" }, 422);
  const sets = await listScenarioSets(db, forum.id);
  const parsed = parseContentImport(text, sets);
  if (!parsed.ok) return page(c, { text, items: null, error: parsed.error }, 422);
  const items = parsed.items;
  if (!confirm) {
    const bad = items.length === 0 || items.some((r) => r.errors.length > 0);
    return page(c, { text, items }, bad ? 422 : 200);
  }
  const input: ContentImport = { sets: [], questions: [] };
  for (const r of items) {
    if (r.errors.length > 0) continue;
    if (r.type === "set") input.sets.push({ title: r.title, scenarios: r.scenarios });
    else if (r.output) input.questions.push({ input: r.output, newSetTitle: r.newSetTitle });
  }
  if (input.sets.length + input.questions.length === 0) return page(c, { text, items }, 422);
  const done = await importContent(db, forum.id, input, user!);
  return c.redirect(`/forums/${forum.id}/questions/import?done=${done.sets + done.questions}`, 303);
});
