import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { scenarios } from "../schema.js";

/** The scenarios of a set, in order, with their narratives (shown beside an allocation question). */
export async function listScenarioTexts(db: Db, setId: number) {
  return db
    .select({ title: scenarios.title, narrative: scenarios.narrative, drivers: scenarios.drivers })
    .from(scenarios)
    .where(eq(scenarios.setId, setId))
    .orderBy(asc(scenarios.position));
}
