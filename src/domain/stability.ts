/**
 * Agreement bands and round-to-round stability for a question's snapshot. Pure: the numbers come from
 * the consensus engine (summariseRatings, stabilityBetweenRounds, kendallW).
 */
import type { Band } from "./consensus/band.js";
import type { ConsensusRule } from "./consensus/index.js";
import { stabilityBetweenRounds } from "./consensus/index.js";
import {
  type McNemar,
  mcnemar,
  type WilcoxonSignedRank,
  wilcoxonSignedRank,
} from "./consensus/paired-tests.js";
import { ratingRegions, regionBand, regionOf } from "./consensus/rating-regions.js";
import type { AnswerValue, QuestionConfig } from "./questions.js";
import { scalarOf } from "./questions.js";

export type SnapshotStability = {
  /** The round compared with. */
  previousRound: number;
  /** Experts who answered in both rounds. */
  n: number;
  /** Share of those experts whose answer moved between below / inside / above `band`; null when undefined. */
  changed: number | null;
  /** The band the categories refer to (rule band, rating region, or the previous round's IQR). */
  band: [number, number] | null;
  /** IQR(this round) − IQR(previous), same experts; negative = converging. Null for allocations and rankings. */
  iqrChange: number | null;
  cvChange: number | null;
  /** Rankings: W(this round) − W(previous round), all respondents. */
  wChange: number | null;
  // Added for paired tests (issue 15); optional, so older snapshots still read.
  /**
   * Did the panel move? Wilcoxon's signed-rank test on the paired answers (probabilities, ratings, the
   * medians of quantities); null for allocations and rankings.
   */
  wilcoxon?: WilcoxonSignedRank | null;
  /**
   * Yes/no questions: McNemar's test on the paired leanings (above 50% = leans yes), the test Kalaian &
   * Kasim 2012 recommend for binary shifts; null for other kinds.
   */
  mcnemar?: McNemar | null;
};

export type PreviousRound = {
  roundNumber: number;
  responses: readonly { pseudonym: string; value: AnswerValue }[];
  /** The previous snapshot's agreement band and quartiles (for the category band) and W. */
  agreementBand?: [number, number] | null;
  q1?: number | null;
  q3?: number | null;
  W?: number | null;
};

/**
 * The band "agreement" counts answers in: the rule's band for `share-in-band` rules; for ratings under
 * an IQR rule, the RAND/UCLA region holding the median (1–3, 4–6, 7–9 on a 1–9 scale, halves treated
 * symmetrically: a median of 3.5 or 6.5 is in 4–6; consensus/rating-regions.ts gives the convention and
 * its source); otherwise none.
 */
export function agreementBand(
  config: QuestionConfig,
  rule: ConsensusRule,
  median: number | null,
): Band | null {
  if (rule.kind === "share-in-band") return [rule.low, rule.high];
  if (config.kind !== "rating" || median === null) return null;
  return regionBand(regionOf(median, ratingRegions(config.min, config.max)), config.min, config.max);
}

/**
 * Stability between the previous round and this one for a scalar question (binary, quantity, rating),
 * paired by pseudonym: the share changing category relative to the previous round's band (its agreement
 * band when it had one, else its interquartile range) and the IQR and CV change. Rankings report the
 * change of Kendall's W. Allocations and rounds without a common expert give null.
 */
export function computeStability(
  config: QuestionConfig,
  previous: PreviousRound,
  current: readonly { pseudonym: string; value: AnswerValue }[],
  currentW: number | null,
): SnapshotStability | null {
  const prevBy = new Set(previous.responses.map((r) => r.pseudonym));
  const paired = current.filter((r) => prevBy.has(r.pseudonym)).length;
  if (config.kind === "ranking") {
    return {
      previousRound: previous.roundNumber,
      n: paired,
      changed: null,
      band: null,
      iqrChange: null,
      cvChange: null,
      wChange:
        currentW !== null && previous.W !== null && previous.W !== undefined ? currentW - previous.W : null,
    };
  }
  if (config.kind === "allocation" || paired === 0) return null;
  const band: Band | null =
    previous.agreementBand ??
    (previous.q1 !== null && previous.q1 !== undefined && previous.q3 !== null && previous.q3 !== undefined
      ? [previous.q1, previous.q3]
      : null);
  const toValues = (rs: readonly { pseudonym: string; value: AnswerValue }[]) =>
    rs.map((r) => ({ expert: r.pseudonym, value: scalarOf(r.value) }));
  const s = stabilityBetweenRounds(toValues(previous.responses), toValues(current), band ?? [0, 0]);
  const before = new Map(previous.responses.map((r) => [r.pseudonym, scalarOf(r.value)]));
  const pairs = current
    .filter((r) => before.has(r.pseudonym))
    .map((r) => [before.get(r.pseudonym) as number, scalarOf(r.value)] as const);
  const leans = (p: number) => (p > 0.5 ? 1 : 0);
  return {
    previousRound: previous.roundNumber,
    n: s.n,
    changed: band ? s.changed : null,
    band: band ? [band[0], band[1]] : null,
    iqrChange: s.iqrChange,
    cvChange: s.cvChange,
    wChange: null,
    wilcoxon: wilcoxonSignedRank(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    ),
    mcnemar:
      config.kind === "binary"
        ? mcnemar(
            pairs.map((p) => leans(p[0])),
            pairs.map((p) => leans(p[1])),
          )
        : null,
  };
}
