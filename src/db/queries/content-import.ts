import { type SQL, sql } from "drizzle-orm";
import type { NewQuestion } from "../../domain/questions.js";
import { type Actor, audit } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { createQuestionStatements } from "./forum-questions.js";

export type ContentImport = {
  sets: { title: string; scenarios: { title: string; narrative: string; drivers: string }[] }[];
  /** Valid questions; `newSetTitle` names a set of `sets` whose scenarios an allocation covers. */
  questions: { input: NewQuestion; newSetTitle: string | null }[];
};

/** Statements per batch: each binds at most ~12 parameters, far below D1's 100 per statement. */
const CHUNK = 50;

/**
 * Writes previewed scenario sets and questions. One statement per row (a set, each scenario, each
 * question), each followed by its audit row, then one `content.import` audit row; sent in batches of
 * 50 statements, sets first, so a question over a set of this import finds the set by its title
 * (the forum's newest set of that title). An allocation over such a set gets its scenario list from
 * the rows just written (ids in position order). Returns the number of sets and questions written.
 */
export async function importContent(
  db: Db,
  forumId: number,
  input: ContentImport,
  actor: Actor,
): Promise<{ sets: number; questions: number }> {
  const groups: SQL[][] = [];
  const setIdOf = (title: string) =>
    sql`(SELECT max(id) FROM scenario_sets WHERE forum_id = ${forumId} AND title = ${title})`;
  for (const set of input.sets) {
    groups.push([
      sql`INSERT INTO scenario_sets (forum_id, title) VALUES (${forumId}, ${set.title})`,
      audit({
        forumId,
        actor: actor.id,
        action: "scenario-set.create",
        targetType: "scenario_set",
        targetId: setIdOf(set.title),
        detail: { title: set.title, scenarios: set.scenarios.map((x) => x.title), via: "import" },
      }),
      ...set.scenarios.map(
        (x, position) =>
          sql`INSERT INTO scenarios (set_id, position, title, narrative, drivers)
            VALUES (${setIdOf(set.title)}, ${position}, ${x.title}, ${x.narrative}, ${x.drivers})`,
      ),
    ]);
  }
  for (const { input: q, newSetTitle } of input.questions) {
    const config = newSetTitle
      ? sql`(SELECT json_object('kind', 'allocation', 'scenarioSetId', ${setIdOf(newSetTitle)},
            'scenarios', (SELECT json_group_array(json_object('id', id, 'title', title))
              FROM (SELECT id, title FROM scenarios WHERE set_id = ${setIdOf(newSetTitle)} ORDER BY position))))`
      : undefined;
    groups.push(createQuestionStatements(forumId, q, actor, { config, via: "import" }));
  }
  const counts = { sets: input.sets.length, questions: input.questions.length };
  groups.push([
    audit({
      forumId,
      actor: actor.id,
      action: "content.import",
      targetType: "forum",
      targetId: forumId,
      detail: counts,
    }),
  ]);
  // A row's statements (a set with its scenarios, a question with its audit row) stay in one batch.
  let batch: SQL[] = [];
  for (const g of groups) {
    if (batch.length > 0 && batch.length + g.length > CHUNK) {
      await runBatch(db, batch);
      batch = [];
    }
    batch.push(...g);
  }
  if (batch.length > 0) await runBatch(db, batch);
  return counts;
}
