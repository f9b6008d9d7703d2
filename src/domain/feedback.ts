import { type AnswerValue, scalarOf } from "./questions.js";
import type { QuestionSnapshot } from "./snapshot.js";

/**
 * True when a new answer lies outside the previous round's interquartile range [Q1, Q3] (for an
 * allocation: any scenario outside its own range). Forums may then require a reason (Delphi practice:
 * outliers explain themselves, RAND ExpertLens). For a ranking: any option's place outside the middle
 * half of its places.
 */
export function outsidePreviousIqr(value: AnswerValue, previous: QuestionSnapshot): boolean {
  if (value.kind === "allocation" || value.kind === "ranking") {
    const xs = value.kind === "allocation" ? value.p : value.ranks;
    return (previous.perOption ?? []).some(
      (o, i) => o.summary !== null && ((xs[i] ?? 0) < o.summary.q1 || (xs[i] ?? 0) > o.summary.q3),
    );
  }
  if (!previous.summary) return false;
  const v = scalarOf(value);
  return v < previous.summary.q1 || v > previous.summary.q3;
}
