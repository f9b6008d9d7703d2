/**
 * The demo's earlier, finished forum: resolved yes/no and scenario questions, seed quantity questions
 * with their true values and one target quantity, answered by the same twelve demo experts over two
 * published rounds (early 2026) with deliberately varied skill, then closed. It gives a fresh
 * `npm start` track records, calibration plots and a Cooke decision maker. Fictional and neutral.
 */

import { eq, sql } from "drizzle-orm";
import { audit } from "../db/audit.js";
import { runBatch } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { refreshRoundCounts } from "../db/queries/answers.js";
import { refreshAfterResolution } from "../db/queries/dashboard-scores.js";
import { createForum } from "../db/queries/forums.js";
import { newPseudonym } from "../db/queries/pseudonyms.js";
import { closeRound, createRound, openRound, publishRound } from "../db/queries/round-control.js";
import { getRoundByNumber } from "../db/queries/rounds.js";
import { members, questions } from "../db/schema.js";
import { FORUM_CONSENSUS_DEFAULTS } from "../domain/consensus/index.js";
import type { QuestionConfig } from "../domain/questions.js";
import { mulberry32 } from "../domain/stats/mulberry32.js";
import { seedScenarioSet } from "./scenario-set.js";

export const FINISHED_FORUM = {
  title: "Regional security outlook 2026 (finished)",
  description:
    "An earlier forum of the same panel on the first half of 2026. All questions have been resolved; it shows how scores, calibration and performance weights look once outcomes are known.",
};

const BINARY = [
  {
    title: "Did the joint monitoring mission publish its 2025 annual report before 1 March 2026?",
    outcome: 1,
  },
  { title: "Was a new crossing point on the ceasefire line opened before 1 July 2026?", outcome: 0 },
  { title: "Did the two foreign ministers meet in person in the first half of 2026?", outcome: 1 },
  {
    title: "Did any of the four countries hold an early parliamentary election before 1 July 2026?",
    outcome: 0,
  },
  { title: "Was the regional trade agreement's tariff schedule extended beyond 30 June 2026?", outcome: 1 },
  { title: "Was the monitoring mission's mandate renewed without changes in 2026?", outcome: 1 },
  { title: "Did a serious armed clash (five or more casualties) occur before 1 July 2026?", outcome: 0 },
] as const;

const SCENARIOS = {
  title: "Regional picture at mid-2026",
  scenarios: [
    {
      title: "Thaw",
      narrative: "Talks resume at ministerial level and confidence-building steps are agreed.",
    },
    {
      title: "Frozen",
      narrative: "The ceasefire holds; talks stay at technical level with no new agreements.",
    },
    { title: "Escalation", narrative: "Incidents increase markedly and talks are suspended." },
  ],
  outcome: 1,
};

const SEEDS = [
  {
    title: "How many ceasefire violations did the monitoring mission report for 2025?",
    unit: "incidents",
    truth: 212,
  },
  { title: "What was the four countries' average defence spending in 2025?", unit: "% of GDP", truth: 2.9 },
  { title: "How many rounds of formal talks took place in 2025?", unit: "rounds", truth: 7 },
  { title: "What was the cross-border trade volume in 2025?", unit: "billion", truth: 4.6 },
  { title: "How many displaced people returned home in 2025?", unit: "thousand", truth: 38 },
] as const;

const TARGET = {
  title: "How many ceasefire violations will the monitoring mission report for 2026?",
  unit: "incidents",
  centre: 190,
};

/** Skill of each demo expert (0 poor … 1 excellent), fixed so the demo reads the same everywhere. */
const SKILL = [0.92, 0.35, 0.7, 0.55, 0.85, 0.2, 0.6, 0.78, 0.45, 0.3, 0.66, 0.5];

const R1 = { opens: Date.parse("2026-01-10T09:00:00Z"), closes: Date.parse("2026-01-31T18:00:00Z") };
const R2 = { opens: Date.parse("2026-02-10T09:00:00Z"), closes: Date.parse("2026-02-28T18:00:00Z") };
const CLOSED = "2026-07-15T12:00:00.000Z";
const round2 = (v: number, digits = 2) => Number(v.toFixed(digits));
const sig3 = (v: number) => Number(v.toPrecision(3));

/** Seeds the finished forum; `experts` are the twelve demo users' ids in DEMO_EXPERTS order. */
export async function seedFinishedForum(
  db: Db,
  ids: { organiser: number; stakeholder: number; experts: number[] },
): Promise<number> {
  const organiser = { id: ids.organiser };
  const forumId = await createForum(
    db,
    { ...FINISHED_FORUM, anonymity: "quasi", mode: "rounds", requireReasonOutsideIqr: false },
    organiser,
  );
  const joinedAt = new Date(R1.opens - 86_400_000).toISOString();
  await runBatch(db, [
    db.insert(members).values({
      forumId,
      userId: ids.stakeholder,
      role: "stakeholder",
      pseudonym: newPseudonym(),
      status: "active",
      joinedAt,
      invitedBy: ids.organiser,
    }),
    ...ids.experts.map((userId) =>
      db.insert(members).values({
        forumId,
        userId,
        role: "expert",
        pseudonym: newPseudonym(),
        status: "active",
        joinedAt,
        invitedBy: ids.organiser,
      }),
    ),
  ]);
  const allocation = await seedScenarioSet(db, forumId, SCENARIOS);
  type Spec = { title: string; config: QuestionConfig; isSeed?: boolean; criteria: string };
  const specs: Spec[] = [
    ...BINARY.map((b) => ({
      title: b.title,
      config: { kind: "binary" } as QuestionConfig,
      criteria: "Resolved from official statements and the monitoring mission's reports.",
    })),
    {
      title: "Which scenario best describes the regional picture at 30 June 2026?",
      config: allocation,
      criteria: "Assessed by the organisers in July 2026 against the scenario definitions.",
    },
    ...SEEDS.map((s) => ({
      title: s.title,
      config: { kind: "quantity", unit: s.unit } as QuestionConfig,
      isSeed: true,
      criteria: "A seed question: the published 2025 figure, revealed when the forum closed.",
    })),
    {
      title: TARGET.title,
      config: { kind: "quantity", unit: TARGET.unit },
      criteria: "The 2026 total in the mission's annual report.",
    },
  ];
  await runBatch(
    db,
    specs.map((q, position) =>
      db.insert(questions).values({
        forumId,
        kind: q.config.kind,
        title: q.title,
        resolutionCriteria: q.criteria,
        config: q.config,
        consensusRule: { kind: "iqr-at-most", max: q.config.kind === "quantity" ? 1e9 : 0.15 },
        position,
        isSeed: q.isSeed ?? false,
      }),
    ),
  );
  const qids = (
    await db
      .select({ id: questions.id })
      .from(questions)
      .where(eq(questions.forumId, forumId))
      .orderBy(questions.position)
  ).map((q) => q.id);
  const memberIds = (
    await db
      .select({ id: members.id })
      .from(members)
      .where(sql`${members.forumId} = ${forumId} AND ${members.role} = 'expert'`)
      .orderBy(members.id)
  ).map((m) => m.id);

  const rnd = mulberry32(2026); // seeded, so the demo looks the same on every machine
  const forumRef = { id: forumId, minGroupSize: 3, ...FORUM_CONSENSUS_DEFAULTS };
  for (const [r, window] of [R1, R2].entries()) {
    await createRound(
      db,
      forumId,
      { questionIds: qids, instructions: "Answer each question with your reasons." },
      organiser,
    );
    const round = (await getRoundByNumber(db, forumId, r + 1))!;
    await openRound(db, forumRef, round, organiser, window.opens);
    const inserts = [];
    for (const [e, memberId] of memberIds.entries()) {
      const skill = SKILL[e]!;
      const at = new Date(window.opens + (2 + e) * 3_600_000).toISOString();
      const values = specs.map((q, i) => answerFor(q.config, i, skill, r, rnd));
      for (const [i, value] of values.entries()) {
        inserts.push(
          sql`INSERT INTO answers (round_id, question_id, member_id, value, rationale, status, question_version, created_at)
            VALUES (${round.id}, ${qids[i]!}, ${memberId}, ${JSON.stringify(value)}, '', 'submitted', 1, ${at})`,
        );
      }
    }
    await runBatch(db, [...inserts, ...refreshRoundCounts(round.id)]);
    // In round 2 a few experts revise their first yes/no answer a week later (a revision history to show).
    if (r === 1) {
      const later = new Date(window.opens + 7 * 86_400_000).toISOString();
      const revisions = [0, 2, 4].flatMap((e) => {
        const outcome = BINARY[0].outcome;
        const p = round2(outcome === 1 ? 0.9 + 0.05 * SKILL[e]! : 0.1);
        return [
          sql`UPDATE answers SET superseded_at = ${later} WHERE round_id = ${round.id} AND question_id = ${qids[0]!}
            AND member_id = ${memberIds[e]!} AND superseded_at IS NULL`,
          sql`INSERT INTO answers (round_id, question_id, member_id, value, rationale, status, question_version, created_at)
            VALUES (${round.id}, ${qids[0]!}, ${memberIds[e]!}, ${JSON.stringify({ p })}, 'The report is at the printers.', 'submitted', 1, ${later})`,
        ];
      });
      await runBatch(db, [...revisions, ...refreshRoundCounts(round.id)]);
    }
    await closeRound(db, forumRef, round, organiser, window.closes);
    await publishRound(
      db,
      forumRef,
      (await getRoundByNumber(db, forumId, r + 1))!,
      organiser,
      window.closes + 3_600_000,
    );
  }
  const resolvedAt = "2026-07-10T10:00:00.000Z";
  await runBatch(db, [
    ...BINARY.map(
      (b, i) =>
        sql`INSERT INTO resolutions (question_id, outcome, resolved_on, source_note, resolved_by, created_at)
          VALUES (${qids[i]!}, ${JSON.stringify({ outcome: b.outcome })}, '2026-07-01', 'Official statements and the mission report', ${ids.organiser}, ${resolvedAt})`,
    ),
    sql`INSERT INTO resolutions (question_id, outcome, resolved_on, source_note, resolved_by, created_at)
      VALUES (${qids[BINARY.length]!}, ${JSON.stringify({ scenarioIndex: SCENARIOS.outcome })}, '2026-07-05', 'Organisers'' assessment against the scenario definitions', ${ids.organiser}, ${resolvedAt})`,
    ...SEEDS.map(
      (s, j) =>
        sql`INSERT INTO resolutions (question_id, outcome, resolved_on, source_note, resolved_by, created_at)
          VALUES (${qids[BINARY.length + 1 + j]!}, ${JSON.stringify({ value: s.truth })}, '2026-03-15', 'Published 2025 figure', ${ids.organiser}, ${resolvedAt})`,
    ),
    sql`UPDATE forums SET closed_at = ${CLOSED} WHERE id = ${forumId}`,
    audit({
      forumId,
      actor: ids.organiser,
      action: "forum.close",
      targetType: "forum",
      targetId: forumId,
      at: CLOSED,
    }),
  ]);
  // Stored dashboard numbers (track-record pools, accuracy, decision maker), as resolving in the app does.
  await refreshAfterResolution(db, forumId);
  return forumId;
}

/** An answer by an expert of the given skill: sharper and closer to the truth the higher it is. */
function answerFor(config: QuestionConfig, i: number, skill: number, round: number, rnd: () => number) {
  const noise = () => rnd() - 0.5;
  const learn = round === 1 ? 0.08 : 0; // round 2 answers move a little toward the truth
  if (config.kind === "binary") {
    const o = BINARY[i]!.outcome;
    const lean = 0.5 + (o === 1 ? 1 : -1) * (0.42 * skill + learn - 0.12) + noise() * 0.5 * (1 - skill);
    return { p: round2(Math.min(0.97, Math.max(0.03, lean))) };
  }
  if (config.kind === "allocation") {
    const weights = SCENARIOS.scenarios.map((_s, k) =>
      k === SCENARIOS.outcome ? 1 + 3 * (skill + learn) : 0.8 + 1.5 * rnd() * (1 - skill),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const p = weights.map((w) => round2(w / total));
    p[0] = round2(1 - p.slice(1).reduce((a, b) => a + b, 0));
    return { p };
  }
  if (config.kind === "quantity") {
    const j = i - BINARY.length - 1;
    const truth = j < SEEDS.length ? SEEDS[j]!.truth : TARGET.centre;
    // Poor experts are biased and overconfident; good ones centred with honest width.
    const bias = (1 - skill) * (rnd() < 0.5 ? -0.45 : 0.45) * (1 - learn);
    const mid = truth * (1 + bias + noise() * 0.15 * (1 - skill));
    const half = truth * (0.12 + 0.3 * skill) * (0.8 + 0.4 * rnd());
    const lo = Math.max(truth * 0.02, mid - half);
    return { q: [sig3(lo), sig3(mid), sig3(Math.max(mid + half, sig3(mid) * 1.01))] };
  }
  throw new TypeError(`answerFor: no demo answers for ${config.kind}`);
}
