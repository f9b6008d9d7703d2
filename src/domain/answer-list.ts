import { outsidePreviousIqr } from "./feedback.js";
import { type AnswerValue, scalarOf } from "./questions.js";
import type { QuestionSnapshot, SnapshotResponse } from "./snapshot.js";

/**
 * The organiser's list of a round's answers with their reasons (the results page): each response of a
 * frozen snapshot, marked when it lies outside the middle half (the interquartile range [Q1, Q3] of the
 * same snapshot; for allocations and rankings, any scenario or option outside its own range, as
 * `outsidePreviousIqr`), then filtered and sorted as the organiser asked:
 *
 * - `outside`: keep only the answers outside the middle half;
 * - `query`: keep the answers whose reason or pseudonym contains the text (case-insensitive);
 * - `sort`: by the answer's value ascending or descending (for allocations the share of scenario
 *   `by`, for rankings the place of option `by`); ties and `null` keep the snapshot's order.
 *
 * Example: answers 0.2, 0.5, 0.9 with Q1 = 0.35 and Q3 = 0.7 — 0.2 and 0.9 are outside; sorted
 * descending they read 0.9, 0.5, 0.2. Pure: the inputs are not changed.
 */
export type AnswerSort = "asc" | "desc";
export type AnswerListOptions = {
  sort: AnswerSort | null;
  /** Which scenario (allocation) or option (ranking) to sort by, 0-based; ignored for other kinds. */
  by: number;
  outside: boolean;
  query: string;
};
export type ListedAnswer = SnapshotResponse & { outside: boolean };

export const NO_ANSWER_FILTER: AnswerListOptions = { sort: null, by: 0, outside: false, query: "" };

/** The number an answer sorts by: the probability, rating or median quantity; a part for multi-part kinds. */
export function answerSortValue(value: AnswerValue, by: number): number | null {
  if (value.kind === "allocation") return value.p[by] ?? null;
  if (value.kind === "ranking") return value.ranks[by] ?? null;
  if (value.kind === "proposal") return null;
  return scalarOf(value);
}

/** Whether an answer lies outside the snapshot's middle half (never for proposals, which have none here). */
export function outsideMiddleHalf(
  value: AnswerValue,
  snapshot: Pick<QuestionSnapshot, "summary" | "perOption">,
) {
  if (value.kind === "proposal") return false;
  return outsidePreviousIqr(value, snapshot as QuestionSnapshot);
}

export function listAnswers(
  snapshot: Pick<QuestionSnapshot, "summary" | "perOption" | "responses">,
  options: AnswerListOptions,
): ListedAnswer[] {
  const needle = options.query.trim().toLocaleLowerCase();
  const listed = snapshot.responses
    .map((r) => ({ ...r, outside: outsideMiddleHalf(r.value, snapshot) }))
    .filter((r) => !options.outside || r.outside)
    .filter(
      (r) =>
        !needle ||
        r.rationale.toLocaleLowerCase().includes(needle) ||
        r.pseudonym.toLocaleLowerCase().includes(needle),
    );
  const { sort } = options;
  if (!sort) return listed;
  const key = (r: ListedAnswer) => answerSortValue(r.value, options.by);
  // Array.prototype.sort is stable: equal values keep the snapshot's order; answers without a value last.
  return listed.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return sort === "asc" ? x - y : y - x;
  });
}
