import { computeQuestionSnapshot, type QuestionSnapshot } from "../../domain/snapshot.js";
import type { Db } from "../client.js";
import type { Question } from "./rounds.js";
import { listCurrentSubmittedAnswers } from "./submitted-answers.js";

/**
 * Real-Time Delphi: the group view of one question computed at read time from its current submitted
 * answers, with the same read (listCurrentSubmittedAnswers: the round's roster, founding stages) and the
 * same engine as the snapshot frozen at close. Only pseudonyms leave this function.
 */
export async function computeLiveSnapshot(
  db: Db,
  forum: { id: number; minGroupSize: number },
  roundId: number,
  question: Question,
): Promise<QuestionSnapshot> {
  const { eligible, answers } = await listCurrentSubmittedAnswers(db, { roundId, questionId: question.id });
  return computeQuestionSnapshot({
    config: question.config,
    rule: question.consensusRule,
    eligible,
    minGroupSize: forum.minGroupSize,
    answers,
  });
}
