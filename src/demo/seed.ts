import { eq, sql } from "drizzle-orm";
import { runBatch } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { saveAnswer } from "../db/queries/answers.js";
import { createForum } from "../db/queries/forums.js";
import { newPseudonym } from "../db/queries/pseudonyms.js";
import { closeRound, createRound, openRound, publishRound } from "../db/queries/round-control.js";
import { getRoundByNumber } from "../db/queries/rounds.js";
import { forums, institutions, members, questions, users } from "../db/schema.js";
import { FORUM_CONSENSUS_DEFAULTS } from "../domain/consensus/index.js";
import type { AnswerValue, QuestionConfig } from "../domain/questions.js";
import { mulberry32 } from "../domain/stats/mulberry32.js";
import {
  DEMO_ALLOCATIONS,
  DEMO_EXPERTS,
  DEMO_FORUM,
  DEMO_INSTITUTIONS,
  DEMO_ORGANISER,
  DEMO_QUESTIONS,
  DEMO_SCENARIOS,
  DEMO_STAKEHOLDER,
} from "./content.js";
import { seedFinishedForum } from "./finished.js";
import { seedScenarioSet } from "./scenario-set.js";

export type DemoUsers = { organiser: number; expert: number; stakeholder: number; forumId: number };

/** The demo users' ids, or null when the demo has not been seeded. */
export async function findDemo(db: Db): Promise<DemoUsers | null> {
  const byEmail = async (email: string) =>
    (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get())?.id;
  const organiser = await byEmail(DEMO_ORGANISER.email);
  const expert = await byEmail(DEMO_EXPERTS[0]!.email);
  const stakeholder = await byEmail(DEMO_STAKEHOLDER.email);
  const forum = await db
    .select({ id: forums.id })
    .from(forums)
    .where(eq(forums.title, DEMO_FORUM.title))
    .get();
  return organiser && expert && stakeholder && forum
    ? { organiser, expert, stakeholder, forumId: forum.id }
    : null;
}

/**
 * Seeds the demo forum into an empty database (never twice): four institutions, twelve experts, a
 * scenario set, seven questions of all four kinds, round 1 answered, closed and published, round 2 open.
 * Goes through the same query functions as the app, so round 1's snapshot is computed exactly as a
 * real close computes it.
 */
export async function seedDemo(db: Db): Promise<DemoUsers> {
  const existing = await findDemo(db);
  if (existing) return existing;
  const anyForum = await db.select({ id: forums.id }).from(forums).limit(1).get();
  if (anyForum)
    throw new Error("the database already holds forums; the demo is seeded only into an empty database");

  const everyone = [
    { ...DEMO_ORGANISER, canCreateForums: true },
    { ...DEMO_STAKEHOLDER, canCreateForums: false },
    ...DEMO_EXPERTS.map((e) => ({ name: e.name, email: e.email, canCreateForums: false })),
  ];
  await runBatch(
    db,
    everyone.map((u) => db.insert(users).values(u)),
  );
  const userIds = new Map(
    (await db.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]),
  );
  const organiserId = userIds.get(DEMO_ORGANISER.email)!;
  // An earlier, finished forum of the same panel (resolved questions, seeds), seeded first.
  await seedFinishedForum(db, {
    organiser: organiserId,
    stakeholder: userIds.get(DEMO_STAKEHOLDER.email)!,
    experts: DEMO_EXPERTS.map((e) => userIds.get(e.email)!),
  });
  const forumId = await createForum(
    db,
    { ...DEMO_FORUM, anonymity: "quasi", mode: "rounds", requireReasonOutsideIqr: false },
    { id: organiserId },
  );

  await runBatch(
    db,
    DEMO_INSTITUTIONS.map((i) => db.insert(institutions).values({ forumId, ...i })),
  );
  const instIds = (
    await db
      .select({ id: institutions.id, name: institutions.name })
      .from(institutions)
      .where(eq(institutions.forumId, forumId))
  ).reduce((m, r) => m.set(r.name, r.id), new Map<string, number>());
  const joinedAt = new Date().toISOString();
  const memberRows0: (typeof members.$inferInsert)[] = [
    {
      forumId,
      userId: userIds.get(DEMO_STAKEHOLDER.email)!,
      role: "stakeholder",
      pseudonym: newPseudonym(),
      status: "active",
      joinedAt,
      invitedBy: organiserId,
    },
    ...DEMO_EXPERTS.map((e) => ({
      forumId,
      userId: userIds.get(e.email)!,
      role: "expert" as const,
      institutionId: instIds.get(DEMO_INSTITUTIONS[e.institution]!.name)!,
      pseudonym: newPseudonym(),
      status: "active" as const,
      joinedAt,
      invitedBy: organiserId,
    })),
  ];
  await runBatch(
    db,
    memberRows0.map((m) => db.insert(members).values(m)),
  );

  const allocation = await seedScenarioSet(db, forumId, DEMO_SCENARIOS);

  const configs: QuestionConfig[] = DEMO_QUESTIONS.map((q) =>
    q.kind === "binary"
      ? { kind: "binary" }
      : q.kind === "allocation"
        ? allocation
        : q.kind === "quantity"
          ? { kind: "quantity", unit: q.unit ?? "" }
          : { kind: "rating", ...q.rating! },
  );
  await runBatch(
    db,
    DEMO_QUESTIONS.map((q, i) =>
      db.insert(questions).values({
        forumId,
        kind: q.kind,
        title: q.title,
        body: q.body,
        resolutionCriteria: q.resolutionCriteria,
        config: configs[i]!,
        consensusRule: q.rule,
        position: i,
      }),
    ),
  );
  const questionRows = await db
    .select({ id: questions.id, position: questions.position })
    .from(questions)
    .where(eq(questions.forumId, forumId))
    .orderBy(questions.position);
  const questionIds = questionRows.map((q) => q.id);

  const organiser = { id: organiserId };
  const forumRef = { id: forumId, minGroupSize: 3, ...FORUM_CONSENSUS_DEFAULTS };
  await createRound(
    db,
    forumId,
    {
      questionIds,
      instructions:
        "Answer every question with your reasons. Your answers are seen by other experts only under your pseudonym.",
    },
    organiser,
  );
  const round1 = (await getRoundByNumber(db, forumId, 1))!;
  await openRound(db, forumRef, round1, organiser);

  const memberRows = await db
    .select({ id: members.id, userId: members.userId })
    .from(members)
    .where(sql`${members.forumId} = ${forumId} AND ${members.role} = 'expert'`)
    .orderBy(members.id);
  const rnd = mulberry32(2027); // seeded, so the demo looks the same on every machine
  for (const [e, member] of memberRows.entries()) {
    // One expert (the last) skips round 1, so response rates are realistic.
    if (e === memberRows.length - 1) continue;
    for (const [qi, q] of DEMO_QUESTIONS.entries()) {
      const value = demoAnswer(q, configs[qi]!, e, rnd);
      const rationale = q.reasons[(e + qi) % q.reasons.length]!;
      await saveAnswer(db, {
        roundId: round1.id,
        questionId: questionIds[qi]!,
        memberId: member.id,
        value,
        rationale,
        status: "submitted",
        questionVersion: 1,
      });
    }
  }
  await closeRound(db, forumRef, round1, organiser);
  await publishRound(db, forumRef, (await getRoundByNumber(db, forumId, 1))!, organiser);
  await runBatch(db, [
    sql`UPDATE rounds SET synthesis = ${"Most experts see a continued stalemate as the likeliest outcome; views on a treaty before 2028 diverge mainly on ratification politics."} WHERE forum_id = ${forumId} AND number = 1`,
  ]);
  await createRound(
    db,
    forumId,
    {
      questionIds,
      instructions:
        "Round 2: see the group's answers from round 1 beside each question and revise if you wish.",
    },
    organiser,
  );
  await openRound(db, forumRef, (await getRoundByNumber(db, forumId, 2))!, organiser);
  const closes = new Date(Date.now() + 10 * 86_400_000).toISOString();
  await runBatch(db, [
    sql`UPDATE rounds SET closes_at = ${closes} WHERE forum_id = ${forumId} AND number = 2`,
  ]);

  return (await findDemo(db))!;
}

function demoAnswer(
  q: (typeof DEMO_QUESTIONS)[number],
  config: QuestionConfig,
  e: number,
  rnd: () => number,
): AnswerValue {
  const jitter = (rnd() - 0.5) * 2 * q.spread;
  switch (config.kind) {
    case "binary":
      return { kind: "binary", p: Math.round(Math.min(0.97, Math.max(0.03, q.centre + jitter)) * 100) / 100 };
    case "allocation":
      return { kind: "allocation", p: DEMO_ALLOCATIONS[e % DEMO_ALLOCATIONS.length]! };
    case "quantity": {
      const mid = q.centre + jitter;
      const half = q.spread * (0.8 + rnd());
      const round = (v: number) => Number(v.toPrecision(3));
      return { kind: "quantity", q: [round(Math.max(0, mid - half)), round(mid), round(mid + half)] };
    }
    case "rating":
      return { kind: "rating", r: Math.min(config.max, Math.max(config.min, Math.round(q.centre + jitter))) };
    case "ranking":
      // The demo has no ranking question; a rotation keeps this exhaustive and valid.
      return { kind: "ranking", ranks: config.options.map((_o, i) => ((i + e) % config.options.length) + 1) };
    case "proposal":
      // Not in the demo either; keeps this exhaustive.
      return { kind: "proposal", ratings: config.dimensions.map((d) => d.min) };
    case "idea":
      throw new TypeError("demoAnswer: an open prompt has no answers");
  }
}
