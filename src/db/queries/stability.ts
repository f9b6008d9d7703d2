import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { QuestionSnapshot } from "../../domain/snapshot.js";
import type { Db } from "../client.js";
import { rounds, snapshots } from "../schema.js";

/**
 * For each question with a snapshot in an earlier closed round of the forum than `roundId`, the latest
 * such snapshot and its round number (one query). Used when a round closes, to store stability.
 */
export async function listPreviousSnapshots(
  db: Db,
  forumId: number,
  roundId: number,
): Promise<Map<number, { roundNumber: number; stats: QuestionSnapshot }>> {
  const current = await db.select({ number: rounds.number }).from(rounds).where(eq(rounds.id, roundId)).get();
  const out = new Map<number, { roundNumber: number; stats: QuestionSnapshot }>();
  if (!current) return out;
  const rows = await db
    .select({ questionId: snapshots.questionId, roundNumber: rounds.number, stats: snapshots.stats })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .where(
      and(
        eq(rounds.forumId, forumId),
        lt(rounds.number, current.number),
        inArray(rounds.state, ["closed", "published"]),
      ),
    )
    .orderBy(desc(rounds.number));
  for (const r of rows) if (!out.has(r.questionId)) out.set(r.questionId, r);
  return out;
}
