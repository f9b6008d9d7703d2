import type { FieldErrors } from "./forms.js";

/** How many scenario rows the form offers; blank rows are ignored. */
export const SCENARIO_ROWS = 6;
export const MIN_SCENARIOS = 2;
const MAX_TITLE = 200;
const MAX_TEXT = 4000;

export type ScenarioSetInput = {
  title: string;
  scenarios: { title: string; narrative: string; drivers: string }[];
};

export type ScenarioSetResult = { ok: true; output: ScenarioSetInput } | { ok: false; errors: FieldErrors };

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/**
 * Validates the scenario-set form: a title, and rows `title{i}`, `narrative{i}`, `drivers{i}` for
 * i < SCENARIO_ROWS. A row with any text needs a title and a narrative; at least two rows must be filled.
 */
export function validateScenarioSet(body: Record<string, unknown>): ScenarioSetResult {
  const errors: FieldErrors = {};
  const title = str(body.title);
  if (!title) errors.title = "error.required";
  else if (title.length > MAX_TITLE) errors.title = "error.tooLong";
  const scenarios: ScenarioSetInput["scenarios"] = [];
  for (let i = 0; i < SCENARIO_ROWS; i++) {
    const row = {
      title: str(body[`title${i}`]),
      narrative: str(body[`narrative${i}`]),
      drivers: str(body[`drivers${i}`]),
    };
    if (!row.title && !row.narrative && !row.drivers) continue;
    if (!row.title) errors[`title${i}`] = "error.required";
    else if (row.title.length > MAX_TITLE) errors[`title${i}`] = "error.tooLong";
    if (!row.narrative) errors[`narrative${i}`] = "error.required";
    else if (row.narrative.length > MAX_TEXT) errors[`narrative${i}`] = "error.tooLong";
    if (row.drivers.length > MAX_TEXT) errors[`drivers${i}`] = "error.tooLong";
    scenarios.push(row);
  }
  if (scenarios.length < MIN_SCENARIOS) errors.scenarios = "org.error.twoScenarios";
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, output: { title, scenarios } };
}
