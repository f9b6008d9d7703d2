import type { ConsensusRule } from "../domain/consensus/evaluate-consensus.js";
import {
  type NewQuestion,
  QUESTION_KINDS,
  type QuestionConfig,
  type QuestionKind,
} from "../domain/questions.js";
import type { FieldErrors } from "./forms.js";

export const RULE_KINDS = ["iqr-at-most", "share-in-band", "kendall-at-least"] as const;

/**
 * Default consensus thresholds, in the form's units (percentage points for probabilities). IQR ≤ 15
 * points for probabilities and IQR ≤ 1 for ratings follow the common Delphi thresholds reviewed by
 * von der Gracht (2012); quantities have no natural scale, so the organiser must give one.
 */
export const DEFAULT_IQR: Record<QuestionKind, number | null> = {
  binary: 15,
  allocation: 15,
  rating: 1,
  quantity: null,
  ranking: null,
  proposal: 1,
  idea: null,
};
/** Default smallest Kendall's W for a ranking's consensus (0.7 "strong", Schmidt 1997). */
export const DEFAULT_KENDALL = 0.7;
/** Default share of answers inside the band (percent agreement; Diamond et al. 2014 found 75% typical). */
export const DEFAULT_MIN_SHARE = 70;

export type QuestionResult = { ok: true; output: NewQuestion } | { ok: false; errors: FieldErrors };

type SetRef = { id: number; scenarios: { id: number; title: string }[] };

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

function num(raw: string): number | null {
  const s = raw.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return Number(s);
}

/**
 * Validates the question form. Percentages typed for binary and allocation questions become
 * probabilities 0..1; ratings and quantities keep their own scale. Errors are catalogue keys by field.
 */
export function validateQuestion(body: Record<string, unknown>, sets: readonly SetRef[]): QuestionResult {
  const errors: FieldErrors = {};
  const f = (k: string) => str(body[k]);
  const kindRaw = f("kind");
  const kind = (QUESTION_KINDS as readonly string[]).includes(kindRaw) ? (kindRaw as QuestionKind) : null;
  if (!kind) errors.kind = "error.choice";
  const title = f("title");
  if (!title) errors.title = "error.required";
  else if (title.length > 300) errors.title = "error.tooLong";
  const qBody = f("body");
  if (qBody.length > 8000) errors.body = "error.tooLong";
  const resolutionCriteria = f("resolutionCriteria");
  if (kind && kind !== "rating" && kind !== "ranking" && !resolutionCriteria)
    errors.resolutionCriteria = "error.required";
  else if (resolutionCriteria.length > 4000) errors.resolutionCriteria = "error.tooLong";

  // Kind settings.
  let config: QuestionConfig | null = null;
  let scale: { lo: number; hi: number; factor: number } | null = null;
  switch (kind) {
    case "binary":
      config = { kind };
      scale = { lo: 0, hi: 100, factor: 100 };
      break;
    case "allocation": {
      const set = sets.find((s) => String(s.id) === f("scenarioSetId"));
      if (!set) errors.scenarioSetId = sets.length ? "error.choice" : "org.error.noScenarioSets";
      else
        config = {
          kind,
          scenarioSetId: set.id,
          scenarios: set.scenarios.map((s) => ({ id: s.id, title: s.title })),
        };
      scale = { lo: 0, hi: 100, factor: 100 };
      break;
    }
    case "quantity": {
      const unit = f("unit");
      if (unit.length > 40) errors.unit = "error.tooLong";
      config = { kind, unit };
      scale = { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, factor: 1 };
      break;
    }
    case "rating": {
      const min = num(f("ratingMin"));
      const max = num(f("ratingMax"));
      if (min === null || !Number.isInteger(min))
        errors.ratingMin = f("ratingMin") ? "org.error.integer" : "error.required";
      if (max === null || !Number.isInteger(max))
        errors.ratingMax = f("ratingMax") ? "org.error.integer" : "error.required";
      else if (min !== null && Number.isInteger(min) && !(min < max))
        errors.ratingMax = "org.error.minBelowMax";
      else if (min !== null && max - min > 20) errors.ratingMax = "org.error.ratingSpan";
      const minLabel = f("minLabel");
      const maxLabel = f("maxLabel");
      if (!minLabel) errors.minLabel = "error.required";
      else if (minLabel.length > 100) errors.minLabel = "error.tooLong";
      if (!maxLabel) errors.maxLabel = "error.required";
      else if (maxLabel.length > 100) errors.maxLabel = "error.tooLong";
      if (min !== null && max !== null && !errors.ratingMin && !errors.ratingMax) {
        config = { kind, min, max, minLabel, maxLabel };
        scale = { lo: min, hi: max, factor: 1 };
      }
      break;
    }
    case "ranking": {
      const options = f("rankingOptions")
        .split(/\r?\n/)
        .map((o) => o.trim())
        .filter(Boolean);
      if (
        options.length < 2 ||
        options.length > 20 ||
        new Set(options).size !== options.length ||
        options.some((o) => o.length > 200)
      )
        errors.rankingOptions = "org.error.rankingOptions";
      else config = { kind, options };
      scale = { lo: 1, hi: Math.max(2, options.length), factor: 1 };
      break;
    }
  }

  // The pre-registered consensus rule, converted from the form's units to the question's scale.
  // Rankings always use Kendall's W, whatever radio was left checked; other kinds may not.
  const ruleKind = kind === "ranking" ? "kendall-at-least" : f("ruleKind") || "iqr-at-most";
  let consensusRule: ConsensusRule | null = null;
  if (!(RULE_KINDS as readonly string[]).includes(ruleKind)) errors.ruleKind = "error.choice";
  else if (ruleKind === "kendall-at-least" && kind !== "ranking") errors.ruleKind = "org.error.kendallRule";
  else if (kind && scale) {
    if (ruleKind === "kendall-at-least") {
      const raw = f("kendallMin");
      const min = raw ? num(raw) : DEFAULT_KENDALL;
      if (min === null || min < 0 || min > 1) errors.kendallMin = "org.error.kendallMin";
      else consensusRule = { kind: "kendall-at-least", min };
    } else if (ruleKind === "iqr-at-most") {
      const fallback = DEFAULT_IQR[kind];
      const raw = f("iqrMax");
      const max = raw ? num(raw) : fallback;
      if (max === null) errors.iqrMax = raw ? "error.number" : "org.error.iqrRequired";
      else if (max < 0 || (Number.isFinite(scale.hi) && max > scale.hi - scale.lo))
        errors.iqrMax = "org.error.outOfScale";
      else consensusRule = { kind: "iqr-at-most", max: max / scale.factor };
    } else {
      const low = num(f("bandLow"));
      const high = num(f("bandHigh"));
      const shareRaw = f("minShare");
      const share = shareRaw ? num(shareRaw) : DEFAULT_MIN_SHARE;
      const inScale = (x: number) => x >= scale.lo && x <= scale.hi;
      if (low === null) errors.bandLow = f("bandLow") ? "error.number" : "error.required";
      else if (!inScale(low)) errors.bandLow = "org.error.outOfScale";
      if (high === null) errors.bandHigh = f("bandHigh") ? "error.number" : "error.required";
      else if (!inScale(high)) errors.bandHigh = "org.error.outOfScale";
      else if (low !== null && low > high) errors.bandHigh = "org.error.lowAboveHigh";
      if (share === null) errors.minShare = "error.number";
      else if (share < 0 || share > 100) errors.minShare = "error.probabilityRange";
      if (
        low !== null &&
        high !== null &&
        share !== null &&
        !errors.bandLow &&
        !errors.bandHigh &&
        !errors.minShare
      )
        consensusRule = {
          kind: "share-in-band",
          low: low / scale.factor,
          high: high / scale.factor,
          minShare: share / 100,
        };
    }
  }
  if (Object.keys(errors).length > 0 || !kind || !config || !consensusRule) return { ok: false, errors };
  return {
    ok: true,
    output: { kind, title, body: qBody, resolutionCriteria, config, consensusRule },
  };
}
