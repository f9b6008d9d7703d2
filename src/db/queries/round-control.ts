import { eq, type SQL, sql } from "drizzle-orm";
import type { TrackRecord } from "../../domain/aggregation/index.js";
import { findInfinite } from "../../domain/finite.js";
import {
  isClosed,
  nextRoundState,
  type RoundAction,
  type RoundState,
  requiredRoundState,
} from "../../domain/rounds.js";
import {
  computeQuestionSnapshot,
  previousRoundOf,
  publicSnapshot,
  spreadOf,
  verdictOf,
} from "../../domain/snapshot.js";
import { type Actor, audit } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { rounds, snapshots } from "../schema.js";
import { refreshRoundCounts } from "./answers.js";
import { deriveFromAnswers, loadPanelRecords, storeForumScores } from "./dashboard-scores.js";
import { recountTallies } from "./round-tallies.js";
import { listRoundQuestions, type RoundRow } from "./rounds.js";
import { listPreviousSnapshots } from "./snapshots.js";
import { freezeParticipation, recordEligibleOnOpen } from "./stages.js";
import { listCurrentSubmittedAnswers } from "./submitted-answers.js";

/**
 * Each transition's states come from the engine's state machine (src/domain/rounds.ts); the SQL makes
 * them atomic (UPDATE … WHERE state = from), so a concurrent transition changes no row.
 */
function transition(action: RoundAction): { from: RoundState; to: RoundState; setTo: SQL; whereFrom: SQL } {
  const from = requiredRoundState(action);
  const to = nextRoundState(from, action);
  if (to === null) throw new Error(`round state machine: ${action} has no target from ${from}`);
  // Literals from the closed set of states (never user input), so the statements read as plain SQL.
  return { from, to, setTo: sql.raw(`'${to}'`), whereFrom: sql.raw(`'${from}'`) };
}
const OPEN = transition("open");
const CLOSE = transition("close");
const PUBLISH = transition("publish");
/** What closing a round needs of its forum: the group threshold and the minimum for a consensus verdict. */
type ForumRef = { id: number; minGroupSize: number; minRespondents: number; minResponseRate: number };

/**
 * True in a batch's statement when the statement before it changed a row. Conditions on the new
 * timestamp are not enough: workerd's clock stands still within a request's I/O, so two racing
 * requests can carry the same `now`, and the loser would audit the winner's change.
 */
const changedByPrevious = sql`changes() > 0`;

/**
 * A round's audit row (target: the round, by its number); with `when`, written only when that holds
 * (`changedByPrevious`: the transition before it changed the round).
 */
export const auditRound = (
  e: { forumId: number; actor: number | null; action: string; targetId: number; detail?: unknown },
  when?: SQL,
) =>
  audit(
    {
      forumId: e.forumId,
      actor: e.actor,
      action: e.action,
      targetType: "round",
      targetId: e.targetId,
      detail: e.detail,
    },
    when ? { when } : {},
  );

/** Creates a draft round with the given questions (numbered after the last round), in one batch. */
export async function createRound(
  db: Db,
  forumId: number,
  input: { questionIds: number[]; instructions: string; opensAt?: string | null; closesAt?: string | null },
  actor: Actor,
): Promise<number> {
  const last = await db
    .select({ n: sql<number>`coalesce(max(number), 0)` })
    .from(rounds)
    .where(eq(rounds.forumId, forumId))
    .get();
  const number = (last?.n ?? 0) + 1;
  const roundId = sql`(SELECT id FROM rounds WHERE forum_id = ${forumId} AND number = ${number})`;
  await runBatch(db, [
    db.insert(rounds).values({
      forumId,
      number,
      instructions: input.instructions,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
    }),
    ...input.questionIds.map(
      (qid, position) =>
        sql`INSERT INTO round_questions (round_id, question_id, position)
        SELECT ${roundId}, id, ${position} FROM questions WHERE id = ${qid} AND forum_id = ${forumId}`,
    ),
    auditRound({
      forumId,
      actor: actor.id,
      action: "round.create",
      targetId: number,
      detail: {
        questionIds: input.questionIds,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
      },
    }),
  ]);
  return number;
}

/**
 * Moves one round of the forum to its next state, audited in the same batch. Returns false when the round
 * was not in the state it leaves (someone else moved it first). `nowMs` is the time the audit row and
 * the round record.
 */
type RoundTransition<A extends Actor | null = Actor | null> = (
  db: Db,
  forum: ForumRef,
  round: RoundRow,
  actor: A,
  nowMs?: number,
) => Promise<boolean>;

/**
 * Opens a draft round if no other round of the forum is open. Returns false when it could not. A null
 * actor is the schedule (the Cron Trigger); its audit row has no actor.
 */
export const openRound: RoundTransition = async (db, forum, round, actor, nowMs = Date.now()) => {
  const now = new Date(nowMs).toISOString();
  const [update] = await runBatch(db, [
    sql`UPDATE rounds SET state = ${OPEN.setTo}, opened_at = ${now}
      WHERE id = ${round.id} AND state = ${OPEN.whereFrom}
        AND NOT EXISTS (SELECT 1 FROM rounds WHERE forum_id = ${forum.id} AND state = 'open')`,
    auditRound(
      {
        forumId: forum.id,
        actor: actor?.id ?? null,
        action: "round.open",
        targetId: round.number,
      },
      changedByPrevious,
    ),
    // Who could answer this round: every active expert now; late joiners are added on activation.
    recordEligibleOnOpen(forum.id, round.id),
    // Its roster counted per institution, kept from here on (round_tallies).
    ...recountTallies(round.id),
  ]);
  return update!.meta.changes > 0;
};

/**
 * Closes an open round and stores its snapshot, in ONE batch: the snapshot rows are computed from the
 * answers read while the round is still open, and the batch closes the round only if those answers (and
 * the active panel) are still exactly what was read (`closeFingerprint`); the snapshot inserts in the same
 * batch are conditional on the round being closed and on the same fingerprint. A failure anywhere in the
 * batch therefore leaves the round open with no snapshot and no audit row, and an answer that slipped in
 * between the read and the batch makes the close retry with a fresh read. Of two racing closes one
 * changes the state; the other's inserts are ignored under the unique (round, question) index. Should
 * answers keep arriving through every attempt, the round is closed first and snapshotted after (the old
 * two-step path); calling this on a closed round whose snapshot is missing completes it.
 */
export const closeRound: RoundTransition = async (db, forum, round, actor, nowMs = Date.now()) => {
  const now = new Date(nowMs).toISOString();
  const audit = auditRound(
    {
      forumId: forum.id,
      actor: actor?.id ?? null,
      action: "round.close",
      targetId: round.number,
    },
    changedByPrevious,
  );
  const fingerprint = closeFingerprint(forum.id, round.id);
  // The panel's track records, for the stored track-record pools (snapshots.derived).
  const records = await loadPanelRecords(db, forum.id);
  for (let attempt = 0; attempt < CLOSE_ATTEMPTS; attempt++) {
    const seen = await db.get<{ f: string }>(sql`SELECT ${fingerprint} AS f`);
    const rows = await snapshotRows(db, forum, round.id, records);
    const [update] = await runBatch(db, [
      sql`UPDATE rounds SET state = ${CLOSE.setTo}, closed_at = ${now}
        WHERE id = ${round.id} AND state = ${CLOSE.whereFrom} AND ${fingerprint} = ${seen?.f ?? ""}`,
      audit,
      ...rows.map(
        (
          r,
        ) => sql`INSERT INTO snapshots (round_id, question_id, stats, public_stats, spread, verdict, derived)
          SELECT ${round.id}, ${r.questionId}, ${JSON.stringify(r.stats)}, ${JSON.stringify(publicSnapshot(r.stats))},
            ${JSON.stringify(spreadOf(r.stats))}, ${JSON.stringify(verdictOf(r.stats))}, ${JSON.stringify(r.derived)}
          WHERE EXISTS (SELECT 1 FROM rounds WHERE id = ${round.id} AND state IN ('closed', 'published'))
            AND ${fingerprint} = ${seen?.f ?? ""}
          ON CONFLICT (round_id, question_id) DO NOTHING`,
      ),
      freezeParticipation(round.id),
      ...refreshRoundCounts(round.id),
    ]);
    if (update!.meta.changes > 0) {
      await storeForumScores(db, forum.id);
      return true;
    }
    const current = await db
      .select({ state: rounds.state })
      .from(rounds)
      .where(eq(rounds.id, round.id))
      .get();
    if (current && isClosed(current.state)) {
      await storeSnapshots(db, forum, round.id, records);
      return false;
    }
    if (current?.state !== "open") return false;
  }
  const [update] = await runBatch(db, [
    sql`UPDATE rounds SET state = ${CLOSE.setTo}, closed_at = ${now} WHERE id = ${round.id} AND state = ${CLOSE.whereFrom}`,
    audit,
    freezeParticipation(round.id),
    ...refreshRoundCounts(round.id),
  ]);
  const current = await db.select({ state: rounds.state }).from(rounds).where(eq(rounds.id, round.id)).get();
  if (current?.state !== "closed" && current?.state !== "published") return false;
  await storeSnapshots(db, forum, round.id, records);
  await storeForumScores(db, forum.id);
  return update!.meta.changes > 0;
};

const CLOSE_ATTEMPTS = 3;

/**
 * What a round's snapshot depends on that can still change while it is open: its answer rows (inserted,
 * or superseded) and the forum's active experts. Equal fingerprints mean the snapshot read is current.
 */
const closeFingerprint = (forumId: number, roundId: number) =>
  sql`((SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || count(superseded_at) FROM answers WHERE round_id = ${roundId})
    || '/' || (SELECT count(*) || ':' || coalesce(sum(id), 0) FROM members
      WHERE forum_id = ${forumId} AND role = 'expert' AND status = 'active'))`;

async function storeSnapshots(
  db: Db,
  forum: ForumRef,
  roundId: number,
  records: readonly TrackRecord[],
): Promise<void> {
  await runOne(db, freezeParticipation(roundId));
  const rows = await snapshotRows(db, forum, roundId, records);
  if (rows.length === 0) return;
  const inserts = rows.map((r) =>
    db
      .insert(snapshots)
      .values({
        roundId,
        questionId: r.questionId,
        stats: r.stats,
        publicStats: publicSnapshot(r.stats),
        spread: spreadOf(r.stats),
        verdict: verdictOf(r.stats),
        derived: r.derived,
      })
      .onConflictDoNothing(),
  );
  await db.batch(inserts as [(typeof inserts)[number], ...(typeof inserts)[number][]]);
}

/**
 * Each question's snapshot statistics and derived values (the track-record pool), computed from the
 * round's current submitted answers.
 */
async function snapshotRows(db: Db, forum: ForumRef, roundId: number, records: readonly TrackRecord[]) {
  const questions = await listRoundQuestions(db, roundId);
  if (questions.length === 0) return [];
  const [{ eligible, answers: rows }, previous] = await Promise.all([
    listCurrentSubmittedAnswers(db, { roundId }),
    // Stability: each question's latest earlier snapshot (its responses keyed by pseudonym).
    listPreviousSnapshots(db, forum.id, roundId),
  ]);
  const derived = deriveFromAnswers(rows, records);
  return questions.map((q) => {
    const p = previous.get(q.id);
    const stats = computeQuestionSnapshot({
      config: q.config,
      rule: q.consensusRule,
      eligible,
      minGroupSize: forum.minGroupSize,
      minimum: { respondents: forum.minRespondents, responseRate: forum.minResponseRate },
      answers: rows.filter((r) => r.questionId === q.id),
      previous: p ? previousRoundOf(p.roundNumber, p.stats) : null,
    });
    const row = { questionId: q.id, stats, derived: derived.get(q.id) ?? {} };
    // Stored statistics are finite or null, never ±Infinity (which JSON would silently turn into null).
    const infinite = findInfinite(row);
    if (infinite) throw new RangeError(`snapshot of question ${q.id}: ${infinite} is not finite`);
    return row;
  });
}

/** Publishes a closed round to stakeholders. */
export const publishRound: RoundTransition<Actor> = async (db, forum, round, actor, nowMs = Date.now()) => {
  const now = new Date(nowMs).toISOString();
  const [update] = await runBatch(db, [
    sql`UPDATE rounds SET state = ${PUBLISH.setTo}, published_at = ${now} WHERE id = ${round.id} AND state = ${PUBLISH.whereFrom}`,
    auditRound(
      {
        forumId: forum.id,
        actor: actor.id,
        action: "round.publish",
        targetId: round.number,
      },
      changedByPrevious,
    ),
  ]);
  return update!.meta.changes > 0;
};

/** Saves the organiser's synthesis text for a round (shown to experts with the next round's feedback). */
export async function saveSynthesis(
  db: Db,
  forumId: number,
  round: RoundRow,
  synthesis: string,
  actor: Actor,
) {
  await runBatch(db, [
    db.update(rounds).set({ synthesis }).where(eq(rounds.id, round.id)),
    auditRound({ forumId, actor: actor.id, action: "round.synthesis", targetId: round.number }),
  ]);
}
