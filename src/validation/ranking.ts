import { isCompleteRanking } from "../domain/questions.js";
import { type FieldErrors, wholeNumberFields } from "./forms.js";

/**
 * A ranking form: one field `rank{i}` per option holding its rank (1 = first). Every option needs a
 * whole rank from 1 to n (an error on that field otherwise), and the ranks must be a permutation (a
 * repeated rank marks every field that repeats it, plus `ranks` for the summary).
 */
export function validateRanking(
  n: number,
  form: Record<string, string>,
): { ranks: number[] | null; errors: FieldErrors } {
  const ranges = Array.from({ length: n }, () => ({ min: 1, max: n }));
  const { values: ranks, errors } = wholeNumberFields(form, "rank", ranges, {
    required: "error.rankRequired",
    range: "error.rankRange",
  });
  // Nothing ranked at all: the order shown is the organiser's, not an answer.
  if (
    n > 0 &&
    Object.values(errors).every((e) => e === "error.rankRequired") &&
    Object.keys(errors).length === n
  )
    errors.ranks = "error.rankingUntouched";
  if (Object.keys(errors).length > 0) return { ranks: null, errors };
  if (!isCompleteRanking(ranks, n)) {
    const count = new Map<number, number>();
    for (const r of ranks) count.set(r, (count.get(r) ?? 0) + 1);
    ranks.forEach((r, i) => {
      if ((count.get(r) ?? 0) > 1) errors[`rank${i}`] = "error.rankDuplicate";
    });
    errors.ranks = "error.rankingPermutation";
    return { ranks: null, errors };
  }
  return { ranks, errors };
}
