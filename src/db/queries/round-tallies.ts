import { type SQL, sql } from "drizzle-orm";
import type { RoundGroupCounts } from "../../domain/attrition.js";
import { rawRead, readBatch, reusableRead, runOne, type Statement } from "../batch.js";
import type { Db } from "../client.js";

/**
 * round_tallies: each opened round's roster counted per institution and for the whole round (schema.ts
 * `roundTallies`), so that the organiser's overview reads a few rows per round, not one per expert.
 *
 * Two ways keep them, both inside the batch of the write they follow:
 * - `recountTallies`: the round counted in full from its roster (round_members, members, round_questions)
 *   when it opens and closes, and by bulk writes of answers (the close, imports, seeding). At the close it
 *   also counts what attrition compares: the previous round's respondents and how many of them were lost.
 * - `tallyMembers`: one expert's share, taken out (−1) before a write that changes their roster row or
 *   status and put back (+1) after it (an answer saved, a late joiner, a removal): a bounded delta, as
 *   the rows it reads are the expert's own.
 *
 * What counts, the same rule as computeAttrition (src/domain/attrition.ts): a roster row of an expert is
 * eligible; it is complete when the round has questions and the row's `answered` reaches their number.
 */

/** group_key of the row that counts the whole round. */
export const ROUND_TOTAL = -1;
/** group_key of experts without an institution. */
export const NO_INSTITUTION = 0;

const COLUMNS = sql.raw(
  "round_id, group_key, eligible, late, complete, active, active_complete, rostered, previous, lost",
);

/** The forum's rounds counted before this one (rounds.number order); `r` is this round's row. */
const earlierRoster = (memberId: SQL, r: string) =>
  sql`EXISTS (SELECT 1 FROM round_members e JOIN rounds re ON re.id = e.round_id
    WHERE e.member_id = ${memberId} AND re.forum_id = ${sql.raw(r)}.forum_id AND re.number < ${sql.raw(r)}.number)`;

/**
 * Active, or (in a round closed since) removed after the close: who the round counted as active when it
 * closed (submitted-answers.ts `countsForRound` has the same rule).
 */
const activeAtClose = (m: string, r: string) =>
  sql`(${sql.raw(m)}.status = 'active' OR (${sql.raw(m)}.status = 'removed' AND ${sql.raw(r)}.closed_at IS NOT NULL
    AND ${sql.raw(m)}.removed_at > ${sql.raw(r)}.closed_at))`;

/**
 * The statements that count a round's tallies afresh (delete, then insert per group and the total). A
 * draft round gets none; an open one counts no `previous` or `lost` (nobody has dropped out yet), which its
 * close counts. Reads the round's roster, the previous opened round's roster and, once per
 * expert, their rows on earlier rosters: O(panel × rounds), at a round's opening and close only.
 */
export function recountTallies(roundId: number): Statement[] {
  const id = sql`${roundId}`;
  return [
    sql`DELETE FROM round_tallies WHERE round_id = ${id}`,
    sql`WITH this AS (SELECT id, forum_id, number, state, closed_at FROM rounds WHERE id = ${id} AND state <> 'draft'),
      -- The previous opened round with a roster (computeAttrition compares rounds that have one), once
      -- this one has closed (while it is open, nobody has dropped out yet).
      prev AS (SELECT p.id FROM rounds p, this WHERE this.state IN ('closed', 'published')
          AND p.forum_id = this.forum_id AND p.state <> 'draft'
          AND p.number < this.number AND EXISTS (SELECT 1 FROM round_members x WHERE x.round_id = p.id)
        ORDER BY p.number DESC LIMIT 1),
      cur AS (SELECT rm.member_id AS member, coalesce(m.institution_id, ${NO_INSTITUTION}) AS g, rm.late AS late,
          (q.n > 0 AND rm.answered >= q.n) AS complete, ${activeAtClose("m", "this")} AS active
        FROM this JOIN round_members rm ON rm.round_id = this.id JOIN members m ON m.id = rm.member_id,
          (SELECT count(*) AS n FROM round_questions WHERE round_id = ${id}) q
        WHERE m.role = 'expert'),
      parts AS (
        SELECT g, 1 AS eligible, late, complete, active, active * complete AS active_complete,
          0 AS rostered, 0 AS previous, 0 AS lost FROM cur
        UNION ALL
        SELECT coalesce(m.institution_id, ${NO_INSTITUTION}), 0, 0, 0, 0, 0, 0, 1,
          NOT EXISTS (SELECT 1 FROM cur WHERE cur.member = rm.member_id AND cur.complete)
        FROM prev JOIN round_members rm ON rm.round_id = prev.id JOIN members m ON m.id = rm.member_id,
          (SELECT count(*) AS n FROM round_questions WHERE round_id = (SELECT id FROM prev)) pq
        WHERE m.role = 'expert' AND pq.n > 0 AND rm.answered >= pq.n
        UNION ALL
        SELECT cur.g, 0, 0, 0, 0, 0, 1, 0, 0 FROM cur, this
        WHERE NOT ${earlierRoster(sql`cur.member`, "this")}
      ),
      sums AS (SELECT g, sum(eligible) AS eligible, sum(late) AS late, sum(complete) AS complete,
          sum(active) AS active, sum(active_complete) AS active_complete, sum(rostered) AS rostered,
          sum(previous) AS previous, sum(lost) AS lost
        FROM parts GROUP BY g)
    INSERT INTO round_tallies (${COLUMNS})
    SELECT ${id}, g, eligible, late, complete, active, active_complete, rostered, previous, lost FROM sums
    UNION ALL
    SELECT ${id}, ${ROUND_TOTAL}, sum(eligible), sum(late), sum(complete), sum(active), sum(active_complete),
      sum(rostered), sum(previous), sum(lost) FROM sums HAVING count(*) > 0`,
  ];
}

/**
 * The statement that adds (`sign` 1) or takes out (−1) the share of the roster rows `where` selects
 * (over `rm`, round_members) in their round's tallies: its group's row and the total. Taken out before
 * a write and added after it, in one batch, it moves the counts by exactly what the write changed, and
 * by nothing when the write changed nothing. With `roster` (a write that adds a roster row), it also
 * counts whether the expert is new to the forum's rosters.
 */
export function tallyMembers(sign: 1 | -1, where: SQL, opts: { roster?: boolean } = {}): Statement {
  const s = sql.raw(String(sign));
  const first = opts.roster ? sql`NOT ${earlierRoster(sql`rm.member_id`, "r")}` : sql`0`;
  // Complete: answered ≥ max(questions, 1), i.e. the round has questions and all are answered, with the
  // questions counted once; x is materialised so that it is read once for both of its rows (group, total).
  return sql`WITH x AS MATERIALIZED (
      SELECT rm.round_id AS round_id, coalesce(m.institution_id, ${NO_INSTITUTION}) AS g, rm.late AS late,
        rm.answered >= max((SELECT count(*) FROM round_questions WHERE round_id = rm.round_id), 1) AS complete,
        (m.status = 'active') AS active, ${first} AS first
      FROM round_members rm JOIN members m ON m.id = rm.member_id${opts.roster ? sql` JOIN rounds r ON r.id = rm.round_id` : sql``}
      WHERE ${where} AND m.role = 'expert')
    INSERT INTO round_tallies (${COLUMNS})
    SELECT round_id, CASE WHEN k.total THEN ${ROUND_TOTAL} ELSE g END, ${s}, ${s} * late, ${s} * complete,
      ${s} * active, ${s} * active * complete, ${s} * first, 0, 0
    FROM x, (SELECT 0 AS total UNION ALL SELECT 1) k WHERE true
    ON CONFLICT (round_id, group_key) DO UPDATE SET
      eligible = eligible + excluded.eligible, late = late + excluded.late, complete = complete + excluded.complete,
      active = active + excluded.active, active_complete = active_complete + excluded.active_complete,
      rostered = rostered + excluded.rostered`;
}

/** `tallyMembers` around `write`: one expert's share out, the write, their share back in. */
export const withTally = (where: SQL, write: Statement[], opts: { roster?: boolean } = {}): Statement[] => [
  tallyMembers(-1, where, opts),
  ...write,
  tallyMembers(1, where, opts),
];

/**
 * The roster rows, in open rounds, of the members `memberIds` selects (an SQL expression giving one id, or
 * a subquery): what a change of membership touches. A closed round's counts stay as it closed with them.
 */
export const openRosterOf = (memberIds: SQL) =>
  sql`rm.member_id IN ${memberIds} AND EXISTS (SELECT 1 FROM rounds o WHERE o.id = rm.round_id AND o.state = 'open')`;

type TallyRow = RoundGroupCounts & { roundNumber: number };

const tallyColumns = sql`t.eligible AS eligible, t.late AS late, t.complete AS complete, t.active AS active,
  t.active_complete AS activeComplete, t.rostered AS rostered, t.previous AS previous, t.lost AS lost`;

function toCounts(r: Record<string, unknown>): RoundGroupCounts {
  return {
    eligible: Number(r.eligible),
    late: Number(r.late),
    complete: Number(r.complete),
    active: Number(r.active),
    activeComplete: Number(r.activeComplete),
    rostered: Number(r.rostered),
    previous: Number(r.previous),
    lost: Number(r.lost),
  };
}

/**
 * Each opened round's total row (round number order): one row per round, whatever the panel's size.
 */
export async function listRoundTotals(db: Db, forumId: number) {
  return roundTotalsOf((await readBatch(db, [roundTotalsQuery(forumId)]))[0]);
}

/** The read behind `listRoundTotals`, for a batch with a page's other reads. */
export const roundTotalsQuery = (forumId: number) => roundTotals({ forumId });

const roundTotals = reusableRead((db) =>
  rawRead(
    db,
    sql`SELECT r.number AS roundNumber, r.state = 'open' AS open, r.kind AS kind, ${tallyColumns}
      FROM rounds r JOIN round_tallies t ON t.round_id = r.id AND t.group_key = ${ROUND_TOTAL}
      WHERE r.forum_id = ${sql.placeholder("forumId")} AND r.state <> 'draft' AND t.eligible > 0
      ORDER BY r.number`,
  ),
);

/** The rows of `roundTotalsQuery`, typed. */
export function roundTotalsOf(rows: readonly unknown[]): (TallyRow & { open: boolean; kind: string })[] {
  return (rows as Record<string, unknown>[]).map((r) => ({
    roundNumber: Number(r.roundNumber),
    open: Boolean(Number(r.open)),
    kind: String(r.kind),
    ...toCounts(r),
  }));
}

/**
 * Every group's row of every opened round, with the institution's name (null: experts without one):
 * rounds × institutions rows, for the breakdown by institution.
 */
export async function listGroupTallies(
  db: Db,
  forumId: number,
): Promise<(TallyRow & { institution: string | null; open: boolean })[]> {
  const res = await runOne(
    db,
    sql`SELECT r.number AS roundNumber, r.state = 'open' AS open, i.name AS institution, ${tallyColumns}
      FROM rounds r JOIN round_tallies t ON t.round_id = r.id AND t.group_key <> ${ROUND_TOTAL}
        LEFT JOIN institutions i ON i.id = t.group_key
      WHERE r.forum_id = ${forumId} AND r.state <> 'draft'
      ORDER BY r.number`,
  );
  return (res.results as Record<string, unknown>[]).map((r) => ({
    roundNumber: Number(r.roundNumber),
    open: Boolean(Number(r.open)),
    institution: (r.institution as string | null) ?? null,
    ...toCounts(r),
  }));
}
