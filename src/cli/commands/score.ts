/**
 * `analyse score --rule brier|brier2|log|baseline|peer|interval|crps|quantile [--input FILE]`: per-expert
 * time-averaged scores of a resolved binary, categorical or quantity question (ANALYSIS-CLI.md; the quantity
 * rules in the README's CLI section). Prints `{ "scores": [{ expert, score, coverage }] }`
 * with experts in order of first appearance; `score` is null for brier/brier2/log when the expert never had a
 * standing forecast in the window, and also where it is −∞ (a probability of 0 on the outcome), since JSON
 * has no infinities.
 */

import { parseInstant } from "../../domain/iso-time.js";
import {
  QUANTITY_SCORING_RULES,
  type QuantityScoringRule,
  SCORING_RULES,
  type ScoredQuestion,
  type ScoringRule,
  scoreForecasts,
  scoreQuantityForecasts,
} from "../../domain/scoring/index.js";
import { type Args, CliError, readJsonInput } from "../args.js";
import * as read from "./validate.js";

export async function score(args: Args): Promise<unknown> {
  const raw = args.get("rule");
  if (raw === undefined || raw === "true") throw new CliError("--rule is required");
  const rule = read.oneOf(raw, [...SCORING_RULES, ...QUANTITY_SCORING_RULES], "rule");
  const input = read.object(await readJsonInput(args), "input");
  const kind = read.oneOf(input.kind, ["binary", "categorical", "quantity"] as const, "kind");
  const quantityRule = (QUANTITY_SCORING_RULES as readonly string[]).includes(rule);
  if (quantityRule !== (kind === "quantity"))
    throw new CliError(
      kind === "quantity"
        ? `rule ${rule} does not score a quantity; use one of: ${QUANTITY_SCORING_RULES.join(", ")}`
        : `rule ${rule} scores quantity questions only`,
    );
  const opens = read.isoTime(input.opens, "opens");
  const closes = read.isoTime(input.closes, "closes");
  if (!((parseInstant(closes) as number) > (parseInstant(opens) as number)))
    throw new CliError("closes must be after opens");
  const rows = read.forecastRows(input.forecasts, "required");
  if (kind === "quantity") {
    const { levels, bounds, forecasts } = read.quantileForecasts(input, rows);
    if (
      rule === "interval" &&
      Math.abs(1 - (levels[levels.length - 1] as number) - (levels[0] as number)) >= 1e-12
    )
      throw new CliError("rule interval needs central outer levels (e.g. 0.05 and 0.95)");
    const outcome = read.number(input.outcome, "outcome");
    return {
      scores: scoreQuantityForecasts(rule as QuantityScoringRule, {
        kind,
        opens,
        closes,
        levels,
        outcome,
        ...(bounds ? { bounds } : {}),
        forecasts,
      }),
    };
  }
  const scoring = rule as ScoringRule;
  let question: ScoredQuestion;
  if (kind === "binary") {
    if (input.outcome !== 0 && input.outcome !== 1) throw new CliError("outcome must be 0 or 1");
    question = {
      kind,
      opens,
      closes,
      outcome: input.outcome,
      forecasts: rows.map(({ f, base }, i) => ({ ...base, p: read.probability(f.p, `forecasts[${i}].p`) })),
    };
  } else {
    if (scoring === "brier")
      throw new CliError("rule brier is one-sided and binary only; use brier2 for categorical questions");
    const options = read.optionNames(input.options);
    if (options.length < 2) throw new CliError("options must list at least 2 options");
    const outcome = input.outcome;
    if (typeof outcome !== "number" || !Number.isInteger(outcome) || outcome < 0 || outcome >= options.length)
      throw new CliError(`outcome must be an option index in 0..${options.length - 1}`);
    if (input.ordered !== undefined && typeof input.ordered !== "boolean")
      throw new CliError("ordered must be true or false");
    question = {
      kind,
      options,
      ordered: input.ordered === true,
      opens,
      closes,
      outcome,
      forecasts: rows.map(({ f, base }, i) => ({
        ...base,
        p: read.distribution(f.p, `forecasts[${i}].p`, options.length),
      })),
    };
  }
  return { scores: scoreForecasts(scoring, question) };
}
