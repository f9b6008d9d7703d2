import * as v from "valibot";
import type { ProposalConfig, ProposalDimension } from "../domain/proposals.js";
import type { FieldErrors } from "./forms.js";
import { requiredText, text, wholeNumberFields } from "./forms.js";

/**
 * A proposal's ratings from the answer form: field `d{i}` for dimension i, each an integer on that
 * dimension's scale. Errors are per field (catalogue keys), so a 422 shows each beside its dimension.
 */
export function validateProposal(
  config: ProposalConfig,
  form: Record<string, string>,
): { ratings: number[] | null; errors: FieldErrors } {
  const { values: ratings, errors } = wholeNumberFields(form, "d", config.dimensions, {
    required: "error.dimensionRequired",
    range: "error.dimensionRange",
  });
  return { ratings: Object.keys(errors).length === 0 ? ratings : null, errors };
}

/** The form strings of stored ratings. */
export function proposalFormFromAnswer(
  ratings: readonly number[],
  rationale: string,
): Record<string, string> {
  return Object.fromEntries([...ratings.map((r, i) => [`d${i}`, String(r)]), ["rationale", rationale]]);
}

const slug = (s: string, i: number) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || `d${i}`;

/**
 * Dimensions typed one per line as "label; lowest label; highest label" (scale 1–5). At least two,
 * at most eight, labels at most 80 characters.
 */
export function parseDimensions(raw: string): ProposalDimension[] | null {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2 || lines.length > 8) return null;
  const dims: ProposalDimension[] = [];
  const keys = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const [label, minLabel, maxLabel] = line.split(";").map((x) => x.trim());
    if (!label || !minLabel || !maxLabel || [label, minLabel, maxLabel].some((x) => x.length > 80))
      return null;
    let key = slug(label, i);
    if (keys.has(key)) key = `${key}-${i}`;
    keys.add(key);
    dims.push({ key, label, min: 1, max: 5, minLabel, maxLabel });
  }
  return dims;
}

export const newProposalForm = v.object({
  title: requiredText(300),
  body: text(4000),
  dimensions: requiredText(2000),
});

export const reviseProposalForm = v.object({ title: requiredText(300), body: text(4000) });
