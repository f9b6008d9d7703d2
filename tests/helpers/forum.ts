import { eq } from "drizzle-orm";
import { runBatch } from "../../src/db/batch.js";
import { closeRound, createRound, openRound } from "../../src/db/queries/round-control.js";
import { getRoundByNumber } from "../../src/db/queries/rounds.js";
import { forums, questions, scenarioSets, scenarios } from "../../src/db/schema.js";
import type { QuestionConfig } from "../../src/domain/questions.js";
import { addInstitution, addMember, createUser, db, sessionCookie, unique } from "./app.js";

export type TestForum = Awaited<ReturnType<typeof makeForum>>;

/**
 * A forum with an organiser, `experts` experts spread over institutions of 3, a stakeholder, one question
 * of each kind and round 1 (open unless told otherwise). Each call makes its own users and forum.
 */
export async function makeForum(
  opts: {
    experts?: number;
    requireReason?: boolean;
    anonymity?: "quasi" | "strict";
    /** The forum's minimum for a consensus verdict (the schema's defaults, 5 and 70%, when absent). */
    minRespondents?: number;
    minResponseRate?: number;
  } = {},
) {
  const d = db();
  const organiser = await createUser({ name: unique("Organiser"), canCreateForums: true });
  const forum = await d
    .insert(forums)
    .values({
      title: unique("Forum"),
      createdBy: organiser.id,
      requireReasonOutsideIqr: opts.requireReason ?? false,
      anonymity: opts.anonymity ?? "quasi",
      ...(opts.minRespondents !== undefined ? { minRespondents: opts.minRespondents } : {}),
      ...(opts.minResponseRate !== undefined ? { minResponseRate: opts.minResponseRate } : {}),
    })
    .returning()
    .get();
  await addMember(forum.id, organiser.id, "organiser");
  const experts: {
    user: Awaited<ReturnType<typeof createUser>>;
    member: Awaited<ReturnType<typeof addMember>>;
    cookie: string;
  }[] = [];
  const count = opts.experts ?? 4;
  const institutions: Awaited<ReturnType<typeof addInstitution>>[] = [];
  for (let i = 0; i < Math.ceil(count / 3); i++)
    institutions.push(await addInstitution(forum.id, unique("Institute"), `Country ${i}`));
  for (let i = 0; i < count; i++) {
    const user = await createUser({ name: unique("Expert") });
    const member = await addMember(forum.id, user.id, "expert", institutions[Math.floor(i / 3)]!.id);
    experts.push({ user, member, cookie: await sessionCookie(user.id) });
  }
  const stakeholder = await createUser({ name: unique("Stakeholder") });
  await addMember(forum.id, stakeholder.id, "stakeholder");
  const set = await d.insert(scenarioSets).values({ forumId: forum.id, title: "Set" }).returning().get();
  const scen: (typeof scenarios.$inferSelect)[] = [];
  for (const [i, title] of ["Alpha", "Beta", "Gamma"].entries()) {
    scen.push(
      await d
        .insert(scenarios)
        .values({ setId: set.id, position: i, title, narrative: `${title} narrative` })
        .returning()
        .get(),
    );
  }
  const configs: QuestionConfig[] = [
    { kind: "binary" },
    { kind: "allocation", scenarioSetId: set.id, scenarios: scen.map((s) => ({ id: s.id, title: s.title })) },
    { kind: "quantity", unit: "km" },
    { kind: "rating", min: 1, max: 9, minLabel: "low", maxLabel: "high" },
  ];
  const qs: (typeof questions.$inferSelect)[] = [];
  for (const [i, config] of configs.entries()) {
    qs.push(
      await d
        .insert(questions)
        .values({
          forumId: forum.id,
          kind: config.kind,
          title: `Question ${config.kind}`,
          resolutionCriteria: "Criteria",
          config,
          consensusRule: {
            kind: "iqr-at-most",
            max: config.kind === "rating" ? 1 : config.kind === "quantity" ? 10 : 0.15,
          },
          position: i,
        })
        .returning()
        .get(),
    );
  }
  await createRound(d, forum.id, { questionIds: qs.map((q) => q.id), instructions: "" }, organiser);
  const round1 = (await getRoundByNumber(d, forum.id, 1))!;
  await openRound(d, forum, round1, organiser);
  return {
    forum,
    organiser: { user: organiser, cookie: await sessionCookie(organiser.id) },
    stakeholder: { user: stakeholder, cookie: await sessionCookie(stakeholder.id) },
    experts,
    questions: { binary: qs[0]!, allocation: qs[1]!, quantity: qs[2]!, rating: qs[3]! },
    path: (q: { id: number }, round = 1) => `/forums/${forum.id}/rounds/${round}/questions/${q.id}`,
    close: async (n = 1) => closeRound(d, forum, (await getRoundByNumber(d, forum.id, n))!, organiser),
    nextRound: async () => {
      const number = await createRound(
        d,
        forum.id,
        { questionIds: qs.map((q) => q.id), instructions: "" },
        organiser,
      );
      await openRound(d, forum, (await getRoundByNumber(d, forum.id, number))!, organiser);
      return number;
    },
  };
}

export async function forumRow(id: number) {
  return db().select().from(forums).where(eq(forums.id, id)).get();
}

export { runBatch };
