import * as v from "valibot";
import { PROMOTE_KINDS } from "../domain/ideas.js";
import { positiveId, requiredText, text } from "./forms.js";

export const ideaForm = v.object({
  questionId: positiveId,
  title: requiredText(200),
  explanation: text(2000),
});
export const ideaEditForm = v.object({ title: requiredText(200), explanation: text(2000) });
/** An expert's rating of another expert's item: a whole number from 1 to 5. */
export const rateForm = v.object({
  value: v.pipe(v.string("ideas.rate.error"), v.regex(/^[1-5]$/, "ideas.rate.error"), v.transform(Number)),
});
export const rejectForm = v.object({ reason: requiredText(1000) });
export const mergeForm = v.object({
  into: v.pipe(
    v.string("org.error.mergeTarget"),
    v.regex(/^[1-9]\d*$/, "org.error.mergeTarget"),
    v.transform(Number),
  ),
});
export const promoteForm = v.object({
  as: v.picklist(PROMOTE_KINDS, "error.choice"),
  /** An existing set's id, or "new" (or empty) with `newSetTitle`: the set is created in place. */
  scenarioSetId: text(20),
  newSetTitle: text(200),
});

/** Prompts typed one per line: 1 to 10, each at most 500 characters. */
export const newIdeasRoundForm = v.object({
  prompts: v.pipe(
    v.optional(v.string(), ""),
    v.transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
    v.minLength(1, "org.error.prompts"),
    v.maxLength(10, "org.error.prompts"),
    v.check((xs) => xs.every((x) => x.length <= 500), "org.error.prompts"),
  ),
  instructions: text(4000),
  /** What the round's items will usually become: the promote form's default choice. */
  becomes: v.optional(v.picklist(PROMOTE_KINDS, "error.choice"), "proposal"),
});
