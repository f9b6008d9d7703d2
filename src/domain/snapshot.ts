/**
 * The frozen group statistics of one question in one closed round. Computed once when the round closes
 * and stored as JSON; feedback pages and dashboards read only this, never the raw answers. It carries no
 * member id, name, institution of a group under the threshold, or timestamp: responses appear under
 * per-forum pseudonyms only.
 */
import { poolAllocations, poolProbabilities, poolQuantiles } from "./aggregation/index.js";
import {
  type Appropriateness,
  appropriatenessOf,
  type ClassicDisagreement,
  type ConsensusMinimum,
  type ConsensusRule,
  type ConsensusVerdict,
  classicDisagreement,
  consensusVerdict,
  evaluateConsensus,
  evaluateRankingConsensus,
  type KendallW,
  kendallW,
  partsVerdict,
  type RandUclaDisagreement,
  summariseRatings,
} from "./consensus/index.js";
import { type HeadlineIntervals, headlineIntervals } from "./headline-intervals.js";
import type { DimensionSummary } from "./proposals.js";
import {
  proposalSnapshot,
  snapshotResponses,
  stagesOf,
  withoutScalarStatistics,
} from "./proposals-snapshot.js";
import { type AnswerValue, QUANTITY_LEVELS, type QuestionConfig, scalarOf } from "./questions.js";
import { agreementBand, computeStability, type PreviousRound, type SnapshotStability } from "./stability.js";
import type { StageSummaries } from "./stages.js";
import { describeSample } from "./stats/index.js";
import { normaliseShares } from "./stats/sum-to-one.js";
import { disclosableGroups, groupThreshold } from "./visibility.js";

export type Summary = ReturnType<typeof describeSample>;

export type SnapshotResponse = { pseudonym: string; value: AnswerValue; rationale: string };
export type GroupStat = { name: string; n: number; median: number };

export type QuestionSnapshot = {
  kind: QuestionConfig["kind"];
  n: number;
  eligible: number;
  responseRate: number;
  /** Statistics of the per-answer scalar (probability, rating or median quantity); null when n = 0. */
  summary: Summary | null;
  /** The per-answer scalars sorted ascending, with no pseudonym: what stakeholders' charts draw. */
  distribution: number[];
  /** Allocations: statistics per scenario, in the question's scenario order. */
  perOption: { label: string; summary: Summary | null; distribution: number[] }[] | null;
  /**
   * Pooled values by method name (probabilities 0..1; allocations one array; quantities [q5, q50, q95] by
   * "quantile-average" and, in snapshots frozen since it was added, "linear-pool").
   */
  pooled: Record<string, number | number[]>;
  /**
   * The pre-registered rule's verdict: `measure` is the one that decides it (the worst scenario, option
   * or dimension for multi-part questions), `state` is `too-few-answers` below the forum's minimum of
   * respondents or response rate (then `met` is false whatever the spread).
   */
  consensus: ConsensusVerdict;
  responses: SnapshotResponse[];
  /** Breakdown by institution and by country, only for groups with at least `minGroupSize` respondents. */
  groups: { institution: GroupStat[]; country: GroupStat[] };
  // Added for consensus and stability; optional, so snapshots stored before them still read.
  /** Share of answers inside `agreementBand` (percent agreement); null without a band. */
  agreement?: number | null;
  agreementBand?: [number, number] | null;
  /** The RAND/UCLA disagreement test, for ratings on a 1–9 scale only. */
  disagreement?: RandUclaDisagreement | null;
  /**
   * RAND/UCLA, for ratings on a 1–9 scale only (added for issue 15; older snapshots lack it): the classic
   * disagreement rule (at least a third of the panel in each extreme region) and the item's label from its
   * median and the IPRAS test (appropriate / uncertain / inappropriate).
   */
  randUcla?: { classic: ClassicDisagreement; label: Appropriateness } | null;
  /** Rankings: Kendall's W (with ties) over the respondents; null with fewer than 2. */
  kendall?: KendallW | null;
  /** Rankings: the mean rank of each option, in the question's option order (1 = first). */
  meanRanks?: number[] | null;
  /** Change since the previous round that asked the question (paired by pseudonym); null when none. */
  stability?: SnapshotStability | null;
  // Added for proposals and staged panels; optional, so older snapshots still read.
  /** Proposals: statistics and the consensus verdict per rated dimension, in the config's order. */
  dimensions?: DimensionSummary[] | null;
  /** Founding institutions against all respondents; null unless both groups reach the threshold (stages.ts). */
  stages?: StageSummaries | null;
  // Added for readers' charts (issue 18); optional, so older snapshots still read.
  /** Quantities: each answer's [5th, 50th, 95th] percentiles, sorted by the 50th, with no pseudonym. */
  ranges?: [number, number, number][] | null;
  // Added for the uncertainty of pooled values (issue 15); optional, so older snapshots still read.
  /** Bootstrap intervals of every headline number (headline-intervals.ts); null with fewer than 2 answers. */
  intervals?: HeadlineIntervals | null;
};

/** A snapshot as stakeholders may see it: no responses, so no pseudonym and no reason. */
export type PublicSnapshot = Omit<QuestionSnapshot, "responses">;

/**
 * The pooling methods a reader may pick (dashboard switch, results CSV). "geo-odds" is the geometric
 * mean of odds for a yes/no question and, for an allocation, the snapshot's "geo-pool" (the normalised
 * geometric pool of the scenario vectors): `pooledValue` is the one place that maps the names.
 */
export const POOL_METHODS = [
  "median",
  "geo-odds",
  "mean",
  "recency-median",
  "extremized",
  "track-record",
] as const;
export type PoolMethod = (typeof POOL_METHODS)[number];

export const isPoolMethod = (m: unknown): m is PoolMethod => (POOL_METHODS as readonly unknown[]).includes(m);

/**
 * The value `method` gives a stored snapshot: one number for a yes/no question, rating or the like, one
 * per scenario for an allocation ("median" = each scenario's median); null when the snapshot holds none
 * (nobody answered, or a method the snapshot does not store, e.g. a track-record pool not yet derived).
 */
export function pooledValue(
  snapshot: Pick<QuestionSnapshot, "kind" | "pooled" | "perOption">,
  method: PoolMethod,
): number[] | null {
  if (snapshot.kind === "allocation") {
    if (method === "median")
      return snapshot.perOption?.every((o) => o.summary)
        ? snapshot.perOption.map((o) => o.summary!.median)
        : null;
    const v = snapshot.pooled[method === "geo-odds" ? "geo-pool" : method];
    return Array.isArray(v) ? v : null;
  }
  const v = snapshot.pooled[method];
  return typeof v === "number" ? [v] : null;
}

/**
 * The values a reader is shown for a snapshot with `method`: a yes/no question's pooled probability
 * (its median when the snapshot holds no such pool), each scenario's pooled share rescaled to add up
 * to 1 (normaliseShares), and the median of any other kind's per-answer values. The dashboard, the
 * report, shared pages and the summary paragraph all read values through here.
 */
export function shownValues(
  snapshot: Pick<QuestionSnapshot, "kind" | "pooled" | "perOption" | "summary">,
  method: PoolMethod,
): number[] | null {
  const median = snapshot.summary ? [snapshot.summary.median] : null;
  if (snapshot.kind === "binary") return pooledValue(snapshot, method) ?? median;
  if (snapshot.kind === "allocation") return normaliseShares(pooledValue(snapshot, method));
  return median;
}

/**
 * The bootstrap interval of each value `shownValues` gives for `method` (one per scenario for an
 * allocation), or null when the snapshot holds none (older snapshots, fewer than two answers, the
 * track-record pool, rankings).
 */
export function shownIntervals(
  snapshot: Pick<QuestionSnapshot, "kind" | "intervals">,
  method: PoolMethod,
): [number, number][] | null {
  const by = snapshot.intervals?.byMethod;
  if (!by) return null;
  if (snapshot.kind === "binary") return by[method] ?? null;
  if (snapshot.kind === "allocation") return by[method === "geo-odds" ? "geo-pool" : method] ?? null;
  return by.median ?? null;
}

/** One question's spread in one published round: the IQR of its scalar, or of each option. */
export type SpreadPoint = {
  round: number;
  iqr: number | null;
  options: { label: string; iqr: number | null }[] | null;
};

/** A snapshot's spread as stored for the convergence lines: the IQR, and each option's for allocations. */
export type StoredSpread = Omit<SpreadPoint, "round">;

/** The spread of a snapshot (snapshots.spread): what the convergence lines of later rounds read. */
export function spreadOf(s: Pick<QuestionSnapshot, "summary" | "perOption">): StoredSpread {
  return {
    iqr: s.summary?.iqr ?? null,
    options: Array.isArray(s.perOption)
      ? s.perOption.map((o) => ({ label: o.label, iqr: o.summary?.iqr ?? null }))
      : null,
  };
}

/** What a question list shows of a snapshot (snapshots.verdict): its consensus verdict and answer count. */
export type StoredVerdict = Pick<QuestionSnapshot, "consensus" | "n">;

/** The verdict of a snapshot, stored beside it so that lists of questions never parse the statistics. */
export function verdictOf(s: Pick<QuestionSnapshot, "consensus" | "n">): StoredVerdict {
  return { consensus: s.consensus, n: s.n };
}

/** A snapshot without its individual responses (snapshots.public_stats): all any reader is ever sent. */
export function publicSnapshot(s: QuestionSnapshot): PublicSnapshot {
  const { responses: _responses, ...rest } = s;
  return rest;
}

export type SnapshotInput = {
  config: QuestionConfig;
  rule: ConsensusRule;
  eligible: number;
  minGroupSize: number;
  /** Current submitted answers, in submission order (oldest first: the recency pools rely on it). */
  answers: readonly {
    pseudonym: string;
    institution: string | null;
    country: string | null;
    time: string;
    /** True for a respondent of the founding stage (member and institution of stage 1). */
    founding?: boolean;
    value: AnswerValue;
    rationale: string;
  }[];
  /** The previous round's responses and statistics, for stability (computed when a round closes). */
  previous?: PreviousRound | null;
  /** The forum's minimum for a consensus verdict; the defaults (5 respondents, 70%) when absent. */
  minimum?: Partial<ConsensusMinimum> | null;
  /**
   * A Real-Time group view computed on each read: no bootstrap intervals (500 resamples per headline),
   * which only a frozen snapshot stores and only readers' pages show.
   */
  live?: boolean;
};

/**
 * Computes a question's snapshot: n, response rate, median/quartiles/IQR/mean of the per-answer scalar,
 * pooled values by several methods, the pre-registered consensus rule's verdict, anonymised responses
 * sorted by pseudonym, and subgroup medians for groups of at least max(3, minGroupSize).
 */
export function computeQuestionSnapshot(input: SnapshotInput): QuestionSnapshot {
  const core =
    input.config.kind === "proposal" || input.config.kind === "idea"
      ? proposalSnapshot(input)
      : computeCoreSnapshot(input);
  const stages = stagesOf(input);
  return stages === undefined ? core : { ...core, stages };
}

function computeCoreSnapshot(input: SnapshotInput): QuestionSnapshot {
  const { config, answers } = input;
  const n = answers.length;
  const threshold = groupThreshold(input);
  const responses = snapshotResponses(answers);
  const base = {
    kind: config.kind,
    n,
    eligible: input.eligible,
    responseRate: input.eligible > 0 ? n / input.eligible : 0,
    responses,
  };
  if (config.kind === "allocation") {
    const vectors = answers.map((a) => (a.value.kind === "allocation" ? a.value.p : []));
    const perOption = config.scenarios.map((s, i) => ({
      label: s.title,
      summary: n > 0 ? describeSample(vectors.map((v) => v[i] ?? 0)) : null,
      distribution: ascending(vectors.map((v) => v[i] ?? 0)),
    }));
    const forecasts = answers.map((a, i) => ({ expert: a.pseudonym, time: a.time, p: vectors[i] ?? [] }));
    const pooled: Record<string, number[]> = {};
    if (n > 0) {
      for (const method of ["mean", "geo-pool", "recency-median"] as const) {
        pooled[method] = poolAllocations(method, forecasts).value;
      }
    }
    const verdicts = perOption.map((_o, i) =>
      n > 0
        ? evaluateConsensus(
            input.rule,
            vectors.map((v) => v[i] ?? 0),
          )
        : { met: false, measure: Number.NaN },
    );
    return {
      ...base,
      summary: null,
      distribution: [],
      perOption,
      pooled,
      consensus: partsVerdict(input.rule, verdicts, base, input.minimum),
      ...withoutScalarStatistics(),
      kendall: null,
      meanRanks: null,
      stability: null,
      intervals: input.live ? null : headlineIntervals({ kind: "allocation", vectors }),
    };
  }
  if (config.kind === "ranking") return rankingSnapshot(input, base);
  const scalars = answers.map((a) => scalarOf(a.value));
  const summary = n > 0 ? describeSample(scalars) : null;
  const pooled: Record<string, number | number[]> = {};
  if (n > 0 && config.kind === "binary") {
    const forecasts = answers.map((a, i) => ({ expert: a.pseudonym, time: a.time, p: scalars[i] as number }));
    for (const method of ["median", "mean", "geo-odds", "recency-median", "extremized"] as const) {
      pooled[method] = poolProbabilities(method, forecasts).value;
    }
  }
  let ranges: [number, number, number][] | null = null;
  if (n > 0 && config.kind === "quantity") {
    const qs = answers.map((a) => (a.value.kind === "quantity" ? a.value.q : [0, 0, 0]));
    const pool = {
      levels: config.levels ?? QUANTITY_LEVELS,
      forecasts: qs.map((q, i) => ({ expert: String(i), q })),
    };
    pooled["quantile-average"] = poolQuantiles("quantile-average", pool).value;
    ranges = qs
      .map((q): [number, number, number] => [q[0] ?? 0, q[1] ?? 0, q[2] ?? 0])
      .sort((a, b) => a[1] - b[1] || a[0] - b[0] || a[2] - b[2]);
    // The mixture of the experts' piecewise-linear distributions (Cooke's 10% tails), read at the same
    // levels: wider than the average when experts disagree. Snapshots frozen before it lack the key.
    pooled["linear-pool"] = poolQuantiles("linear-pool", pool).value;
  }
  if (n > 0 && config.kind === "rating") pooled.median = summary?.median ?? Number.NaN;
  const verdict = n > 0 ? evaluateConsensus(input.rule, scalars) : null;
  const band = agreementBand(config, input.rule, summary?.median ?? null);
  let agreement: number | null = null;
  let disagreement: RandUclaDisagreement | null = null;
  let randUcla: QuestionSnapshot["randUcla"] = null;
  if (n > 0 && config.kind === "rating") {
    const r = summariseRatings({
      scale: [config.min, config.max],
      band: band ?? [config.min, config.max],
      ratings: scalars,
    });
    agreement = band ? r.agreement : null;
    disagreement = r.disagreement;
    if (r.disagreement)
      randUcla = {
        classic: classicDisagreement(scalars, config.min, config.max),
        label: appropriatenessOf(scalars, r.disagreement.disagree, config.min, config.max),
      };
  } else if (n > 0 && band) {
    agreement = scalars.filter((v) => v >= band[0] && v <= band[1]).length / n;
  }
  const consensus = consensusVerdict(
    input.rule,
    verdict?.met ?? false,
    verdict ? verdict.measure : null,
    base,
    input.minimum,
  );
  return {
    ...base,
    summary,
    distribution: ascending(scalars),
    perOption: null,
    pooled,
    // Like the consensus verdict, the RAND/UCLA label needs the forum's minimum of answers.
    ...(config.kind === "rating"
      ? { randUcla: consensus.state === "too-few-answers" ? null : randUcla }
      : {}),
    intervals: input.live
      ? null
      : config.kind === "binary"
        ? headlineIntervals({ kind: "binary", ps: scalars })
        : config.kind === "quantity" || config.kind === "rating"
          ? headlineIntervals({ kind: "scalar", values: scalars })
          : null,
    consensus,
    groups: disclosableGroups(
      {
        institution: groupMedians(answers, scalars, (a) => a.institution, threshold),
        country: groupMedians(answers, scalars, (a) => a.country, threshold),
      },
      n,
      threshold,
      new Map(answers.filter((a) => a.institution !== null).map((a) => [a.institution as string, a.country])),
    ),
    agreement,
    agreementBand: band ? [band[0], band[1]] : null,
    disagreement,
    kendall: null,
    meanRanks: null,
    stability: input.previous && n > 0 ? computeStability(config, input.previous, responses, null) : null,
    ...(config.kind === "quantity" ? { ranges } : {}),
  };
}

/**
 * Rankings: per option the statistics of its ranks (in `perOption`), the mean rank of each option,
 * Kendall's W with ties, and the rule's verdict (W for `kendall-at-least`, otherwise the rule on each
 * option's ranks, all options must meet it).
 */
function rankingSnapshot(
  input: SnapshotInput,
  base: Pick<QuestionSnapshot, "kind" | "n" | "eligible" | "responseRate" | "responses">,
): QuestionSnapshot {
  const config = input.config as Extract<QuestionConfig, { kind: "ranking" }>;
  const n = input.answers.length;
  const rows = input.answers.map((a) => (a.value.kind === "ranking" ? a.value.ranks : []));
  const perOption = config.options.map((label, i) => ({
    label,
    summary: n > 0 ? describeSample(rows.map((r) => r[i] ?? 0)) : null,
    distribution: ascending(rows.map((r) => r[i] ?? 0)),
  }));
  const meanRanks = n > 0 ? perOption.map((o) => o.summary?.mean ?? Number.NaN) : null;
  const kendall = n >= 2 && config.options.length >= 2 ? kendallW(rows) : null;
  let consensus: QuestionSnapshot["consensus"];
  if (input.rule.kind === "kendall-at-least") {
    const v = n >= 2 ? evaluateRankingConsensus(input.rule, rows) : null;
    consensus = consensusVerdict(input.rule, v?.met ?? false, v?.measure ?? null, base, input.minimum);
  } else {
    const verdicts =
      n > 0
        ? perOption.map((_o, i) =>
            evaluateConsensus(
              input.rule,
              rows.map((r) => r[i] ?? 0),
            ),
          )
        : [];
    consensus = partsVerdict(input.rule, verdicts, base, input.minimum);
  }
  return {
    ...base,
    summary: null,
    distribution: [],
    perOption,
    pooled: meanRanks ? { "mean-rank": meanRanks } : {},
    consensus,
    ...withoutScalarStatistics(),
    kendall,
    meanRanks,
    stability:
      input.previous && n > 0
        ? computeStability(config, input.previous, base.responses, kendall?.W ?? null)
        : null,
  };
}

/** The part of a stored snapshot the next round's stability needs. */
export function previousRoundOf(roundNumber: number, s: QuestionSnapshot): PreviousRound {
  return {
    roundNumber,
    responses: s.responses,
    agreementBand: s.agreementBand ?? null,
    q1: s.summary?.q1 ?? null,
    q3: s.summary?.q3 ?? null,
    W: s.kendall?.W ?? null,
  };
}

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

function groupMedians<A>(
  answers: readonly A[],
  scalars: readonly number[],
  key: (a: A) => string | null,
  threshold: number,
): GroupStat[] {
  const groups = new Map<string, number[]>();
  answers.forEach((a, i) => {
    const k = key(a);
    if (k === null) return;
    const list = groups.get(k) ?? [];
    list.push(scalars[i] as number);
    groups.set(k, list);
  });
  return [...groups.entries()]
    .filter(([, values]) => values.length >= threshold)
    .map(([name, values]) => ({ name, n: values.length, median: describeSample(values).median }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
