import { eq } from "drizzle-orm";
import { runBatch } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { scenarioSets, scenarios } from "../db/schema.js";
import type { QuestionConfig } from "../domain/questions.js";

/**
 * Writes a demo forum's scenario set with its scenarios (in the given order) and returns the allocation
 * question config over it, as the organiser's allocation form would save it. Demo data only: no audit
 * entry, like the rest of the seeded content.
 */
export async function seedScenarioSet(
  db: Db,
  forumId: number,
  set: { title: string; scenarios: readonly { title: string; narrative: string; drivers?: string }[] },
): Promise<Extract<QuestionConfig, { kind: "allocation" }>> {
  const { id } = await db
    .insert(scenarioSets)
    .values({ forumId, title: set.title })
    .returning({ id: scenarioSets.id })
    .get();
  await runBatch(
    db,
    set.scenarios.map((s, position) => db.insert(scenarios).values({ setId: id, position, ...s })),
  );
  const refs = await db
    .select({ id: scenarios.id, title: scenarios.title })
    .from(scenarios)
    .where(eq(scenarios.setId, id))
    .orderBy(scenarios.position);
  return { kind: "allocation", scenarioSetId: id, scenarios: refs };
}
