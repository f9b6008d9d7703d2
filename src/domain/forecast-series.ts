/**
 * Scores over several rounds: a question asked in rounds 1 and 2 is scored on each round's open
 * window [opened, closed] with the expert's submitted revisions in that round (scoreForecasts), and
 * the per-round scores are combined as if the windows were one: `brier`, `brier2` and `log` weighted
 * by the time the expert had a standing forecast, `baseline` and `peer` by the windows' lengths (so
 * time without a forecast counts as 0, as within one round). Pure.
 */
import { parseTime } from "./aggregation/latest-forecasts.js";
import {
  type QuantityScoringRule,
  type ScoringRule,
  scoreForecasts,
  scoreQuantityForecasts,
} from "./scoring/index.js";

export type RoundWindow<F> = { opens: string; closes: string; forecasts: readonly F[] };
export type BinarySeriesForecast = { expert: string; time: string; p: number };
export type CategoricalSeriesForecast = { expert: string; time: string; p: readonly number[] };

export type SeriesQuestion =
  | { kind: "binary"; outcome: 0 | 1; rounds: RoundWindow<BinarySeriesForecast>[] }
  | { kind: "categorical"; outcome: number; rounds: RoundWindow<CategoricalSeriesForecast>[] };

export type SeriesScore = { expert: string; score: number | null; coverage: number };

const COVERED: ReadonlySet<ScoringRule> = new Set(["brier", "brier2", "log"]);

/** Each expert's score over every round of the question (experts in order of first appearance). */
export function scoreAcrossRounds(rule: ScoringRule, question: SeriesQuestion): SeriesScore[] {
  const rounds: readonly RoundWindow<BinarySeriesForecast | CategoricalSeriesForecast>[] = question.rounds;
  return combineRounds(rounds, COVERED.has(rule), (round) =>
    question.kind === "binary"
      ? scoreForecasts(rule, {
          kind: "binary",
          opens: round.opens,
          closes: round.closes,
          outcome: question.outcome,
          forecasts: round.forecasts as BinarySeriesForecast[],
        })
      : scoreForecasts(rule, {
          kind: "categorical",
          opens: round.opens,
          closes: round.closes,
          outcome: question.outcome,
          forecasts: round.forecasts as CategoricalSeriesForecast[],
        }),
  );
}

export type QuantitySeriesForecast = { expert: string; time: string; q: readonly number[] };
export type QuantitySeriesQuestion = {
  /** The quantiles' levels, e.g. [0.05, 0.5, 0.95]. */
  levels: readonly number[];
  outcome: number;
  /** The question's range for the CRPS tails, when it has one. */
  bounds?: readonly [number, number];
  rounds: RoundWindow<QuantitySeriesForecast>[];
};

/**
 * A quantity question's interval score, CRPS or quantile loss over every round that asked it
 * (scoreQuantityForecasts per round), combined like `brier`: weighted by the time the expert had a
 * standing forecast, so a round without a forecast neither helps nor hurts.
 */
export function scoreQuantityAcrossRounds(
  rule: QuantityScoringRule,
  question: QuantitySeriesQuestion,
): SeriesScore[] {
  return combineRounds(question.rounds, true, (round) =>
    scoreQuantityForecasts(rule, {
      kind: "quantity",
      opens: round.opens,
      closes: round.closes,
      levels: question.levels,
      outcome: question.outcome,
      ...(question.bounds ? { bounds: question.bounds } : {}),
      forecasts: round.forecasts,
    }),
  );
}

/**
 * Combines per-round scores into one per expert: with `covered`, the average over the time the expert
 * had a standing forecast; otherwise over the windows' whole length (time without a forecast counts 0).
 */
function combineRounds<F>(
  rounds: readonly RoundWindow<F>[],
  covered: boolean,
  scoreRound: (round: RoundWindow<F>) => { expert: string; score: number | null; coverage: number }[],
): SeriesScore[] {
  const acc = new Map<string, { integral: number; covered: number }>();
  let total = 0;
  for (const round of rounds) {
    const length =
      parseTime("scoreAcrossRounds", round.closes, "closes") -
      parseTime("scoreAcrossRounds", round.opens, "opens");
    if (!(length > 0) || round.forecasts.length === 0) continue;
    total += length;
    for (const s of scoreRound(round)) {
      const a = acc.get(s.expert) ?? { integral: 0, covered: 0 };
      const time = s.coverage * length;
      if (s.score !== null) a.integral += s.score * (covered ? time : length);
      a.covered += time;
      acc.set(s.expert, a);
    }
  }
  return [...acc].map(([expert, a]) => ({
    expert,
    score: covered ? (a.covered > 0 ? a.integral / a.covered : null) : total > 0 ? a.integral / total : null,
    coverage: total > 0 ? a.covered / total : 0,
  }));
}

/** Each expert's last forecast over all rounds (by time, later input wins ties). */
export function finalForecasts<F extends { expert: string; time: string }>(
  rounds: readonly RoundWindow<F>[],
): F[] {
  const last = new Map<string, F>();
  const all = rounds.flatMap((r) => r.forecasts);
  const order = all
    .map((f, i) => ({ f, i, t: parseTime("finalForecasts", f.time, `forecasts[${i}].time`) }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  for (const { f } of order) {
    last.delete(f.expert);
    last.set(f.expert, f);
  }
  return [...last.values()];
}
