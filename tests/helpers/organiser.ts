import { and, eq } from "drizzle-orm";
import { createQuestion } from "../../src/db/queries/forum-questions.js";
import { createForum } from "../../src/db/queries/forums.js";
import { auditLog, questions } from "../../src/db/schema.js";
import { addInstitution, addMember, createUser, db, sessionCookie, unique } from "./app.js";

/**
 * A forum created through createForum (so its creator is an active organiser), an institution with
 * `experts` active experts, a stakeholder, and sessions for each, plus an organiser of another forum.
 */
export async function seedForum(opts: { experts?: number; anonymity?: "quasi" | "strict" } = {}) {
  const organiser = await createUser({ name: unique("Organiser"), canCreateForums: true });
  const forumId = await createForum(
    db(),
    {
      title: unique("Forum"),
      description: "",
      anonymity: opts.anonymity ?? "quasi",
      mode: "rounds",
      requireReasonOutsideIqr: false,
    },
    organiser,
  );
  const institution = await addInstitution(forumId, unique("Institute"), "Country A");
  const experts = [];
  for (let i = 0; i < (opts.experts ?? 2); i++) {
    const user = await createUser({ name: unique("Expert") });
    const member = await addMember(forumId, user.id, "expert", institution.id);
    experts.push({ user, member, cookie: await sessionCookie(user.id) });
  }
  const stakeholderUser = await createUser({ name: unique("Stakeholder") });
  await addMember(forumId, stakeholderUser.id, "stakeholder");
  const outsider = await createUser({ name: unique("Other organiser"), canCreateForums: true });
  await createForum(
    db(),
    {
      title: unique("Other"),
      description: "",
      anonymity: "quasi",
      mode: "rounds",
      requireReasonOutsideIqr: false,
    },
    outsider,
  );
  return {
    forumId,
    base: `/forums/${forumId}`,
    institution,
    organiser: { user: organiser, cookie: await sessionCookie(organiser.id) },
    experts,
    expert: experts[0]!,
    stakeholder: { user: stakeholderUser, cookie: await sessionCookie(stakeholderUser.id) },
    outsider: { user: outsider, cookie: await sessionCookie(outsider.id) },
  };
}

export type Seeded = Awaited<ReturnType<typeof seedForum>>;

/** Adds a binary question (IQR ≤ 15 points) through the query module; returns its id. */
export async function seedBinaryQuestion(s: Seeded, title = unique("Will it happen")) {
  await createQuestion(
    db(),
    s.forumId,
    {
      kind: "binary",
      title,
      body: "",
      resolutionCriteria: "Resolves yes when the source says so.",
      config: { kind: "binary" },
      consensusRule: { kind: "iqr-at-most", max: 0.15 },
    },
    s.organiser.user,
  );
  const row = await db()
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.forumId, s.forumId), eq(questions.title, title)))
    .get();
  return row!.id;
}

/** The audit actions of a forum, oldest first. */
export async function auditActions(forumId: number): Promise<string[]> {
  const rows = await db().select().from(auditLog).where(eq(auditLog.forumId, forumId)).orderBy(auditLog.id);
  return rows.map((r) => r.action);
}
