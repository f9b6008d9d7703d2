import { computeQuestionSnapshot, type QuestionSnapshot } from "../../domain/snapshot.js";
import { type SnapshotView, viewSnapshot } from "../../domain/visibility.js";
import type { Db } from "../client.js";
import type { Question } from "./rounds.js";
import { listCurrentSubmittedAnswers } from "./submitted-answers.js";

/**
 * Real-Time Delphi: the group view of one question computed at read time from its current submitted
 * answers, with the same read (listCurrentSubmittedAnswers: the round's roster, founding stages) and the
 * same engine as the snapshot frozen at close. Only pseudonyms leave this function, and only what `view`
 * allows (visibility.ts): for an expert no institution or country even reaches the engine, so no
 * subgroup or founding-stage statistic is ever computed beside the pseudonymous answers (F3).
 */
export async function computeLiveSnapshot(
  db: Db,
  forum: { id: number; minGroupSize: number; minRespondents: number; minResponseRate: number },
  roundId: number,
  question: Question,
  view: SnapshotView,
): Promise<QuestionSnapshot> {
  const read = await listCurrentSubmittedAnswers(db, { roundId, questionId: question.id });
  const answers = view.subgroups
    ? read.answers
    : read.answers.map((a) => ({ ...a, institution: null, country: null, founding: false }));
  const snapshot = computeQuestionSnapshot({
    config: question.config,
    rule: question.consensusRule,
    eligible: read.eligible,
    minGroupSize: forum.minGroupSize,
    minimum: { respondents: forum.minRespondents, responseRate: forum.minResponseRate },
    answers,
    live: true,
  });
  return viewSnapshot(snapshot, view);
}
