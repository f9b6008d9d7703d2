/**
 * How far the panel was from what happened, for a resolved question shown beside the panel's forecast
 * (issue 18): the distance a reader can check by eye, not a score.
 *
 * - yes/no: the probability the panel gave the outcome that happened, and the distance from certainty
 *   in probability points (1 − that probability); 0 means the panel was sure and right.
 * - scenarios: the share the panel gave the scenario that happened, and whether it was the panel's
 *   likeliest (the largest share).
 * - quantities: the panel's median against the realised value, the signed relative error
 *   (median − value) / |value| (null when the value is 0), and whether the value lies inside the
 *   panel's pooled 5–95% range (null without one).
 * - annulled: nothing to compare.
 */
import type { Outcome } from "./resolutions.js";

export type OutcomeGap =
  | { kind: "annulled" }
  | { kind: "binary"; happened: boolean; given: number; distance: number }
  | { kind: "scenario"; index: number; given: number; likeliest: boolean }
  | {
      kind: "quantity";
      value: number;
      median: number;
      /** (median − value) / |value|, signed; null when the value is 0. */
      relativeError: number | null;
      /** |median − value|, in the question's unit (what readers see when the value is 0). */
      distance: number;
      inside: boolean | null;
    };

/**
 * The gap between a forecast and an outcome, or null when the forecast does not fit the outcome (no
 * value, a scenario index out of range).
 *
 * @param outcome the question's current resolution
 * @param forecast yes/no: [p]; scenarios: the normalised shares; quantities: [median] or [q5, q50, q95]
 * @example outcomeGap({ outcome: 1 }, [0.78]) // { kind: "binary", happened: true, given: 0.78, distance: 0.22 }
 */
export function outcomeGap(outcome: Outcome, forecast: readonly number[] | null): OutcomeGap | null {
  if ("annulled" in outcome) return { kind: "annulled" };
  if (!forecast || forecast.length === 0 || forecast.some((v) => !Number.isFinite(v))) return null;
  if ("outcome" in outcome) {
    const p = forecast[0]!;
    const given = outcome.outcome === 1 ? p : 1 - p;
    return { kind: "binary", happened: outcome.outcome === 1, given, distance: 1 - given };
  }
  if ("scenarioIndex" in outcome) {
    const given = forecast[outcome.scenarioIndex];
    if (given === undefined) return null;
    return {
      kind: "scenario",
      index: outcome.scenarioIndex,
      given,
      likeliest: given >= Math.max(...forecast),
    };
  }
  const median = forecast.length >= 3 ? forecast[1]! : forecast[0]!;
  const value = outcome.value;
  return {
    kind: "quantity",
    value,
    median,
    relativeError: value === 0 ? null : (median - value) / Math.abs(value),
    distance: Math.abs(median - value),
    inside: forecast.length >= 3 ? value >= forecast[0]! && value <= forecast[2]! : null,
  };
}
