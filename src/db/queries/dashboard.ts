import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { rounds } from "../schema.js";

/** The forum's published rounds, oldest first (the dashboard's round switcher). */
export async function listPublishedRounds(db: Db, forumId: number) {
  return db
    .select({
      id: rounds.id,
      number: rounds.number,
      publishedAt: rounds.publishedAt,
      synthesis: rounds.synthesis,
    })
    .from(rounds)
    .where(and(eq(rounds.forumId, forumId), eq(rounds.state, "published")))
    .orderBy(asc(rounds.number));
}
