/**
 * A forum's resolved questions scored per expert, the calibration pairs behind the calibration plots
 * and the "which aggregate would have scored best" comparison. Pure: the query layer gathers the
 * rounds, answers and resolutions; every number comes from the engine (scoreForecasts via
 * scoreAcrossRounds, poolProbabilities, trackRecordWeights).
 */
import {
  type ExtremizingFit,
  fitExtremizingFactor,
  type ProbabilityPoolMethod,
  poolProbabilities,
  poolQuantiles,
  type TrackRecord,
  trackRecords,
  trackRecordWeights,
} from "./aggregation/index.js";
import { type CookeInput, classicalModel } from "./cooke/index.js";
import {
  type CategoricalSeriesForecast,
  finalForecasts,
  type QuantitySeriesQuestion,
  type RoundWindow,
  type SeriesQuestion,
  type SeriesScore,
  scoreAcrossRounds,
  scoreQuantityAcrossRounds,
} from "./forecast-series.js";
import type { QuestionConfig, QuestionKind } from "./questions.js";
import {
  brierSkillScore,
  type CalibrationBin,
  calibrationTable,
  type ForecastOutcome,
  isCentral,
  type MurphyDecomposition,
  murphyDecomposition,
  type SpiegelhalterZ,
  scoreQuantiles,
  spiegelhalterZ,
} from "./scoring/index.js";
import { sumToOne } from "./stats/sum-to-one.js";
import { type Anonymity, mayPairNamesWithPseudonyms } from "./visibility.js";

/**
 * What a forum's dashboard shows from resolutions, computed when a round closes, a question resolves or
 * the forum closes, and stored on the forum (forums.scores), so a dashboard request reads it in one row.
 */
export type ForumScores = {
  /** The panel's median answer scored on the forum's resolved yes/no questions; null when none. */
  accuracy: { count: number; brier: number } | null;
  /** Per quantity question: Cooke's decision maker and the equal-weight pool's 5/50/95 (forum closed only). */
  decisionMaker: { questionId: number; dm: number[]; equal: number[] }[];
};

/**
 * What a question's snapshot gains from the panel's track records, stored beside the frozen statistics
 * (snapshots.derived) when the round closes and recomputed when a question resolves.
 */
export type SnapshotDerived = {
  /** The track-record pool (binary: a probability; allocations: one per scenario). */
  trackRecord?: number | number[];
};

export type ScoredForumQuestion = {
  id: number;
  kind: "binary" | "allocation";
  /** 0/1 for binary; the index of the scenario that occurred for allocations. */
  outcome: number;
  /** Per round that asked the question: its window and the experts' submitted revisions. */
  rounds: RoundWindow<{ expert: string; time: string; p: number | readonly number[] }>[];
};

export type QuestionScore = {
  questionId: number;
  kind: "binary" | "allocation";
  expert: string;
  /** Binary: one-sided (p − o)², 0..1; allocations: Brier's original sum over scenarios, 0..2. */
  brier: number | null;
  /** Σₖ (fₖ − oₖ)², 0..2. */
  brier2: number | null;
  log: number | null;
  baseline: number | null;
  peer: number | null;
  coverage: number;
};

function series(q: ScoredForumQuestion): SeriesQuestion {
  return q.kind === "binary"
    ? {
        kind: "binary",
        outcome: q.outcome as 0 | 1,
        rounds: q.rounds.map((r) => ({
          ...r,
          forecasts: r.forecasts.map((f) => ({ expert: f.expert, time: f.time, p: f.p as number })),
        })),
      }
    : {
        kind: "categorical",
        outcome: q.outcome,
        rounds: q.rounds as RoundWindow<CategoricalSeriesForecast>[],
      };
}

/** One row per expert and question with every rule (experts who never answered are absent). */
export function scoreForumQuestions(questions: readonly ScoredForumQuestion[]): QuestionScore[] {
  const rows: QuestionScore[] = [];
  for (const q of questions) {
    const s = series(q);
    if (s.rounds.every((r) => r.forecasts.length === 0)) continue;
    const brier2 = scoreAcrossRounds("brier2", s);
    const brier = q.kind === "binary" ? scoreAcrossRounds("brier", s) : brier2;
    const log = scoreAcrossRounds("log", s);
    const baseline = scoreAcrossRounds("baseline", s);
    const peer = scoreAcrossRounds("peer", s);
    const find = (list: { expert: string; score: number | null }[], e: string) =>
      list.find((x) => x.expert === e)?.score ?? null;
    for (const b of brier2) {
      rows.push({
        questionId: q.id,
        kind: q.kind,
        expert: b.expert,
        brier: find(brier, b.expert),
        brier2: b.score,
        log: find(log, b.expert),
        baseline: find(baseline, b.expert),
        peer: find(peer, b.expert),
        coverage: b.coverage,
      });
    }
  }
  return rows;
}

export type ScoredQuantityForumQuestion = QuantitySeriesQuestion & { id: number };

export type QuantityQuestionScore = {
  questionId: number;
  expert: string;
  /** Interval score of the outer range (5–95%: α = 0.1); null when the levels are not central. */
  interval: number | null;
  /** CRPS of the piecewise-linear distribution through the quantiles. */
  crps: number | null;
  /** Mean quantile (pinball) loss over the levels. */
  quantile: number | null;
  coverage: number;
};

/**
 * One row per expert and resolved quantity question with the interval score, CRPS and quantile loss
 * (scoring/quantity-scores.ts), each combined over the rounds like the Brier score
 * (scoreQuantityAcrossRounds). All three are in the question's unit; lower is better.
 */
export function scoreQuantityQuestions(
  questions: readonly ScoredQuantityForumQuestion[],
): QuantityQuestionScore[] {
  const rows: QuantityQuestionScore[] = [];
  for (const q of questions) {
    if (q.rounds.every((r) => r.forecasts.length === 0)) continue;
    const crps = scoreQuantityAcrossRounds("crps", q);
    const quantile = scoreQuantityAcrossRounds("quantile", q);
    const interval = isCentral(q.levels) ? scoreQuantityAcrossRounds("interval", q) : [];
    const find = (list: SeriesScore[], e: string) => list.find((x) => x.expert === e)?.score ?? null;
    for (const c of crps)
      rows.push({
        questionId: q.id,
        expert: c.expert,
        interval: find(interval, c.expert),
        crps: c.score,
        quantile: find(quantile, c.expert),
        coverage: c.coverage,
      });
  }
  return rows;
}

export type PooledQuantityScore = {
  questionId: number;
  /** Experts whose final forecasts were pooled. */
  n: number;
  /** The panel's quantile average of the final forecasts, one value per level. */
  pooled: number[];
  interval: number | null;
  crps: number;
  quantile: number;
};

/**
 * The panel's own quantity scores: each question's final forecasts pooled by the quantile average (the
 * dashboard's default for quantities) and scored like an expert's (scoreQuantiles), so each expert's
 * scores can be read against the panel's.
 */
export function pooledQuantityScores(
  questions: readonly ScoredQuantityForumQuestion[],
): PooledQuantityScore[] {
  return questions.flatMap((q) => {
    const finals = finalForecasts(q.rounds);
    if (finals.length === 0) return [];
    const pooled = poolQuantiles("quantile-average", { levels: q.levels, forecasts: finals }).value;
    const s = scoreQuantiles(q.levels, pooled, q.outcome, q.bounds);
    return [
      {
        questionId: q.id,
        n: finals.length,
        pooled,
        interval: s.interval,
        crps: s.crps,
        quantile: s.quantile,
      },
    ];
  });
}

/**
 * Forecast/outcome pairs for a calibration table: each expert's final forecast on each question
 * (binary: p of yes; allocations: one pair per scenario). Only `expert`'s when given.
 */
export function calibrationPairs(
  questions: readonly ScoredForumQuestion[],
  expert?: string,
): ForecastOutcome[] {
  return calibrationPairsWithPool(questions, expert).pairs;
}

/**
 * {@link calibrationPairs} with, for each pair, the equal-weight pool's forecast of the same question
 * (and scenario): the mean of every expert's final forecast, the reference of the skill "against the
 * panel" (brierSkillScore with a reference).
 */
export function calibrationPairsWithPool(
  questions: readonly ScoredForumQuestion[],
  expert?: string,
): { pairs: ForecastOutcome[]; pool: number[] } {
  const pairs: ForecastOutcome[] = [];
  const pool: number[] = [];
  for (const q of questions) {
    const finals = finalForecasts(q.rounds);
    const vectors = finals.map((f) => (q.kind === "binary" ? [f.p as number] : (f.p as readonly number[])));
    const mean = (vectors[0] ?? []).map((_, k) => meanOfFinite(vectors.map((v) => v[k] ?? null)) as number);
    finals.forEach((f, i) => {
      if (expert !== undefined && f.expert !== expert) return;
      for (const [k, p] of (vectors[i] as readonly number[]).entries()) {
        const outcome = q.kind === "binary" ? q.outcome : k === q.outcome ? 1 : 0;
        pairs.push({ p, outcome: outcome as 0 | 1 });
        pool.push(Math.min(1, Math.max(0, mean[k] as number)));
      }
    });
  }
  return { pairs, pool };
}

export const COMPARED_POOLS = [
  "median",
  "mean",
  "geo-odds",
  "extremized",
  "recency-median",
  "track-record",
] as const;
export type ComparedPool = (typeof COMPARED_POOLS)[number];

/**
 * The Brier score each pooling method would have had on the resolved binary questions: each
 * question's experts' final forecasts pooled, scored against the outcome, averaged over questions.
 * The track-record pool of a question uses records without that question (`recordsWithout`), so it
 * is scored out of sample.
 */
export function comparePools(
  questions: readonly ScoredForumQuestion[],
  recordsWithout: (questionId: number) => readonly TrackRecord[],
): { method: ComparedPool; brier: number | null; n: number }[] {
  const binary = questions.filter((q) => q.kind === "binary");
  return COMPARED_POOLS.map((method) => {
    let total = 0;
    let n = 0;
    for (const q of binary) {
      const last = finalForecasts(q.rounds).map((f) => ({
        expert: f.expert,
        time: f.time,
        p: f.p as number,
      }));
      if (last.length === 0) continue;
      const p =
        method === "track-record"
          ? trackRecordPool(last, recordsWithout(q.id))
          : poolProbabilities(method as ProbabilityPoolMethod, last).value;
      total += (p - q.outcome) ** 2;
      n++;
    }
    return { method, brier: n > 0 ? total / n : null, n };
  });
}

/**
 * The extremizing factor fitted on the forum's resolved yes/no questions (fitExtremizingFactor on each
 * question's final forecasts), in sample: it says how much sharper than its geometric mean of odds the
 * panel should have been. Null without such a question, or when every pool was exactly 50%.
 */
export function forumExtremizingFit(questions: readonly ScoredForumQuestion[]): ExtremizingFit | null {
  const data = questions
    .filter((q) => q.kind === "binary")
    .map((q) => ({ ps: finalForecasts(q.rounds).map((f) => f.p as number), outcome: q.outcome as 0 | 1 }))
    .filter((q) => q.ps.length > 0);
  if (data.length === 0) return null;
  try {
    return fitExtremizingFactor(data);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The track-record pool of forecasts: experts without a record count with n = 0. */
export function trackRecordPool(
  forecasts: readonly { expert: string; time?: string; p: number }[],
  records: readonly TrackRecord[],
): number {
  const known = new Map(records.map((r) => [r.expert, r]));
  const experts = [...new Set(forecasts.map((f) => f.expert))];
  const weights = trackRecordWeights(experts.map((e) => known.get(e) ?? { expert: e, brier: null, n: 0 }));
  return poolProbabilities(
    "performance-weighted",
    forecasts.map((f) => ({ ...f, weight: weights.get(f.expert) as number })),
  ).value;
}

/** Track records from the binary questions' Brier scores, leaving out one question (or none). */
export function recordsFrom(scores: readonly QuestionScore[], without?: number): TrackRecord[] {
  return trackRecords(
    scores
      .filter((s) => s.kind === "binary" && s.questionId !== without && s.brier !== null)
      .map((s) => ({ expert: s.expert, brier: s.brier as number })),
  );
}

/**
 * The track-record pool of one question's current answers: binary answers through `trackRecordPool`,
 * allocations as the weighted linear pool of the scenario vectors with the same weights
 * (Σᵢ wᵢ·pᵢₖ per scenario k, rescaled to add up to exactly 1 by sumToOne). Experts without a record count with n = 0; with no records at all the
 * weights are equal. Null when nobody answered or the kind has no probability to pool.
 */
export function trackRecordPooled(
  kind: string,
  forecasts: readonly { expert: string; time?: string; p: number | readonly number[] }[],
  records: readonly TrackRecord[],
): number | number[] | null {
  if (forecasts.length === 0) return null;
  if (kind === "binary")
    return trackRecordPool(
      forecasts.map((f) => ({ expert: f.expert, time: f.time, p: f.p as number })),
      records,
    );
  if (kind !== "allocation") return null;
  const known = new Map(records.map((r) => [r.expert, r]));
  const experts = [...new Set(forecasts.map((f) => f.expert))];
  const w = trackRecordWeights(experts.map((e) => known.get(e) ?? { expert: e, brier: null, n: 0 }));
  const vectors = forecasts.map((f) => f.p as readonly number[]);
  return sumToOne(
    (vectors[0] ?? []).map((_, k) =>
      forecasts.reduce((sum, f, i) => sum + (w.get(f.expert) as number) * (vectors[i]?.[k] ?? 0), 0),
    ),
  );
}

/**
 * The accuracy a dashboard shows: the Brier score (p − o)² of the panel's median final forecast,
 * averaged over the resolved yes/no questions that have forecasts (the "median" row of
 * `comparePools`); null when there is none.
 */
export function medianPoolAccuracy(
  questions: readonly ScoredForumQuestion[],
): { count: number; brier: number } | null {
  const row = comparePools(questions, () => []).find((r) => r.method === "median");
  return row && row.brier !== null ? { count: row.n, brier: row.brier } : null;
}

/**
 * Cooke's Classical Model decision maker (global weights, optimised alpha) beside the equal-weight
 * pool, per item, for a study with at least one realisation; empty when the model cannot be fitted
 * (too few seeds or experts: the engine's RangeError/TypeError).
 */
export function cookeDecisionMakers(
  input: CookeInput,
  items: readonly { questionId: number; itemId: string }[],
): ForumScores["decisionMaker"] {
  if (!input.items.some((i) => i.realisation !== null)) return [];
  try {
    const dm = classicalModel(input, { weights: "global", alpha: "optimise" });
    const equal = classicalModel(input, { weights: "equal", alpha: 0 });
    const out: ForumScores["decisionMaker"] = [];
    for (const q of items) {
      const a = dm.decisionMaker.items[q.itemId];
      const b = equal.decisionMaker.items[q.itemId];
      if (a && b) out.push({ questionId: q.questionId, dm: a, equal: b });
    }
    return out;
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) return [];
    throw error;
  }
}

/** The mean of the finite numbers among `xs`; null when there is none. */
export function meanOfFinite(xs: readonly (number | null)[]): number | null {
  let total = 0;
  let n = 0;
  for (const x of xs)
    if (x !== null && Number.isFinite(x)) {
      total += x;
      n++;
    }
  return n > 0 ? total / n : null;
}

export type ScoreSummary = {
  /** Questions scored. */
  n: number;
  /** Mean one-sided Brier over yes/no questions only. */
  brier: number | null;
  brier2: number | null;
  log: number | null;
  baseline: number | null;
  peer: number | null;
};

/**
 * One expert's (or any set of rows') mean scores: each rule averaged over the questions it scored
 * (`meanOfFinite`), the one-sided Brier over yes/no questions only (allocations have no one-sided Brier).
 */
export function summariseScores(rows: readonly QuestionScore[]): ScoreSummary {
  return {
    n: rows.length,
    brier: meanOfFinite(rows.filter((r) => r.kind === "binary").map((r) => r.brier)),
    brier2: meanOfFinite(rows.map((r) => r.brier2)),
    log: meanOfFinite(rows.map((r) => r.log)),
    baseline: meanOfFinite(rows.map((r) => r.baseline)),
    peer: meanOfFinite(rows.map((r) => r.peer)),
  };
}

/**
 * The per-expert score table: each expert's summary and track-record weight among `experts`
 * (trackRecordWeights over their records; experts without one count with n = 0).
 */
export function expertScoreTable(
  experts: readonly string[],
  scores: readonly QuestionScore[],
  records: readonly TrackRecord[],
): (ScoreSummary & { key: string; weight: number | null })[] {
  const known = new Map(records.map((r) => [r.expert, r]));
  const weights =
    experts.length > 0
      ? trackRecordWeights(experts.map((k) => known.get(k) ?? { expert: k, brier: null, n: 0 }))
      : new Map<string, number>();
  return experts.map((key) => ({
    key,
    ...summariseScores(scores.filter((s) => s.expert === key)),
    weight: weights.get(key) ?? null,
  }));
}

export type CalibrationSummary = {
  bins: CalibrationBin[];
  murphy: MurphyDecomposition;
  /** Brier skill score against the base rate of the same pairs; null when every outcome is the same. */
  skill: number | null;
  /** Spiegelhalter's calibration test (z and its two-sided p). */
  spiegelhalter: SpiegelhalterZ;
  /**
   * Brier skill score against the equal-weight pool's forecasts of the same questions (`pool`, one per
   * pair); null without a pool or when the pool scored a perfect 0.
   */
  poolSkill: number | null;
};

/**
 * The calibration plot's bins, the Murphy decomposition (10 bins), the Brier skill score against the base
 * rate (and against `pool`, the equal-weight pool's forecast per pair, when given) and Spiegelhalter's Z of
 * forecast/outcome pairs; null without pairs.
 */
export function calibrationSummary(
  pairs: readonly ForecastOutcome[],
  bins = 10,
  pool?: readonly number[],
): CalibrationSummary | null {
  return pairs.length > 0
    ? {
        bins: calibrationTable(pairs, bins).bins,
        murphy: murphyDecomposition(pairs, bins),
        skill: brierSkillScore(pairs).skill,
        spiegelhalter: spiegelhalterZ(pairs),
        poolSkill: pool ? brierSkillScore(pairs, pool).skill : null,
      }
    : null;
}

/**
 * How an expert is named to an organiser next to their answers or scores: "Name (pseudonym)" where
 * organisers may pair names with pseudonyms (quasi-anonymity: visibility.ts), else the pseudonym only.
 */
export function identityLabel(anonymity: Anonymity, name: string, pseudonym: string): string {
  return mayPairNamesWithPseudonyms("organiser", anonymity) ? `${name} (${pseudonym})` : pseudonym;
}

/**
 * The organiser's scores page in numbers, from a forum's scoring (db/queries/scores.ts loadForumScoring)
 * and the panel's binary scores across forums (the track records): each expert's summary and weight,
 * sorted by label; every score row labelled; the panel's calibration with its skill over the equal-weight
 * pool; the pools compared; the quantity scores with the panel's quantile average; the extremizing fit.
 * `label` names an expert key as the organiser may see it (identityLabel).
 */
export function organiserScoreTables(
  scoring: {
    experts: ReadonlyMap<string, unknown>;
    scored: readonly ScoredForumQuestion[];
    scores: readonly QuestionScore[];
    quantityScored: readonly ScoredQuantityForumQuestion[];
    quantityScores: readonly QuantityQuestionScore[];
  },
  panelScores: readonly QuestionScore[],
  label: (expert: string) => string,
) {
  const experts = expertScoreTable([...scoring.experts.keys()], scoring.scores, recordsFrom(panelScores))
    .map((row) => ({ ...row, label: label(row.key) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const crowd = calibrationPairsWithPool(scoring.scored);
  return {
    experts,
    rows: scoring.scores.map((s) => ({ ...s, label: label(s.expert) })),
    crowd: calibrationSummary(crowd.pairs, 10, crowd.pool),
    pools: comparePools(scoring.scored, (qid) => recordsFrom(panelScores, qid)),
    quantityRows: scoring.quantityScores.map((s) => ({ ...s, label: label(s.expert) })),
    quantityPanel: pooledQuantityScores(scoring.quantityScored),
    fit: forumExtremizingFit(scoring.scored),
  };
}

export type ScoringExpert = {
  key: string;
  memberId: number;
  userId: number;
  pseudonym: string;
  name: string;
};

export type ForumQuestionInfo = {
  id: number;
  title: string;
  kind: QuestionKind;
  config: QuestionConfig;
  isSeed: boolean;
};

export type ForumCooke = {
  input: CookeInput;
  /** The question behind each item, in the items' order. */
  questions: {
    id: number;
    title: string;
    isSeed: boolean;
    unit: string;
    itemId: string;
    /** The resolved true value, for targets too (a target's value never enters calibration). */
    resolvedValue: number | null;
  }[];
};
