/**
 * Resolutions: the outcome a question resolved to (append-only; a re-resolution supersedes, never
 * silently) and the shapes pages read. Types only.
 */
import type { QuestionConfig, QuestionKind } from "./questions.js";

/** A question's outcome as stored in resolutions.outcome. */
export type Outcome = { annulled: true } | { outcome: 0 | 1 } | { scenarioIndex: number } | { value: number };

export type ResolvableQuestion = {
  id: number;
  forumId: number;
  kind: QuestionKind;
  title: string;
  resolutionCriteria: string;
  config: QuestionConfig;
  isSeed: boolean;
};

export type ResolutionRow = {
  id: number;
  questionId: number;
  outcome: Outcome;
  resolvedOn: string;
  sourceNote: string;
  resolvedBy: string | null;
  createdAt: string;
  supersededAt: string | null;
};
