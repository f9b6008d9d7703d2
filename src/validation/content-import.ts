import { assertConsensusRule } from "../domain/consensus/evaluate-consensus.js";
import type { ImportError, ImportItem, ImportQuestion, ImportSet } from "../domain/content-import.js";
import type { NewQuestion } from "../domain/questions.js";
import { parseCsv } from "./csv.js";
import { validateQuestion } from "./organiser-questions.js";
import { SCENARIO_ROWS, validateScenarioSet } from "./organiser-scenarios.js";

/**
 * The content-import formats (documented on the page, ops.cimport.*), checked before anything is
 * written. Pure: the route passes the forum's existing scenario sets.
 *
 * JSON: { "scenarioSets": [{ "title", "scenarios": [{ "title", "narrative", "drivers" }] }],
 *         "questions": [{ "kind", "title", "body", "resolutionCriteria", "config": {...}, "consensusRule": {...} }] }
 *   config: quantity { unit }; rating { min, max, minLabel, maxLabel }; ranking { options: [...] };
 *   allocation { scenarioSet: "<title of a set in this file or in the forum>" }.
 *   consensusRule, in the question form's units (percentage points for binary and allocation):
 *   { kind: "iqr-at-most", max } | { kind: "share-in-band", low, high, minShare } | { kind: "kendall-at-least", min };
 *   omitted = the form's default.
 * CSV: a header line, then one question per row with the columns
 *   kind,title,body,resolution_criteria,unit,min,max,min_label,max_label,options,scenario_set,iqr_max
 *   (options of a ranking separated by "|"; iqr_max in the form's units, empty = default).
 */

export const CSV_COLUMNS = [
  "kind",
  "title",
  "body",
  "resolution_criteria",
  "unit",
  "min",
  "max",
  "min_label",
  "max_label",
  "options",
  "scenario_set",
  "iqr_max",
] as const;

export const MAX_IMPORT_ROWS = 500;

export type ExistingSet = { id: number; title: string; scenarios: { id: number; title: string }[] };

export type ParseResult =
  | { ok: true; format: "json" | "csv"; items: ImportItem[] }
  | { ok: false; error: string };

/** Form field names of validateQuestion → the import's names, for the per-row messages. */
const FIELD_NAMES: Record<string, { csv: string; json: string }> = {
  kind: { csv: "kind", json: "kind" },
  title: { csv: "title", json: "title" },
  body: { csv: "body", json: "body" },
  resolutionCriteria: { csv: "resolution_criteria", json: "resolutionCriteria" },
  unit: { csv: "unit", json: "config.unit" },
  ratingMin: { csv: "min", json: "config.min" },
  ratingMax: { csv: "max", json: "config.max" },
  minLabel: { csv: "min_label", json: "config.minLabel" },
  maxLabel: { csv: "max_label", json: "config.maxLabel" },
  rankingOptions: { csv: "options", json: "config.options" },
  scenarioSetId: { csv: "scenario_set", json: "config.scenarioSet" },
  ruleKind: { csv: "iqr_max", json: "consensusRule.kind" },
  iqrMax: { csv: "iqr_max", json: "consensusRule.max" },
  bandLow: { csv: "iqr_max", json: "consensusRule.low" },
  bandHigh: { csv: "iqr_max", json: "consensusRule.high" },
  minShare: { csv: "iqr_max", json: "consensusRule.minShare" },
  kendallMin: { csv: "iqr_max", json: "consensusRule.min" },
};

const s = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : "";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Detects the format (JSON when the text starts with "{") and checks every row. */
export function parseContentImport(text: string, existing: readonly ExistingSet[]): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("{")) return parseJson(trimmed, existing);
  return parseCsvImport(trimmed, existing);
}

type QuestionFields = {
  kind: string;
  title: string;
  body: string;
  resolutionCriteria: string;
  unit: string;
  min: string;
  max: string;
  minLabel: string;
  maxLabel: string;
  options: string[];
  scenarioSet: string;
  rule: Record<string, string>;
};

/** Checks one question with the question form's validator (plus the engine's rule check). */
function checkQuestion(
  line: string,
  q: QuestionFields,
  format: "csv" | "json",
  existing: readonly ExistingSet[],
  newSets: ReadonlyMap<string, ImportSet>,
  extra: ImportError[],
): ImportQuestion {
  // A set of this file wins over an existing set of the same title (it is the newer one).
  const fileSet = q.kind === "allocation" && q.scenarioSet ? newSets.get(q.scenarioSet) : undefined;
  const found = fileSet ? undefined : existing.find((x) => x.title === q.scenarioSet);
  // A set of this file is validated against placeholder scenarios; its ids are resolved at write time.
  const placeholder: ExistingSet | undefined = fileSet
    ? {
        id: -1,
        title: fileSet.title,
        scenarios: fileSet.scenarios.map((x, i) => ({ id: -1 - i, title: x.title })),
      }
    : undefined;
  const sets = placeholder ? [placeholder] : found ? [found] : [];
  const body: Record<string, string> = {
    kind: q.kind,
    title: q.title,
    body: q.body,
    resolutionCriteria: q.resolutionCriteria,
    unit: q.unit,
    ratingMin: q.min,
    ratingMax: q.max,
    minLabel: q.minLabel,
    maxLabel: q.maxLabel,
    rankingOptions: q.options.join("\n"),
    scenarioSetId: placeholder ? "-1" : found ? String(found.id) : "",
    ...q.rule,
  };
  const errors: ImportError[] = [...extra];
  if (q.kind === "allocation" && q.scenarioSet && !placeholder && !found)
    errors.push({ key: "ops.questions.error.set" });
  if (fileSet && fileSet.errors.length > 0) errors.push({ key: "ops.cimport.error.setInvalid" });
  const result = validateQuestion(body, sets);
  let output: NewQuestion | null = null;
  if (!result.ok) {
    for (const [field, key] of Object.entries(result.errors)) {
      if (field === "kind") errors.push({ key: "ops.questions.error.kind" });
      else if (field === "scenarioSetId" && errors.some((e) => e.key === "ops.questions.error.set")) continue;
      else errors.push({ key, field: FIELD_NAMES[field]?.[format] ?? field });
    }
  } else {
    try {
      assertConsensusRule(result.output.consensusRule);
      output = result.output;
    } catch {
      errors.push({ key: "ops.cimport.error.rule", field: FIELD_NAMES.ruleKind![format] });
    }
  }
  return {
    type: "question",
    line,
    kind: q.kind,
    title: q.title,
    output: errors.length === 0 ? output : null,
    newSetTitle: fileSet ? fileSet.title : null,
    errors,
  };
}

function parseJson(text: string, existing: readonly ExistingSet[]): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: "ops.cimport.error.json" };
  }
  if (!isObject(data)) return { ok: false, error: "ops.cimport.error.json" };
  const rawSets = data.scenarioSets ?? [];
  const rawQuestions = data.questions ?? [];
  if (!Array.isArray(rawSets) || !Array.isArray(rawQuestions))
    return { ok: false, error: "ops.cimport.error.json" };
  if (rawSets.length + rawQuestions.length > MAX_IMPORT_ROWS)
    return { ok: false, error: "ops.cimport.error.tooMany" };
  const items: ImportItem[] = [];
  const newSets = new Map<string, ImportSet>();
  rawSets.forEach((raw, i) => {
    const line = `scenarioSets[${i}]`;
    const o = isObject(raw) ? raw : {};
    const title = s(o.title).trim();
    const list = Array.isArray(o.scenarios) ? o.scenarios : [];
    const scenarios = list.map((x) => {
      const r = isObject(x) ? x : {};
      return { title: s(r.title).trim(), narrative: s(r.narrative).trim(), drivers: s(r.drivers).trim() };
    });
    const errors: ImportError[] = [];
    if (!isObject(raw)) errors.push({ key: "ops.cimport.error.object" });
    if (scenarios.length > SCENARIO_ROWS) errors.push({ key: "ops.cimport.error.tooManyScenarios" });
    const form: Record<string, string> = { title };
    scenarios.forEach((x, j) => {
      form[`title${j}`] = x.title;
      form[`narrative${j}`] = x.narrative;
      form[`drivers${j}`] = x.drivers;
    });
    const v = validateScenarioSet(form);
    if (!v.ok)
      for (const [field, key] of Object.entries(v.errors)) {
        const m = /^(title|narrative|drivers)(\d+)$/.exec(field);
        errors.push({ key, field: m ? `scenarios[${m[2]}].${m[1]}` : field });
      }
    if (title && newSets.has(title)) errors.push({ key: "ops.cimport.error.duplicateSet" });
    const item: ImportSet = { type: "set", line, title, scenarios, errors };
    if (title && !newSets.has(title)) newSets.set(title, item);
    items.push(item);
  });
  rawQuestions.forEach((raw, i) => {
    const line = `questions[${i}]`;
    const o = isObject(raw) ? raw : {};
    const config = isObject(o.config) ? o.config : {};
    const rule = isObject(o.consensusRule) ? o.consensusRule : null;
    const ruleFields: Record<string, string> = {};
    if (rule) {
      ruleFields.ruleKind = s(rule.kind);
      if (rule.max !== undefined) ruleFields.iqrMax = s(rule.max) || "x";
      if (rule.low !== undefined) ruleFields.bandLow = s(rule.low) || "x";
      if (rule.high !== undefined) ruleFields.bandHigh = s(rule.high) || "x";
      if (rule.minShare !== undefined) ruleFields.minShare = s(rule.minShare) || "x";
      if (rule.min !== undefined) ruleFields.kendallMin = s(rule.min) || "x";
    }
    const extra: ImportError[] = [];
    if (!isObject(raw)) extra.push({ key: "ops.cimport.error.object" });
    if (o.consensusRule !== undefined && !rule)
      extra.push({ key: "ops.cimport.error.rule", field: "consensusRule" });
    const options = Array.isArray(config.options) ? config.options.map((x) => s(x)) : [];
    items.push(
      checkQuestion(
        line,
        {
          kind: s(o.kind).trim(),
          title: s(o.title),
          body: s(o.body),
          resolutionCriteria: s(o.resolutionCriteria),
          unit: s(config.unit),
          min: s(config.min),
          max: s(config.max),
          minLabel: s(config.minLabel),
          maxLabel: s(config.maxLabel),
          options,
          scenarioSet: s(config.scenarioSet).trim(),
          rule: ruleFields,
        },
        "json",
        existing,
        newSets,
        extra,
      ),
    );
  });
  return { ok: true, format: "json", items };
}

function parseCsvImport(text: string, existing: readonly ExistingSet[]): ParseResult {
  const lines = parseCsv(text);
  const header = lines[0]?.cells.map((c) => c.trim().toLowerCase());
  if (header?.[0] !== "kind" || !header.includes("title"))
    return { ok: false, error: "ops.cimport.error.header" };
  const unknown = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) return { ok: false, error: "ops.cimport.error.header" };
  if (lines.length - 1 > MAX_IMPORT_ROWS) return { ok: false, error: "ops.cimport.error.tooMany" };
  const none = new Map<string, ImportSet>();
  const items = lines.slice(1).map((l) => {
    const cell = (name: (typeof CSV_COLUMNS)[number]) => {
      const i = header.indexOf(name);
      return i < 0 ? "" : (l.cells[i] ?? "").trim();
    };
    const extra: ImportError[] = l.error ? [{ key: "ops.import.error.quote" }] : [];
    if (l.cells.length > header.length) extra.push({ key: "ops.cimport.error.columns" });
    const iqr = cell("iqr_max");
    return checkQuestion(
      String(l.line),
      {
        kind: cell("kind"),
        title: cell("title"),
        body: cell("body"),
        resolutionCriteria: cell("resolution_criteria"),
        unit: cell("unit"),
        min: cell("min"),
        max: cell("max"),
        minLabel: cell("min_label"),
        maxLabel: cell("max_label"),
        options: cell("options")
          .split("|")
          .map((o) => o.trim())
          .filter(Boolean),
        scenarioSet: cell("scenario_set"),
        rule: iqr ? { ruleKind: "iqr-at-most", iqrMax: iqr } : {},
      },
      "csv",
      existing,
      none,
      extra,
    );
  });
  return { ok: true, format: "csv", items };
}

export type { ImportError, ImportItem, ImportQuestion, ImportSet } from "../domain/content-import.js";
