import * as v from "valibot";
import { text } from "./forms.js";

const ids = v.pipe(
  v.optional(v.union([v.string(), v.array(v.string())]), []),
  v.transform((x) => (Array.isArray(x) ? x : [x])),
  v.transform((xs) => [...new Set(xs.map(Number))]),
  v.array(
    v.pipe(v.number(), v.integer("org.error.chooseQuestions"), v.minValue(1, "org.error.chooseQuestions")),
  ),
  v.minLength(1, "org.error.chooseQuestions"),
);

export const newRoundForm = v.object({ questionIds: ids, instructions: text(4000) });
export const synthesisForm = v.object({ synthesis: text(20000) });

/**
 * The results page's answer list (`?question=&sort=&by=&outside=1&q=&shown=`): a malformed or unknown value
 * falls back to "not asked" (it is a view filter, not a form to correct).
 */
export const answerListQuery = v.object({
  question: v.fallback(
    v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,14}$/), v.transform(Number))),
    undefined,
  ),
  sort: v.fallback(v.optional(v.picklist(["asc", "desc"])), undefined),
  by: v.fallback(v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number))), undefined),
  outside: v.fallback(v.optional(v.literal("1")), undefined),
  q: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(200))), undefined),
  /** How many answers to show ("show more"): 1 to 99,999. */
  shown: v.fallback(
    v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,4}$/), v.transform(Number))),
    undefined,
  ),
});
