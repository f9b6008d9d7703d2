import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { rounds } from "../schema.js";
import { listProposalResults } from "./proposals.js";
import { listRoundEligibility } from "./stages.js";

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

/** What the dashboard's proposals section needs: proposal results (published only) and eligibility per round. */
export async function loadProposalDashboard(
  db: Db,
  forumId: number,
  roundId: number | null,
  subgroups = true,
) {
  const [results, eligibility] = await Promise.all([
    roundId ? listProposalResults(db, forumId, { roundId, subgroups }) : Promise.resolve([]),
    listRoundEligibility(db, forumId, { publishedOnly: true }),
  ]);
  return { results, eligibility };
}
