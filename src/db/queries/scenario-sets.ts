import { asc, eq, inArray, sql } from "drizzle-orm";
import type { NewScenario, ScenarioSet } from "../../domain/scenarios.js";
import { type Actor, audit } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { scenarioSets, scenarios } from "../schema.js";

/** A forum's scenario sets, oldest first, each with its scenarios in order. */
export async function listScenarioSets(db: Db, forumId: number): Promise<ScenarioSet[]> {
  const sets = await db
    .select({ id: scenarioSets.id, title: scenarioSets.title })
    .from(scenarioSets)
    .where(eq(scenarioSets.forumId, forumId))
    .orderBy(asc(scenarioSets.id));
  if (sets.length === 0) return [];
  const rows = await db
    .select()
    .from(scenarios)
    .where(
      inArray(
        scenarios.setId,
        sets.map((s) => s.id),
      ),
    )
    .orderBy(asc(scenarios.setId), asc(scenarios.position));
  return sets.map((s) => ({
    ...s,
    scenarios: rows
      .filter((r) => r.setId === s.id)
      .map(({ id, position, title, narrative, drivers }) => ({ id, position, title, narrative, drivers })),
  }));
}

/** One scenario set of a forum, or undefined when it belongs to another forum or does not exist. */
export async function findScenarioSet(db: Db, forumId: number, setId: number) {
  const sets = await listScenarioSets(db, forumId);
  return sets.find((s) => s.id === setId);
}

/**
 * Creates a scenario set with its scenarios and the audit entry in one batch. The new set's id is not
 * known before the batch runs, so later statements find it as the forum's newest set: a batch is one
 * transaction and D1 serialises writes, so no other set can be inserted in between.
 */
export async function createScenarioSet(
  db: Db,
  forumId: number,
  input: { title: string; scenarios: NewScenario[] },
  actor: Actor,
): Promise<void> {
  const setId = sql`(SELECT max(id) FROM scenario_sets WHERE forum_id = ${forumId})`;
  await runBatch(db, [
    db.insert(scenarioSets).values({ forumId, title: input.title }),
    ...input.scenarios.map(
      (s, position) =>
        sql`INSERT INTO scenarios (set_id, position, title, narrative, drivers)
          VALUES (${setId}, ${position}, ${s.title}, ${s.narrative}, ${s.drivers})`,
    ),
    audit({
      forumId,
      actor: actor.id,
      action: "scenario-set.create",
      targetType: "scenario_set",
      targetId: setId,
      detail: { title: input.title, scenarios: input.scenarios.map((s) => s.title) },
    }),
  ]);
}

export type { NewScenario, Scenario, ScenarioSet } from "../../domain/scenarios.js";
