import * as v from "valibot";
import { email, requiredText, text } from "./forms.js";

export const ROLES = ["expert", "stakeholder", "organiser"] as const;

const inviteFields = v.object({
  name: requiredText(200),
  email,
  role: v.picklist(ROLES, "error.choice"),
  institutionId: text(20),
  institutionName: text(200),
  institutionCountry: text(100),
  /** The stage at which they join (1 = founding); empty takes the forum's default. */
  stage: v.pipe(text(3), v.regex(/^([1-9]\d?)?$/, "org.error.stage")),
});

export type InviteInput = {
  name: string;
  email: string;
  role: (typeof ROLES)[number];
  institution: { id: number } | { name: string; country: string } | null;
  /** null: the forum's default stage (defaultStage in src/db/queries/stages.ts). */
  stage: number | null;
};

/**
 * The invitation form: name, e-mail, role, and an institution — an existing one (`institutionId`) or a
 * new one typed as name and country. Experts need one; others may have one.
 */
export const inviteForm = v.pipe(
  inviteFields,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const d = dataset.value;
    if (d.institutionId && !/^[1-9]\d*$/.test(d.institutionId))
      addIssue({ message: "error.choice", path: [pathItem(d, "institutionId")] });
    if (!d.institutionId && d.institutionName && !d.institutionCountry)
      addIssue({ message: "error.required", path: [pathItem(d, "institutionCountry")] });
    if (!d.institutionId && !d.institutionName && d.institutionCountry)
      addIssue({ message: "error.required", path: [pathItem(d, "institutionName")] });
    if (d.role === "expert" && !d.institutionId && !d.institutionName)
      addIssue({ message: "org.error.institutionRequired", path: [pathItem(d, "institutionId")] });
  }),
  v.transform(
    (d): InviteInput => ({
      name: d.name,
      email: d.email,
      role: d.role,
      institution: d.institutionId
        ? { id: Number(d.institutionId) }
        : d.institutionName
          ? { name: d.institutionName, country: d.institutionCountry }
          : null,
      stage: d.stage ? Number(d.stage) : null,
    }),
  ),
);

function pathItem(input: Record<string, string>, key: string) {
  return { type: "object", origin: "value", input, key, value: input[key] } as const;
}

/**
 * The panel page's query (GET /forums/:id/panel): which page (`from`, the id of its newest member) and
 * the text to find. A malformed value falls back to the first page and no filter (a view, not a form).
 */
export const panelPageQuery = v.object({
  from: v.fallback(
    v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,14}$/), v.transform(Number))),
    undefined,
  ),
  find: v.fallback(v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))), undefined),
});
