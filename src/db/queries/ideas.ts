import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { ConsensusRule } from "../../domain/consensus/index.js";
import type { IdeaOutcome, MyIdea, PeerIdea, PromoteAs, ReviewIdea, SourceIdea } from "../../domain/ideas.js";
import {
  DEFAULT_PROPOSAL_DIMENSIONS,
  DEFAULT_PROPOSAL_RULE,
  type ProposalConfig,
  TREND_DIMENSIONS,
} from "../../domain/proposals.js";
import { type Actor, audit, changed } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { ideas, members, questions, rounds, users } from "../schema.js";
import { auditRound } from "./round-control.js";

/**
 * Ideas rounds (round 0): open prompts, the items experts submit for them, and the organiser's review
 * (merge, edit, reject, promote). Every review action is audited in the same batch as the change.
 * Provenance (who proposed an item) is read only by `listIdeasForReview` (organisers) and
 * `listMyIdeas` (the proposer's own rows).
 */

export type { PromoteAs } from "../../domain/ideas.js";

const PROMPT_RULE: ConsensusRule = { kind: "iqr-at-most", max: 1 };

/**
 * Creates an ideas round with one open prompt (question kind "idea") per line, in one batch. It is
 * round 0 when the forum has no round yet, else the next number. Returns the round number.
 */
export async function createIdeasRound(
  db: Db,
  forumId: number,
  input: { prompts: string[]; instructions: string; becomes: PromoteAs },
  actor: Actor,
): Promise<number> {
  const last = await db
    .select({ n: sql<number | null>`max(number)` })
    .from(rounds)
    .where(eq(rounds.forumId, forumId))
    .get();
  const number = last?.n == null ? 0 : last.n + 1;
  const roundId = sql`(SELECT id FROM rounds WHERE forum_id = ${forumId} AND number = ${number})`;
  await runBatch(db, [
    sql`INSERT INTO rounds (forum_id, number, kind, instructions) VALUES (${forumId}, ${number}, 'ideas', ${input.instructions})`,
    ...input.prompts.flatMap((prompt, position) => [
      sql`INSERT INTO questions (forum_id, kind, title, config, consensus_rule, position)
        VALUES (${forumId}, 'idea', ${prompt}, ${JSON.stringify({ kind: "idea", becomes: input.becomes })}, ${JSON.stringify(PROMPT_RULE)},
          (SELECT coalesce(max(position), -1) + 1 FROM questions WHERE forum_id = ${forumId}))`,
      sql`INSERT INTO round_questions (round_id, question_id, position)
        VALUES (${roundId}, (SELECT max(id) FROM questions WHERE forum_id = ${forumId}), ${position})`,
    ]),
    auditRound({
      forumId,
      actor: actor.id,
      action: "round.create",
      targetId: number,
      detail: { kind: "ideas", prompts: input.prompts, becomes: input.becomes },
    }),
  ]);
  return number;
}

/** Adds an expert's item to a prompt of an open ideas round; false when the round is not open. */
export async function submitIdea(
  db: Db,
  i: {
    forumId: number;
    roundId: number;
    questionId: number;
    memberId: number;
    title: string;
    explanation: string;
  },
): Promise<boolean> {
  const [res] = await runBatch(db, [
    sql`INSERT INTO ideas (forum_id, round_id, question_id, member_id, title, explanation)
      SELECT ${i.forumId}, ${i.roundId}, ${i.questionId}, ${i.memberId}, ${i.title}, ${i.explanation}
      WHERE EXISTS (SELECT 1 FROM rounds WHERE id = ${i.roundId} AND state = 'open' AND kind = 'ideas')
        AND EXISTS (SELECT 1 FROM round_questions WHERE round_id = ${i.roundId} AND question_id = ${i.questionId})`,
  ]);
  return res!.meta.changes > 0;
}

/** Changes the expert's own item while the round is open; false otherwise. */
export async function updateMyIdea(
  db: Db,
  i: { ideaId: number; roundId: number; memberId: number; title: string; explanation: string },
): Promise<boolean> {
  const [res] = await runBatch(db, [
    sql`UPDATE ideas SET title = ${i.title}, explanation = ${i.explanation}
      WHERE id = ${i.ideaId} AND member_id = ${i.memberId} AND round_id = ${i.roundId} AND status = 'submitted'
        AND EXISTS (SELECT 1 FROM rounds WHERE id = ${i.roundId} AND state = 'open')`,
  ]);
  return res!.meta.changes > 0;
}

/** The member's own items in a forum (or one round), with what became of each. Only their own rows. */
export async function listMyIdeas(
  db: Db,
  forumId: number,
  memberId: number,
  roundId?: number,
): Promise<MyIdea[]> {
  const res = await db.all<MyIdea>(sql`
    SELECT i.id AS id, i.question_id AS questionId, q.title AS prompt, i.title AS title,
      i.explanation AS explanation, i.status AS status, i.edited_title AS editedTitle,
      i.reject_reason AS rejectReason, r.number AS roundNumber,
      (SELECT coalesce(t.edited_title, t.title) FROM ideas t WHERE t.id = i.merged_into) AS mergedIntoTitle,
      (SELECT p.title FROM questions p WHERE p.id = coalesce(i.promoted_question_id,
         (SELECT t.promoted_question_id FROM ideas t WHERE t.id = i.merged_into AND t.status = 'promoted'))) AS promotedTitle,
      (SELECT min(r2.number) FROM round_questions rq JOIN rounds r2 ON r2.id = rq.round_id
         WHERE rq.question_id = coalesce(i.promoted_question_id,
           (SELECT t.promoted_question_id FROM ideas t WHERE t.id = i.merged_into AND t.status = 'promoted'))
           AND r2.number > r.number) AS promotedRound
    FROM ideas i JOIN questions q ON q.id = i.question_id JOIN rounds r ON r.id = i.round_id
    WHERE i.forum_id = ${forumId} AND i.member_id = ${memberId} ${roundId ? sql`AND i.round_id = ${roundId}` : sql``}
    ORDER BY r.number, q.position, i.id`);
  return res;
}

/** Every item of an ideas round for the organiser; names are selected only when `withNames`. */
export async function listIdeasForReview(db: Db, roundId: number, withNames: boolean): Promise<ReviewIdea[]> {
  const rows = await db
    .select({
      id: ideas.id,
      questionId: ideas.questionId,
      title: ideas.title,
      explanation: ideas.explanation,
      editedTitle: ideas.editedTitle,
      editedExplanation: ideas.editedExplanation,
      status: ideas.status,
      mergedInto: ideas.mergedInto,
      rejectReason: ideas.rejectReason,
      promotedQuestionId: ideas.promotedQuestionId,
      pseudonym: members.pseudonym,
      name: withNames ? users.name : sql<null>`NULL`,
    })
    .from(ideas)
    .innerJoin(members, eq(members.id, ideas.memberId))
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(ideas.roundId, roundId))
    .orderBy(asc(ideas.questionId), asc(ideas.id));
  return rows as ReviewIdea[];
}

const reviewable = (roundId: number) =>
  sql`EXISTS (SELECT 1 FROM rounds WHERE id = ${roundId} AND state IN ('closed', 'published') AND kind = 'ideas')`;
/**
 * What the organiser decides about a submitted item: merge it into another item of the same round (both
 * kept; the duplicate points at the other, which must be neither merged nor rejected), reword it (the
 * expert's original title and explanation are kept beside the edit), or reject it with a reason the
 * expert will read.
 */
export type IdeaReview =
  | { action: "merge"; into: number }
  | { action: "edit"; title: string; explanation: string }
  | { action: "reject"; reason: string };

/**
 * Applies the organiser's review of an item: the change, stamped with the reviewer and the time, only
 * while the item is still submitted and its round reviewable, audited (`idea.<action>`) in the same
 * batch only when it changed. False when nothing changed.
 */
export async function reviewIdea(
  db: Db,
  item: { forumId: number; roundId: number; ideaId: number; actor: Actor },
  review: IdeaReview,
  nowMs = Date.now(),
): Promise<boolean> {
  const { forumId, roundId, ideaId, actor } = item;
  const now = new Date(nowMs).toISOString();
  let change: SQL;
  let detail: unknown;
  let also = sql``;
  switch (review.action) {
    case "merge":
      change = sql`status = 'merged', merged_into = ${review.into}`;
      also = sql` AND id <> ${review.into}
        AND EXISTS (SELECT 1 FROM ideas t WHERE t.id = ${review.into} AND t.round_id = ${roundId} AND t.status IN ('submitted', 'promoted'))`;
      detail = { into: review.into };
      break;
    case "edit":
      change = sql`edited_title = ${review.title}, edited_explanation = ${review.explanation}`;
      detail = { title: review.title, explanation: review.explanation };
      break;
    case "reject":
      change = sql`status = 'rejected', reject_reason = ${review.reason}`;
      detail = { reason: review.reason };
      break;
  }
  const [res] = await runBatch(db, [
    sql`UPDATE ideas SET ${change}, reviewed_by = ${actor.id}, reviewed_at = ${now}
      WHERE id = ${ideaId} AND round_id = ${roundId} AND status = 'submitted' AND ${reviewable(roundId)}${also}`,
    audit(
      {
        forumId,
        actor: actor.id,
        action: `idea.${review.action}`,
        targetType: "idea",
        targetId: ideaId,
        detail,
      },
      { when: changed },
    ),
  ]);
  return res!.meta.changes > 0;
}

/**
 * Promotes an item into the next draft round (created if there is none after the ideas round), in one
 * batch:
 * - as a trend: a proposal question rated on likelihood and impact (`trend: true`);
 * - as a proposal: a proposal question rated on desirability and feasibility;
 * - as a scenario: a new scenario at the end of the chosen set. Allocation questions copy their set's
 *   scenarios into their config when created, so the new scenario is appended to the config of every
 *   allocation question on that set that is not in an open round (questions in an open round keep
 *   their config until it closes, since answers to them are being given against it); if the set has no
 *   allocation question yet, one is created. Those questions are added to the draft round.
 * The item's first UPDATE writes a random negative marker into promoted_question_id; every later
 * statement runs only while the marker is there, so of two racing promotions only one does anything,
 * and the last statement replaces the marker with the question id.
 */
export async function promoteIdea(
  db: Db,
  forum: { id: number },
  ideasRound: { id: number; number: number },
  ideaId: number,
  as: { kind: PromoteAs; scenarioSetId?: number },
  actor: Actor,
  nowMs = Date.now(),
): Promise<boolean> {
  const now = new Date(nowMs).toISOString();
  const f = forum.id;
  const marker = -(1 + Math.floor(Math.random() * 2 ** 40));
  const gate = sql`EXISTS (SELECT 1 FROM ideas WHERE id = ${ideaId} AND promoted_question_id = ${marker})`;
  const draft = sql`(SELECT id FROM rounds WHERE forum_id = ${f} AND state = 'draft' AND kind = 'standard'
    AND number > ${ideasRound.number} ORDER BY number LIMIT 1)`;
  const ideaTitle = sql`(SELECT coalesce(edited_title, title) FROM ideas WHERE id = ${ideaId})`;
  const ideaText = sql`(SELECT coalesce(edited_explanation, explanation) FROM ideas WHERE id = ${ideaId})`;
  const nextPosition = sql`(SELECT coalesce(max(position), -1) + 1 FROM questions WHERE forum_id = ${f})`;
  const steps = [
    sql`UPDATE ideas SET status = 'promoted', promoted_question_id = ${marker}, reviewed_by = ${actor.id}, reviewed_at = ${now}
      WHERE id = ${ideaId} AND round_id = ${ideasRound.id} AND status = 'submitted' AND ${reviewable(ideasRound.id)}
        ${as.kind === "scenario" ? sql`AND EXISTS (SELECT 1 FROM scenario_sets WHERE id = ${as.scenarioSetId ?? 0} AND forum_id = ${f})` : sql``}`,
    sql`INSERT INTO rounds (forum_id, number, kind, state)
      SELECT ${f}, (SELECT max(number) + 1 FROM rounds WHERE forum_id = ${f}), 'standard', 'draft'
      WHERE ${gate} AND NOT EXISTS (SELECT 1 FROM rounds WHERE forum_id = ${f} AND state = 'draft' AND kind = 'standard' AND number > ${ideasRound.number})`,
  ];
  let questionOfIdea: ReturnType<typeof sql>;
  if (as.kind === "scenario") {
    const setId = as.scenarioSetId ?? 0;
    const onSet = sql`forum_id = ${f} AND kind = 'allocation' AND json_extract(config, '$.scenarioSetId') = ${setId}`;
    const notOpen = sql`id NOT IN (SELECT rq.question_id FROM round_questions rq JOIN rounds r ON r.id = rq.round_id WHERE r.state = 'open')`;
    const newScenario = sql`(SELECT max(id) FROM scenarios WHERE set_id = ${setId})`;
    steps.push(
      sql`INSERT INTO scenarios (set_id, position, title, narrative, from_idea_id)
        SELECT ${setId}, (SELECT coalesce(max(position), -1) + 1 FROM scenarios WHERE set_id = ${setId}), ${ideaTitle}, ${ideaText}, ${ideaId}
        WHERE ${gate}`,
      sql`UPDATE questions SET config = json_insert(config, '$.scenarios[#]',
          json_object('id', ${newScenario}, 'title', ${ideaTitle}))
        WHERE ${onSet} AND ${notOpen} AND ${gate}`,
      sql`INSERT INTO questions (forum_id, kind, title, config, consensus_rule, position, from_idea_id)
        SELECT ${f}, 'allocation', (SELECT title FROM scenario_sets WHERE id = ${setId}),
          json_object('kind', 'allocation', 'scenarioSetId', ${setId}, 'scenarios',
            (SELECT json_group_array(json_object('id', id, 'title', title))
              FROM (SELECT id, title FROM scenarios WHERE set_id = ${setId} ORDER BY position))),
          ${JSON.stringify({ kind: "iqr-at-most", max: 0.15 })}, ${nextPosition}, ${ideaId}
        WHERE ${gate} AND NOT EXISTS (SELECT 1 FROM questions WHERE ${onSet})`,
      sql`INSERT INTO round_questions (round_id, question_id, position)
        SELECT ${draft}, id, (SELECT coalesce(max(position), -1) + 1 FROM round_questions WHERE round_id = ${draft})
        FROM questions WHERE ${onSet} AND ${notOpen} AND ${gate}
          AND id NOT IN (SELECT question_id FROM round_questions WHERE round_id = ${draft})`,
    );
    questionOfIdea = sql`(SELECT id FROM questions WHERE ${onSet} AND ${notOpen} ORDER BY id LIMIT 1)`;
  } else {
    const config: ProposalConfig =
      as.kind === "trend"
        ? { kind: "proposal", dimensions: [...TREND_DIMENSIONS], trend: true }
        : { kind: "proposal", dimensions: [...DEFAULT_PROPOSAL_DIMENSIONS] };
    steps.push(
      sql`INSERT INTO questions (forum_id, kind, title, body, config, consensus_rule, position, from_idea_id)
        SELECT ${f}, 'proposal', ${ideaTitle}, ${ideaText}, ${JSON.stringify(config)},
          ${JSON.stringify(DEFAULT_PROPOSAL_RULE)}, ${nextPosition}, ${ideaId}
        WHERE ${gate} AND NOT EXISTS (SELECT 1 FROM questions WHERE from_idea_id = ${ideaId})`,
      sql`INSERT INTO round_questions (round_id, question_id, position)
        SELECT ${draft}, (SELECT id FROM questions WHERE from_idea_id = ${ideaId}),
          (SELECT coalesce(max(position), -1) + 1 FROM round_questions WHERE round_id = ${draft})
        WHERE ${gate}`,
    );
    questionOfIdea = sql`(SELECT id FROM questions WHERE from_idea_id = ${ideaId})`;
  }
  steps.push(
    audit(
      {
        forumId: f,
        actor: actor.id,
        action: "idea.promote",
        targetType: "idea",
        targetId: ideaId,
        detail: sql`json_object('as', ${as.kind}, 'question', ${questionOfIdea}, 'round', (SELECT number FROM rounds WHERE id = ${draft}),
          'scenarioSet', ${as.scenarioSetId ?? null})`,
      },
      { when: gate },
    ),
    sql`UPDATE ideas SET promoted_question_id = ${questionOfIdea} WHERE id = ${ideaId} AND promoted_question_id = ${marker}`,
  );
  const [first] = await runBatch(db, steps);
  return first!.meta.changes > 0;
}

export type { SourceIdea } from "../../domain/ideas.js";

/**
 * The items a question came from: those promoted into it and those merged into them, in the order
 * they were suggested. No author is selected (the organiser reads authors on the review page only,
 * as the forum's anonymity allows).
 */
export async function listSourceIdeas(db: Db, forumId: number, questionId: number): Promise<SourceIdea[]> {
  const rows = await db.all<{ id: number; title: string; roundNumber: number; merged: number }>(sql`
    SELECT i.id AS id, coalesce(i.edited_title, i.title) AS title, r.number AS roundNumber,
      (i.status = 'merged') AS merged
    FROM ideas i JOIN rounds r ON r.id = i.round_id
    WHERE i.forum_id = ${forumId} AND (i.promoted_question_id = ${questionId}
      OR (i.status = 'merged' AND i.merged_into IN
        (SELECT id FROM ideas WHERE forum_id = ${forumId} AND promoted_question_id = ${questionId})))
    ORDER BY r.number, i.id`);
  return rows.map((r) => ({ ...r, merged: Boolean(r.merged) }));
}

/**
 * The items each of the forum's scenarios came from, by scenario id: the item promoted into it and those
 * merged into that item, in the order they were suggested. No author is selected.
 */
export async function listScenarioSourceIdeas(db: Db, forumId: number): Promise<Map<number, SourceIdea[]>> {
  const rows = await db.all<{
    scenarioId: number;
    id: number;
    title: string;
    roundNumber: number;
    merged: number;
  }>(sql`
    SELECT s.id AS scenarioId, i.id AS id, coalesce(i.edited_title, i.title) AS title, r.number AS roundNumber,
      (i.status = 'merged') AS merged
    FROM scenarios s JOIN scenario_sets ss ON ss.id = s.set_id
      JOIN ideas i ON i.id = s.from_idea_id OR (i.status = 'merged' AND i.merged_into = s.from_idea_id)
      JOIN rounds r ON r.id = i.round_id
    WHERE ss.forum_id = ${forumId} AND i.forum_id = ${forumId}
    ORDER BY r.number, i.id`);
  const bySc = new Map<number, SourceIdea[]>();
  for (const { scenarioId, merged, ...idea } of rows) {
    bySc.set(scenarioId, [...(bySc.get(scenarioId) ?? []), { ...idea, merged: Boolean(merged) }]);
  }
  return bySc;
}

/** An item of a published ideas round and what became of it, for readers (no author). */
export type { IdeaOutcome } from "../../domain/ideas.js";

/**
 * What the panel proposed in the forum's published ideas rounds and what became of each item. Readers
 * never learn who proposed what: no member or user column is read. A rejection's reason was written to
 * its author and stays with them.
 */
export async function listIdeaOutcomes(db: Db, forumId: number): Promise<IdeaOutcome[]> {
  return db.all<IdeaOutcome>(sql`
    SELECT i.id AS id, r.number AS roundNumber, q.title AS prompt, coalesce(i.edited_title, i.title) AS title,
      i.status AS status,
      (SELECT coalesce(t.edited_title, t.title) FROM ideas t WHERE t.id = i.merged_into) AS mergedIntoTitle,
      (SELECT p.title FROM questions p WHERE p.id = coalesce(i.promoted_question_id,
         (SELECT t.promoted_question_id FROM ideas t WHERE t.id = i.merged_into AND t.status = 'promoted'))) AS promotedTitle
    FROM ideas i JOIN rounds r ON r.id = i.round_id JOIN questions q ON q.id = i.question_id
    WHERE i.forum_id = ${forumId} AND r.kind = 'ideas' AND r.state = 'published'
    ORDER BY r.number, q.position, i.id`);
}

/** Another expert's undecided item, as an expert may read it: no author, their own current rating. */
export type { PeerIdea } from "../../domain/ideas.js";

const currentRating = sql`ir.id = (SELECT max(ir2.id) FROM idea_ratings ir2
  WHERE ir2.idea_id = ir.idea_id AND ir2.member_id = ir.member_id)`;

/**
 * Other experts' items of an ideas round that the organiser has not decided on yet, for `memberId` to
 * read and rate. No member, user or pseudonym column is read: experts never learn who suggested what.
 */
export async function listPeerIdeas(db: Db, roundId: number, memberId: number): Promise<PeerIdea[]> {
  return db.all<PeerIdea>(sql`
    SELECT i.id AS id, i.question_id AS questionId, coalesce(i.edited_title, i.title) AS title,
      coalesce(i.edited_explanation, i.explanation) AS explanation,
      (SELECT ir.value FROM idea_ratings ir WHERE ir.idea_id = i.id AND ir.member_id = ${memberId}
        ORDER BY ir.id DESC LIMIT 1) AS myRating
    FROM ideas i
    WHERE i.round_id = ${roundId} AND i.member_id <> ${memberId} AND i.status = 'submitted'
    ORDER BY i.question_id, i.id`);
}

/**
 * An expert's rating (1–5) of another expert's undecided item while the round is open or closed and
 * not yet decided, appended as a new row (the latest is current). False when the item is theirs, not in
 * this round, already decided, or the round is a draft.
 */
export async function rateIdea(
  db: Db,
  p: { roundId: number; ideaId: number; memberId: number; value: number },
): Promise<boolean> {
  const res = await runOne(
    db,
    sql`
    INSERT INTO idea_ratings (idea_id, member_id, value)
    SELECT i.id, ${p.memberId}, ${p.value} FROM ideas i
    WHERE i.id = ${p.ideaId} AND i.round_id = ${p.roundId} AND i.member_id <> ${p.memberId}
      AND i.status = 'submitted'
      AND EXISTS (SELECT 1 FROM rounds r WHERE r.id = ${p.roundId} AND r.kind = 'ideas' AND r.state IN ('open', 'closed'))`,
  );
  return res.meta.changes > 0;
}

/** Each rated item's current ratings (one per expert, their latest), for the organiser's review. */
export async function listIdeaRatings(db: Db, roundId: number): Promise<Map<number, number[]>> {
  const rows = await db.all<{ ideaId: number; value: number }>(sql`
    SELECT ir.idea_id AS ideaId, ir.value AS value FROM idea_ratings ir JOIN ideas i ON i.id = ir.idea_id
    WHERE i.round_id = ${roundId} AND ${currentRating}`);
  const out = new Map<number, number[]>();
  for (const r of rows) out.set(r.ideaId, [...(out.get(r.ideaId) ?? []), r.value]);
  return out;
}

/** The prompts (questions) of an ideas round, in order. */
/** The prompts of an ideas round, in order, each with what its items usually become (proposals by default). */
export async function listPrompts(
  db: Db,
  roundId: number,
): Promise<{ id: number; title: string; becomes: PromoteAs }[]> {
  const rows = await db
    .select({ id: questions.id, title: questions.title, config: questions.config })
    .from(questions)
    .innerJoin(sql`round_questions`, sql`round_questions.question_id = ${questions.id}`)
    .where(and(sql`round_questions.round_id = ${roundId}`, eq(questions.kind, "idea")))
    .orderBy(sql`round_questions.position`);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    becomes: (r.config.kind === "idea" && r.config.becomes) || "proposal",
  }));
}

export type { MyIdea, ReviewIdea } from "../../domain/ideas.js";
