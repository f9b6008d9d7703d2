import { QUANTITY_LIMIT } from "../domain/finite.js";
import type { AnswerValue, QuestionConfig } from "../domain/questions.js";
import type { FieldErrors } from "./forms.js";
import { proposalFormFromAnswer, validateProposal } from "./proposals.js";
import { validateRanking } from "./ranking.js";

export type AnswerForm = Record<string, string>;
export type AnswerResult =
  | { ok: true; value: AnswerValue; rationale: string; intent: "draft" | "submit" }
  | { ok: false; errors: FieldErrors };

const MAX_RATIONALE = 4000;
/** Allocations must sum to 100% within this many percentage points (rounding of typed decimals). */
const ALLOCATION_TOLERANCE = 0.01;

/** The form's raw strings, as typed, to re-render after a refusal. */
export function answerFormValues(body: Record<string, unknown>): AnswerForm {
  const out: AnswerForm = {};
  for (const [k, v] of Object.entries(body))
    if (typeof v === "string") out[k] = v.slice(0, MAX_RATIONALE + 10);
  return out;
}

function parseNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const s = raw.trim().replace(",", ".");
  if (s === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/**
 * Validates an answer form for a question. Percentages in the form become probabilities 0..1.
 * Errors are catalogue keys by field name, so the re-rendered form shows each next to its field.
 */
export function validateAnswer(config: QuestionConfig, form: AnswerForm): AnswerResult {
  const errors: FieldErrors = {};
  const intent = form.intent === "draft" ? "draft" : "submit";
  const rationale = (form.rationale ?? "").trim();
  if (rationale.length > MAX_RATIONALE) errors.rationale = "error.tooLong";
  let value: AnswerValue | null = null;
  switch (config.kind) {
    case "binary": {
      const p = parseNumber(form.p);
      if (p === null) errors.p = form.p?.trim() ? "error.number" : "error.required";
      else if (p < 0 || p > 100) errors.p = "error.probabilityRange";
      else value = { kind: "binary", p: p / 100 };
      break;
    }
    case "allocation": {
      const ps: number[] = [];
      config.scenarios.forEach((_s, i) => {
        const raw = form[`p${i}`];
        const p = parseNumber(raw);
        if (p === null) errors[`p${i}`] = raw?.trim() ? "error.number" : "error.required";
        else if (p < 0 || p > 100) errors[`p${i}`] = "error.probabilityRange";
        else ps.push(p);
      });
      if (ps.length === config.scenarios.length) {
        const total = ps.reduce((a, b) => a + b, 0);
        if (Math.abs(total - 100) > ALLOCATION_TOLERANCE) errors.total = "error.allocationSum";
        else value = { kind: "allocation", p: ps.map((p) => p / total) };
      }
      break;
    }
    case "quantity": {
      const q = (["q5", "q50", "q95"] as const).map((k) => {
        const n = parseNumber(form[k]);
        if (n === null) errors[k] = form[k]?.trim() ? "error.number" : "error.required";
        else if (Math.abs(n) > QUANTITY_LIMIT) {
          errors[k] = "error.quantityRange";
          return null;
        }
        return n;
      });
      const [a, b, c] = q;
      if (a != null && b != null && c != null) {
        if (!(a < b)) errors.q50 = "error.quantileOrder";
        else if (!(b < c)) errors.q95 = "error.quantileOrder";
        else value = { kind: "quantity", q: [a, b, c] };
      }
      break;
    }
    case "rating": {
      const r = parseNumber(form.r);
      if (r === null) errors.r = "error.ratingRequired";
      else if (!Number.isInteger(r) || r < config.min || r > config.max) errors.r = "error.ratingRange";
      else value = { kind: "rating", r };
      break;
    }
    case "ranking": {
      const result = validateRanking(config.options.length, form);
      Object.assign(errors, result.errors);
      if (result.ranks) value = { kind: "ranking", ranks: result.ranks };
      break;
    }
    case "proposal": {
      const result = validateProposal(config, form);
      Object.assign(errors, result.errors);
      if (result.ratings) value = { kind: "proposal", ratings: result.ratings };
      break;
    }
  }
  if (Object.keys(errors).length > 0 || value === null) return { ok: false, errors };
  return { ok: true, value, rationale, intent };
}

/** The form's strings for a stored answer (to pre-fill the form). */
export function formFromAnswer(value: AnswerValue, rationale: string): AnswerForm {
  const pct = (p: number) => String(Math.round(p * 10000) / 100);
  switch (value.kind) {
    case "binary":
      return { p: pct(value.p), rationale };
    case "allocation":
      return Object.fromEntries([...value.p.map((p, i) => [`p${i}`, pct(p)]), ["rationale", rationale]]);
    case "quantity":
      return { q5: String(value.q[0]), q50: String(value.q[1]), q95: String(value.q[2]), rationale };
    case "rating":
      return { r: String(value.r), rationale };
    case "ranking":
      return Object.fromEntries([
        ...value.ranks.map((r, i) => [`rank${i}`, String(r)]),
        ["rationale", rationale],
      ]);
    case "proposal":
      return proposalFormFromAnswer(value.ratings, rationale);
  }
}
