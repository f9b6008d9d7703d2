/**
 * Scores over several rounds: a question asked in rounds 1 and 2 is scored on each round's open
 * window [opened, closed] with the expert's submitted revisions in that round (scoreForecasts), and
 * the per-round scores are combined as if the windows were one: `brier`, `brier2` and `log` weighted
 * by the time the expert had a standing forecast, `baseline` and `peer` by the windows' lengths (so
 * time without a forecast counts as 0, as within one round). Pure.
 */
import { parseTime } from "./aggregation/latest-forecasts.js";
import { type ScoringRule, scoreForecasts } from "./scoring/index.js";

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
  const acc = new Map<string, { integral: number; covered: number }>();
  let total = 0;
  for (const round of question.rounds) {
    const length =
      parseTime("scoreAcrossRounds", round.closes, "closes") -
      parseTime("scoreAcrossRounds", round.opens, "opens");
    if (!(length > 0) || round.forecasts.length === 0) continue;
    total += length;
    const scores =
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
          });
    for (const s of scores) {
      const a = acc.get(s.expert) ?? { integral: 0, covered: 0 };
      const covered = s.coverage * length;
      if (s.score !== null) a.integral += s.score * (COVERED.has(rule) ? covered : length);
      a.covered += covered;
      acc.set(s.expert, a);
    }
  }
  return [...acc].map(([expert, a]) => ({
    expert,
    score: COVERED.has(rule)
      ? a.covered > 0
        ? a.integral / a.covered
        : null
      : total > 0
        ? a.integral / total
        : null,
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
