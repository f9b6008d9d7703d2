import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { MyForum } from "../../domain/forums.js";
import { type Actor, audit } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { answers, forums, members, roundQuestions, rounds } from "../schema.js";
import { newPseudonym } from "./pseudonyms.js";

/** The forums a user is an active member of, each with its open round and the user's progress in it. */
export async function listMyForums(db: Db, userId: number): Promise<MyForum[]> {
  const rows = await db
    .select({ id: forums.id, title: forums.title, role: members.role, memberId: members.id })
    .from(members)
    .innerJoin(forums, eq(forums.id, members.forumId))
    .where(and(eq(members.userId, userId), eq(members.status, "active")))
    .orderBy(asc(forums.title));
  if (rows.length === 0) return [];
  const open = await db
    .select({
      forumId: rounds.forumId,
      roundId: rounds.id,
      number: rounds.number,
      closesAt: rounds.closesAt,
      questionCount: sql<number>`(SELECT count(*) FROM round_questions rq WHERE rq.round_id = ${rounds.id})`,
    })
    .from(rounds)
    .where(
      and(
        inArray(
          rounds.forumId,
          rows.map((r) => r.id),
        ),
        eq(rounds.state, "open"),
      ),
    );
  const memberIds = rows.map((r) => r.memberId);
  const answered =
    open.length === 0
      ? []
      : await db
          .select({ roundId: answers.roundId, memberId: answers.memberId, n: sql<number>`count(*)` })
          .from(answers)
          .innerJoin(
            roundQuestions,
            and(
              eq(roundQuestions.roundId, answers.roundId),
              eq(roundQuestions.questionId, answers.questionId),
            ),
          )
          .where(
            and(
              inArray(
                answers.roundId,
                open.map((o) => o.roundId),
              ),
              inArray(answers.memberId, memberIds),
              sql`${answers.supersededAt} IS NULL`,
              eq(answers.status, "submitted"),
            ),
          )
          .groupBy(answers.roundId, answers.memberId);
  return rows.map((r) => {
    const o = open.find((x) => x.forumId === r.id);
    const a = o ? answered.find((x) => x.roundId === o.roundId && x.memberId === r.memberId) : undefined;
    return {
      id: r.id,
      title: r.title,
      role: r.role,
      openRound: o
        ? { number: o.number, closesAt: o.closesAt, questionCount: o.questionCount, answered: a?.n ?? 0 }
        : null,
    };
  });
}

/** Creates a forum with its creator as organiser, audited, in one batch. Returns the forum id. */
export async function createForum(
  db: Db,
  input: {
    title: string;
    description: string;
    anonymity: "quasi" | "strict";
    mode: "rounds" | "realtime";
    requireReasonOutsideIqr: boolean;
  },
  creator: Actor,
): Promise<number> {
  const forum = await db
    .insert(forums)
    .values({ ...input, createdBy: creator.id })
    .returning({ id: forums.id })
    .get();
  await runBatch(db, [
    db.insert(members).values({
      forumId: forum.id,
      userId: creator.id,
      role: "organiser",
      pseudonym: newPseudonym(),
      status: "active",
      joinedAt: new Date().toISOString(),
    }),
    audit({
      forumId: forum.id,
      actor: creator.id,
      action: "forum.create",
      targetType: "forum",
      targetId: forum.id,
      detail: input,
    }),
  ]);
  return forum.id;
}

export type { MyForum } from "../../domain/forums.js";
