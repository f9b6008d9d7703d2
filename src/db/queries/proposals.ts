import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { ProposalResult, ProposalRow } from "../../domain/proposals.js";
import { DEFAULT_PROPOSAL_RULE, type ProposalConfig } from "../../domain/proposals.js";
import { CLOSED_STATES } from "../../domain/rounds.js";
import { viewSnapshot } from "../../domain/visibility.js";
import { type Actor, audit } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { questions, questionVersions, rounds, snapshots } from "../schema.js";
import { reviseQuestion } from "./question-versions.js";
import { withoutPaths } from "./snapshots.js";

/** A forum's proposal questions (trends included) with their text history, oldest first. */
export async function listProposals(db: Db, forumId: number): Promise<ProposalRow[]> {
  const rows = await db
    .select({
      id: questions.id,
      title: questions.title,
      body: questions.body,
      version: questions.version,
      config: questions.config,
      inOpenRound: sql<number>`EXISTS (SELECT 1 FROM round_questions rq JOIN rounds r ON r.id = rq.round_id
        WHERE rq.question_id = ${questions.id} AND r.state = 'open')`,
    })
    .from(questions)
    .where(and(eq(questions.forumId, forumId), eq(questions.kind, "proposal")))
    .orderBy(asc(questions.position), asc(questions.id));
  if (rows.length === 0) return [];
  const versions = await db
    .select()
    .from(questionVersions)
    .where(
      inArray(
        questionVersions.questionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(desc(questionVersions.version));
  return rows.map((r) => ({
    ...r,
    config: r.config as ProposalConfig,
    inOpenRound: Boolean(r.inOpenRound),
    history: versions
      .filter((v) => v.questionId === r.id && v.version < r.version)
      .map((v) => ({ version: v.version, title: v.title, body: v.body, createdAt: v.createdAt })),
  }));
}

/** Adds a proposal question after the forum's last question, audited, in one batch. */
export async function createProposal(
  db: Db,
  forumId: number,
  input: { title: string; body: string; config: ProposalConfig },
  actor: Actor,
): Promise<void> {
  await runBatch(db, [
    sql`INSERT INTO questions (forum_id, kind, title, body, config, consensus_rule, position)
      VALUES (${forumId}, 'proposal', ${input.title}, ${input.body}, ${JSON.stringify(input.config)},
        ${JSON.stringify(DEFAULT_PROPOSAL_RULE)}, (SELECT coalesce(max(position), -1) + 1 FROM questions WHERE forum_id = ${forumId}))`,
    audit({
      forumId,
      actor: actor.id,
      action: "question.create",
      targetType: "question",
      targetId: sql`(SELECT max(id) FROM questions WHERE forum_id = ${forumId})`,
      detail: { kind: "proposal", title: input.title, dimensions: input.config.dimensions.map((d) => d.key) },
    }),
  ]);
}

/**
 * Revises a proposal's wording between rounds (reviseQuestion in question-versions.ts: versions kept,
 * audited, one batch). False when refused (a round asking it is open) or nothing changed.
 */
export async function reviseQuestionText(
  db: Db,
  forumId: number,
  questionId: number,
  input: { title: string; body: string },
  actor: Actor,
): Promise<boolean> {
  return (await reviseQuestion(db, forumId, questionId, input, actor)) === "revised";
}

/**
 * Each proposal's latest snapshot, from published rounds only unless `includeClosed` (organisers); with
 * `roundId`, the latest up to that round, so items retired from later rounds still appear with their
 * last value and the round it comes from (`roundNumber`). Responses are removed in the query, so
 * nothing built on this can show who rated what.
 */
export async function listProposalResults(
  db: Db,
  forumId: number,
  /** `subgroups: false` (experts): no group splits (visibility.ts, F3). */
  opts: { includeClosed?: boolean; roundId?: number; subgroups?: boolean } = {},
): Promise<ProposalResult[]> {
  const rows = await db
    .select({
      questionId: questions.id,
      title: questions.title,
      config: questions.config,
      roundNumber: rounds.number,
      stats: sql<string>`${withoutPaths(["$.responses"])}`,
    })
    .from(snapshots)
    .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
    .innerJoin(questions, eq(questions.id, snapshots.questionId))
    .where(
      and(
        eq(rounds.forumId, forumId),
        eq(questions.kind, "proposal"),
        inArray(rounds.state, opts.includeClosed ? CLOSED_STATES : ["published"]),
        // Up to the round shown: an item retired from later rounds keeps its latest value (and round).
        opts.roundId
          ? sql`${rounds.number} <= (SELECT r2.number FROM rounds r2 WHERE r2.id = ${opts.roundId})`
          : undefined,
      ),
    )
    .orderBy(desc(rounds.number), asc(questions.position));
  const seen = new Set<number>();
  const out: ProposalResult[] = [];
  for (const r of rows) {
    if (seen.has(r.questionId)) continue;
    seen.add(r.questionId);
    out.push({
      questionId: r.questionId,
      title: r.title,
      config: r.config as ProposalConfig,
      roundNumber: r.roundNumber,
      snapshot: viewSnapshot(JSON.parse(r.stats), { responses: false, subgroups: opts.subgroups ?? true }),
    });
  }
  return out;
}

export type { ProposalResult, ProposalRow } from "../../domain/proposals.js";
