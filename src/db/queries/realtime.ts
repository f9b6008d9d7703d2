import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { ConsensusRule } from "../../domain/consensus/index.js";
import { parseAnswerValue } from "../../domain/questions.js";
import { computeQuestionSnapshot, type QuestionSnapshot } from "../../domain/snapshot.js";
import type { Db } from "../client.js";
import { answers, institutions, members } from "../schema.js";
import type { Question } from "./rounds.js";

/**
 * Real-Time Delphi: the group view of one question computed at read time from its current submitted
 * answers (one query for the answers, one count of eligible experts), with the same engine as the
 * snapshot frozen at close. Only pseudonyms leave the query.
 */
export async function computeLiveSnapshot(
  db: Db,
  forum: { id: number; minGroupSize: number },
  roundId: number,
  question: Question,
): Promise<QuestionSnapshot> {
  const [rows, eligible] = await Promise.all([
    db
      .select({
        value: answers.value,
        rationale: answers.rationale,
        time: answers.createdAt,
        pseudonym: members.pseudonym,
        institution: institutions.name,
        country: institutions.country,
      })
      .from(answers)
      .innerJoin(members, eq(members.id, answers.memberId))
      .leftJoin(institutions, eq(institutions.id, members.institutionId))
      .where(
        and(
          eq(answers.roundId, roundId),
          eq(answers.questionId, question.id),
          isNull(answers.supersededAt),
          eq(answers.status, "submitted"),
          eq(members.status, "active"),
        ),
      )
      .orderBy(asc(answers.id)),
    db
      .select({ n: sql<number>`count(*)` })
      .from(members)
      .where(and(eq(members.forumId, forum.id), eq(members.role, "expert"), eq(members.status, "active")))
      .get(),
  ]);
  return computeQuestionSnapshot({
    config: question.config,
    rule: question.consensusRule as ConsensusRule,
    eligible: eligible?.n ?? 0,
    minGroupSize: forum.minGroupSize,
    answers: rows.map((r) => ({ ...r, value: parseAnswerValue(question.kind, r.value) })),
  });
}
