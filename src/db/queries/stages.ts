import { type SQL, sql } from "drizzle-orm";
import type { RoundEligibility } from "../../domain/stages.js";
import { runOne } from "../batch.js";
import type { Db } from "../client.js";

/**
 * Round eligibility (round_members) and panel stages. A round's eligible experts are recorded when it
 * opens (every active expert, late = 0: see openRound) and when an invited expert activates while a
 * round is open (late = 1: see spendToken); rounds opened before round_members existed fall back to
 * the active experts.
 */

/** The SQL that records every active expert of the forum as eligible for an open round (INSERT OR IGNORE). */
export const recordEligibleOnOpen = (forumId: number, roundId: number) =>
  sql`INSERT OR IGNORE INTO round_members (round_id, member_id, late)
    SELECT ${roundId}, m.id, 0 FROM members m
    WHERE m.forum_id = ${forumId} AND m.role = 'expert' AND m.status = 'active'
      AND EXISTS (SELECT 1 FROM rounds WHERE id = ${roundId} AND state = 'open')`;

/**
 * The SQL that adds a member who has just become active to their forum's open round, as a late joiner
 * when others could already answer it; the first expert of a round (nobody on its roster yet) is not
 * late, however long after the opening they join. `memberId` is an SQL expression (the activation
 * batch knows the member only by its token).
 */
export const recordLateJoiner = (memberId: ReturnType<typeof sql>) =>
  sql`INSERT OR IGNORE INTO round_members (round_id, member_id, late)
    SELECT r.id, m.id, EXISTS (SELECT 1 FROM round_members x WHERE x.round_id = r.id)
    FROM members m JOIN rounds r ON r.forum_id = m.forum_id AND r.state = 'open'
    WHERE m.id = ${memberId} AND m.role = 'expert' AND m.status = 'active'`;

/**
 * Per opened round: how many could answer, how many of them joined late, and how many answered.
 * Counts only: no member is named, so it may be shown to stakeholders.
 */
export async function listRoundEligibility(
  db: Db,
  forumId: number,
  opts: { publishedOnly?: boolean } = {},
): Promise<RoundEligibility[]> {
  // Closed rounds read their frozen counts (one row each); only open rounds count live. Published rounds
  // always have them (frozen by the close, filled for older rounds by migration 0015), so readers'
  // pages read nothing else: what they show changes only with the tables results_version watches.
  const frozen = (field: string) => sql.raw(`json_extract(r.participation, '$.${field}')`);
  const counted = (field: string, live: SQL) =>
    opts.publishedOnly
      ? frozen(field)
      : sql`CASE WHEN r.participation IS NOT NULL THEN ${frozen(field)} ELSE ${live} END`;
  const res = await runOne(
    db,
    sql`SELECT r.number AS number, r.kind AS kind, r.state AS state,
        ${counted("eligible", eligibleCount(sql`r.id`))} AS eligible,
        ${counted("late", lateCount(sql`r.id`))} AS late,
        ${counted("answered", answeredCount(sql`r.id`))} AS answered
      FROM rounds r WHERE r.forum_id = ${forumId} AND ${opts.publishedOnly ? sql`r.state = 'published'` : sql`r.state <> 'draft'`}
      ORDER BY r.number`,
  );
  return (res.results as RoundEligibility[]).map((r) => ({
    ...r,
    eligible: Number(r.eligible),
    late: Number(r.late),
    answered: Number(r.answered),
  }));
}

const eligibleCount = (roundId: SQL) =>
  sql`(SELECT count(*) FROM round_members rm WHERE rm.round_id = ${roundId})`;
const lateCount = (roundId: SQL) =>
  sql`(SELECT count(*) FROM round_members rm WHERE rm.round_id = ${roundId} AND rm.late = 1)`;
const answeredCount = (
  roundId: SQL,
) => sql`(SELECT count(*) FROM round_members rm WHERE rm.round_id = ${roundId} AND (
    EXISTS (SELECT 1 FROM answers a WHERE a.round_id = ${roundId} AND a.member_id = rm.member_id
      AND a.status = 'submitted' AND a.superseded_at IS NULL)
    OR EXISTS (SELECT 1 FROM ideas i WHERE i.round_id = ${roundId} AND i.member_id = rm.member_id)))`;

/**
 * The statement that freezes a closed round's participation counts (run in the close batch; a no-op on
 * an open round or when already frozen).
 */
export function freezeParticipation(roundId: number): SQL {
  const id = sql`${roundId}`;
  return sql`UPDATE rounds SET participation = json_object('eligible', ${eligibleCount(id)}, 'late', ${lateCount(id)}, 'answered', ${answeredCount(id)})
    WHERE id = ${roundId} AND state IN ('closed', 'published') AND participation IS NULL`;
}

/**
 * The stage a new invitation gets by default: 1 while no round has opened, else one more than the
 * highest stage of anyone who was already eligible for an opened round (so everyone invited between
 * two rounds shares one stage).
 */
export async function defaultStage(db: Db, forumId: number): Promise<number> {
  const res = await runOne(
    db,
    // Only once a round has opened: the highest stage first through members_forum_stage, down to the first
    // member on a roster (a few rows, where max() over the panel read one row per member; issue 19).
    sql`SELECT CASE WHEN EXISTS (SELECT 1 FROM rounds WHERE forum_id = ${forumId} AND state <> 'draft')
        THEN coalesce((SELECT m.stage FROM members m
          WHERE m.forum_id = ${forumId} AND EXISTS (SELECT 1 FROM round_members rm WHERE rm.member_id = m.id)
          ORDER BY m.stage DESC LIMIT 1), 1) + 1
        ELSE 1 END AS stage`,
  );
  const row = res.results[0] as { stage: number } | undefined;
  return row ? Number(row.stage) : 1;
}

export type { RoundEligibility } from "../../domain/stages.js";
