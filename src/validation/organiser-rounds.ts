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
