/**
 * Scores the forecasts on a resolved question, per expert, time-averaged (ANALYSIS-CLI.md `score`).
 *
 * Standing time: each forecast stands from its `time` until the same expert's next forecast or the scheduled
 * close, clipped to the window [opens, closes]; a forecast made before `opens` stands from `opens`, one at or
 * after `closes` never stands. Two forecasts by one expert at the same instant: the later in the input wins.
 *
 * With f the forecast as a probability vector (binary: [1 − p, p]) and o the outcome's one-hot vector:
 * - `brier`: (p − o)², binary only, 0..1 (one-sided);
 * - `brier2`: Σₖ (fₖ − oₖ)², 0..2 (Good Judgment Open); for an `ordered` categorical question the mean over
 *   the K − 1 cumulative splits {1..m | m+1..K} of the two-sided binary Brier 2(Fₘ − Oₘ)² (GJ's ordered
 *   categorical rule, = 2·RPS; forecasting.md §2.1, §4);
 * - `log`: ln f_outcome;
 *   these three are averaged over the time the expert had a standing forecast (score null when none);
 * - `baseline`: 100·ln(f_outcome·K)/ln K (Metaculus; binary 100·(log₂ p + 1));
 * - `peer`: at each instant with n ≥ 2 standing forecasts, 100·(ln pᵢ − mean_{j≠i} ln pⱼ) = 100·ln(pᵢ / GM of the
 *   others), 0 while nobody else has a standing forecast (Metaculus `evaluate_forecasts_peer_accuracy`);
 *   these two are integrated over the whole window and divided by its length, so time without a forecast
 *   counts as 0 (forecasting.md §1.5).
 * `coverage` is the share of the window during which the expert had a standing forecast.
 * A probability of 0 on the outcome gives −∞ for `log`, `baseline` and `peer` (they are unbounded below).
 *
 * @example scoreForecasts("baseline", { kind: "binary", opens: "2026-01-01T00:00:00Z", closes: "2026-01-11T00:00:00Z",
 *   outcome: 1, forecasts: [{ expert: "a", time: "2026-01-06T00:00:00Z", p: 0.9 }] })
 * // [{ expert: "a", score: 42.39984533…, coverage: 0.5 }] (Metaculus test_score_math: 84.79969066 / 2)
 * @throws {TypeError} on an unknown rule, `brier` on a categorical question, or a malformed field
 * @throws {RangeError} on a bad time, closes ≤ opens, p outside [0, 1], a bad outcome, or vectors of the
 *   wrong length or not summing to 1
 */

import { parseTime } from "../aggregation/latest-forecasts.js";
import { checkAllocations } from "../aggregation/pool-allocations.js";
import { checkProbability } from "../stats/check.js";

export const SCORING_RULES = ["brier", "brier2", "log", "baseline", "peer"] as const;
export type ScoringRule = (typeof SCORING_RULES)[number];

export type ScoredBinaryQuestion = {
  readonly kind: "binary";
  readonly opens: string;
  readonly closes: string;
  readonly outcome: 0 | 1;
  readonly forecasts: readonly { readonly expert: string; readonly time: string; readonly p: number }[];
};
export type ScoredCategoricalQuestion = {
  readonly kind: "categorical";
  readonly options?: readonly string[];
  readonly ordered?: boolean;
  readonly opens: string;
  readonly closes: string;
  /** Index of the option that happened. */
  readonly outcome: number;
  readonly forecasts: readonly {
    readonly expert: string;
    readonly time: string;
    readonly p: readonly number[];
  }[];
};
export type ScoredQuestion = ScoredBinaryQuestion | ScoredCategoricalQuestion;
export type ExpertScore = { expert: string; score: number | null; coverage: number };

const FN = "scoreForecasts";

export type Standing = { start: number; end: number; f: readonly number[] };

export function scoreForecasts(rule: ScoringRule, question: ScoredQuestion): ExpertScore[] {
  if (!(SCORING_RULES as readonly string[]).includes(rule))
    throw new TypeError(`${FN}: unknown rule "${String(rule)}"; expected one of ${SCORING_RULES.join(", ")}`);
  if (typeof question !== "object" || question === null)
    throw new TypeError(`${FN}: question must be an object`);
  const { vectors, K, outcome, ordered } = readQuestion(question);
  if (rule === "brier" && question.kind !== "binary")
    throw new TypeError(
      `${FN}: rule brier is one-sided and binary only; use brier2 for a categorical question`,
    );
  const T0 = parseTime(FN, question.opens, "opens");
  const T1 = parseTime(FN, question.closes, "closes");
  if (!(T1 > T0)) throw new RangeError(`${FN}: closes must be after opens`);
  const window = T1 - T0;
  const standing = standingForecasts(question.forecasts, vectors, T0, T1);

  if (rule === "peer") return peerScores(standing, outcome, T0, T1);
  const single = SINGLE[rule];
  return [...standing].map(([expert, spans]) => {
    let covered = 0;
    let integral = 0;
    for (const s of spans) {
      covered += s.end - s.start;
      integral += single(s.f, outcome, K, ordered) * (s.end - s.start);
    }
    const coverage = covered / window;
    if (rule === "baseline") return { expert, score: integral / window, coverage };
    return { expert, score: covered > 0 ? integral / covered : null, coverage };
  });
}

type Single = (f: readonly number[], outcome: number, K: number, ordered: boolean) => number;

const SINGLE: Record<Exclude<ScoringRule, "peer">, Single> = {
  brier: (f, o) => ((f[1] as number) - o) ** 2,
  brier2: (f, o, K, ordered) => {
    if (!ordered || K === 2) return f.reduce((s, fk, k) => s + (fk - (k === o ? 1 : 0)) ** 2, 0);
    let total = 0;
    let F = 0;
    for (let m = 0; m < K - 1; m++) {
      F += f[m] as number;
      total += 2 * (F - (o <= m ? 1 : 0)) ** 2;
    }
    return total / (K - 1);
  },
  log: (f, o) => Math.log(f[o] as number),
  baseline: (f, o, K) => (100 * Math.log((f[o] as number) * K)) / Math.log(K),
};

function readQuestion(question: ScoredQuestion): {
  vectors: (readonly number[])[];
  K: number;
  outcome: number;
  ordered: boolean;
} {
  const forecasts: unknown = question.forecasts;
  if (!Array.isArray(forecasts)) throw new TypeError(`${FN}: forecasts must be an array`);
  if (forecasts.length === 0) throw new RangeError(`${FN}: forecasts must not be empty`);
  forecasts.forEach((f: unknown, i) => {
    if (typeof f !== "object" || f === null) throw new TypeError(`${FN}: forecasts[${i}] must be an object`);
    if (typeof (f as { expert?: unknown }).expert !== "string")
      throw new TypeError(`${FN}: forecasts[${i}].expert must be a string`);
  });
  if (question.kind === "binary") {
    if (question.outcome !== 0 && question.outcome !== 1)
      throw new RangeError(`${FN}: outcome must be 0 or 1`);
    const vectors = question.forecasts.map((f, i) => {
      checkProbability(FN, f.p, `forecasts[${i}].p`);
      return [1 - f.p, f.p];
    });
    return { vectors, K: 2, outcome: question.outcome, ordered: false };
  }
  if (question.kind !== "categorical") throw new TypeError(`${FN}: kind must be "binary" or "categorical"`);
  const rows = question.forecasts.map((f) => f.p);
  checkAllocations(
    FN,
    rows,
    rows.map((_, i) => `forecasts[${i}].p`),
  );
  const K = (rows[0] as readonly number[]).length;
  if (question.options !== undefined && question.options.length !== K)
    throw new RangeError(`${FN}: ${question.options.length} options but forecasts have ${K} probabilities`);
  const o = question.outcome;
  if (!Number.isInteger(o) || o < 0 || o >= K)
    throw new RangeError(`${FN}: outcome must be an option index in 0..${K - 1}`);
  return { vectors: rows, K, outcome: o, ordered: question.ordered === true };
}

/**
 * Per expert (in order of first appearance), the spans during which each of their forecasts stands
 * (the rule in this module's comment); `vectors[i]` is what forecast i says. Shared with quantity scoring.
 */
export function standingForecasts(
  forecasts: readonly { readonly expert: string; readonly time: string }[],
  vectors: readonly (readonly number[])[],
  T0: number,
  T1: number,
  fn = FN,
): Map<string, Standing[]> {
  const times = forecasts.map((f, i) => parseTime(fn, f.time, `forecasts[${i}].time`));
  const byExpert = new Map<string, number[]>();
  forecasts.forEach((f, i) => {
    const list = byExpert.get(f.expert) ?? [];
    list.push(i);
    byExpert.set(f.expert, list);
  });
  const result = new Map<string, Standing[]>();
  for (const [expert, indices] of byExpert) {
    indices.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
    const spans: Standing[] = [];
    indices.forEach((idx, k) => {
      const next = indices[k + 1];
      const start = Math.max(times[idx] as number, T0);
      const end = Math.min(next === undefined ? T1 : (times[next] as number), T1);
      if (end > start) spans.push({ start, end, f: vectors[idx] as readonly number[] });
    });
    result.set(expert, spans);
  }
  return result;
}

function peerScores(
  standing: Map<string, Standing[]>,
  outcome: number,
  T0: number,
  T1: number,
): ExpertScore[] {
  const experts = [...standing.keys()];
  const points = new Set<number>([T0, T1]);
  for (const spans of standing.values()) for (const s of spans) points.add(s.start).add(s.end);
  const cuts = [...points].sort((a, b) => a - b);
  const integral = new Map<string, number>(experts.map((e) => [e, 0]));
  const cursor = new Map<string, number>(experts.map((e) => [e, 0]));
  for (let c = 0; c + 1 < cuts.length; c++) {
    const a = cuts[c] as number;
    const b = cuts[c + 1] as number;
    const active: { expert: string; lnP: number }[] = [];
    for (const e of experts) {
      const spans = standing.get(e) as Standing[];
      let k = cursor.get(e) as number;
      while (k < spans.length && (spans[k] as Standing).end <= a) k++;
      cursor.set(e, k);
      const s = spans[k];
      if (s !== undefined && s.start <= a) active.push({ expert: e, lnP: Math.log(s.f[outcome] as number) });
    }
    const n = active.length;
    if (n < 2) continue;
    const total = active.reduce((sum, x) => sum + x.lnP, 0);
    for (const x of active) {
      const othersMean = (total - x.lnP) / (n - 1);
      integral.set(x.expert, (integral.get(x.expert) as number) + 100 * (x.lnP - othersMean) * (b - a));
    }
  }
  const window = T1 - T0;
  return experts.map((expert) => ({
    expert,
    score: (integral.get(expert) as number) / window,
    coverage: (standing.get(expert) as Standing[]).reduce((s, x) => s + x.end - x.start, 0) / window,
  }));
}
