import { decisionMakerQuantiles, type ItemGrid, itemGrids, itemQuantiles } from "./decision-maker.js";
import { type AssessorScore, scoreAssessor, seedScore } from "./score-assessor.js";
import { buildStudy, type Study } from "./study.js";
import type { CookeInput, CookeOptions, CookeResult } from "./types.js";
import { validateCookeInput } from "./validate.js";
import {
  globalWeights,
  itemWeightRow,
  itemWeights,
  normaliseWeights,
  spreadWeightRow,
  weightsPerItem,
} from "./weights.js";

/** Default k of the intrinsic range (Cooke 1991; EXCALIBUR and anduryl default). */
export const DEFAULT_OVERSHOOT = 0.1;
/** Default calibration power: the χ² statistic as Cooke defines it (anduryl default). */
export const DEFAULT_CALPOWER = 1;

type Candidate = {
  readonly alpha: number;
  readonly reported: number[] | null;
  /** weights[item][expert] with which the DM mixes each item (null: no weighted expert answered it). */
  readonly perItem: (number[] | null)[];
  readonly quantiles: (number[] | null)[];
  readonly score: AssessorScore;
};

/**
 * Cooke's Classical Model (Cooke 1991, *Experts in Uncertainty*, ch. 12; conventions of the TU
 * Delft database and anduryl, grongen/anduryl `core/calculate.py`, `core/experts.py`).
 *
 * 1. Score each expert: calibration Cal = 1 − F_χ²(K)(2·N·calpower·Σ s_b ln(s_b/p_b)) with s the
 *    shares of seed realisations in the expert's inter-quantile bins (a realisation equal to a
 *    quantile falls in the lower bin) and N the smallest number of seeds any expert answered;
 *    information I_j = ln(U*−L*) + Σ_b p_b ln(p_b/(q_b − q_{b−1})) on the intrinsic range
 *    [L − k(U−L), U + k(U−L)] of all quantiles and the realisation (on ln x for `log` items),
 *    averaged over the seeds (`informationSeeds`) and over all items (`informationAll`).
 * 2. Weigh: `global` w_e ∝ Cal·InfoSeeds·𝟙[Cal ≥ α]; `item` w_{e,j} ∝ Cal·I_j·𝟙[Cal ≥ α] per item;
 *    `equal` 1/E; `user` the given weights normalised. On each item, experts who did not answer
 *    drop out and the rest are renormalised; an item that no weighted expert answered is left
 *    unanswered by the DM (null quantiles, skipped in its scores like any unanswered item).
 * 3. The decision maker (DM) is the weighted mixture of the experts' piecewise-linear CDFs (on the
 *    background scale), read off at the quantile levels, and scored like an expert on the same
 *    ranges and the same N.
 * 4. `alpha: "optimise"` (global and item weights) tries each expert's calibration as α and keeps
 *    the DM with the largest Cal·InfoSeeds·𝟙[Cal_DM ≥ α] (anduryl's rule: the DM must pass the α
 *    it was built with), the smallest such α on ties.
 *
 * Never mutates `input`.
 *
 * @throws RangeError for invalid input or options (message starts with the function's name), and
 *   when α excludes every expert.
 * @throws TypeError when the input has the wrong shape.
 */
export function classicalModel(input: CookeInput, options: CookeOptions): CookeResult {
  validateCookeInput(input, "classicalModel");
  const { weights: kind, alpha } = options;
  if (!["global", "item", "equal", "user"].includes(kind))
    throw new RangeError(`classicalModel: unknown weights "${String(kind)}"`);
  if (alpha !== "optimise" && (typeof alpha !== "number" || !(alpha >= 0) || !(alpha <= 1)))
    throw new RangeError(
      `classicalModel: alpha must be a number in [0, 1] or "optimise", got ${String(alpha)}`,
    );
  const study = buildStudy(
    input,
    options.overshoot ?? DEFAULT_OVERSHOOT,
    options.calpower ?? DEFAULT_CALPOWER,
  );
  const scores = input.assessments.map((row) => scoreAssessor(row, study));
  const grids = itemGrids(study);

  let best: Candidate;
  if (kind === "equal" || kind === "user") {
    if (alpha === "optimise")
      throw new RangeError(`classicalModel: alpha "optimise" applies to global and item weights only`);
    const fixed =
      kind === "equal" ? scores.map(() => 1 / scores.length) : userWeights(options, scores.length);
    best = candidate(
      alpha,
      fixed,
      weightsPerItem(fixed, input.assessments, input.items.length),
      grids,
      study,
    );
  } else if (alpha === "optimise") {
    // Each α's candidate is scored on the seed items alone (all its calibration and informationSeeds
    // read), and only the winner is built on every item.
    const alphas = [...new Set(scores.map((s) => s.calibration))].sort((a, b) => a - b);
    const seedDm = seedDecisionMaker(study);
    let bestAlpha = alphas[0] as number;
    let bestValue = optimisationValue(
      bestAlpha,
      seedCandidate(kind, bestAlpha, scores, grids, study, seedDm),
    );
    for (let c = 1; c < alphas.length; c++) {
      const a = alphas[c] as number;
      const value = optimisationValue(a, seedCandidate(kind, a, scores, grids, study, seedDm));
      if (value > bestValue) [bestAlpha, bestValue] = [a, value];
    }
    best = performanceCandidate(kind, bestAlpha, scores, grids, study);
  } else {
    const highest = Math.max(...scores.map((s) => s.calibration));
    if (alpha > highest)
      throw new RangeError(
        `classicalModel: alpha ${alpha} excludes every expert (the highest calibration is ${highest})`,
      );
    best = performanceCandidate(kind, alpha, scores, grids, study);
  }

  const { score } = best;
  return {
    quantileLevels: [...input.quantileLevels],
    seedCount: study.seeds.length,
    alpha: best.alpha,
    experts: input.experts.map((expert, e) => ({
      id: expert.id,
      calibration: scores[e]!.calibration,
      informationAll: scores[e]!.informationAll,
      informationSeeds: scores[e]!.informationSeeds,
      weight: best.reported === null ? null : (best.reported[e] as number),
    })),
    decisionMaker: {
      calibration: score.calibration,
      informationAll: score.informationAll,
      informationSeeds: score.informationSeeds,
      items: Object.fromEntries(input.items.map((item, j) => [item.id, best.quantiles[j] ?? null])),
    },
    // Item weights differ per item: each item's normalised weights, expert by expert.
    ...(kind === "item"
      ? {
          itemWeights: Object.fromEntries(input.items.map((item, j) => [item.id, best.perItem[j] ?? null])),
        }
      : {}),
  };
}

function userWeights(options: CookeOptions, count: number): number[] {
  const given = options.userWeights;
  if (!Array.isArray(given) || given.length !== count)
    throw new RangeError(`classicalModel: user weights need one weight per expert (${count})`);
  return normaliseWeights(given, "classicalModel (user weights)");
}

/** The performance weights of α on each item (null rows: no weighted expert answered the item). */
function performanceWeights(
  kind: "global" | "item",
  alpha: number,
  scores: readonly AssessorScore[],
  study: Study,
): { reported: number[] | null; perItem: (number[] | null)[] } {
  const count = study.input.items.length;
  if (kind === "item") return { reported: null, perItem: itemWeights(scores, alpha, count) };
  const weights = globalWeights(scores, alpha);
  return { reported: weights, perItem: weightsPerItem(weights, study.input.assessments, count) };
}

/**
 * Memory the α optimisation's candidates are built in, one after another: a weight row, each seed's
 * quantiles, and the answers seedScore reads (the seeds' quantiles or null, every other item null).
 */
type SeedDecisionMaker = {
  readonly row: number[];
  readonly quantiles: number[][];
  readonly answers: (number[] | null)[];
};

function seedDecisionMaker(study: Study): SeedDecisionMaker {
  const { experts, items, quantileLevels } = study.input;
  return {
    row: new Array<number>(experts.length),
    quantiles: items.map(() => new Array<number>(quantileLevels.length)),
    answers: items.map(() => null),
  };
}

/**
 * The calibration and seed information of α's decision maker, built on the seed items only: the same
 * weights, quantiles and scores as performanceCandidate gives on those items.
 */
function seedCandidate(
  kind: "global" | "item",
  alpha: number,
  scores: readonly AssessorScore[],
  grids: readonly ItemGrid[],
  study: Study,
  dm: SeedDecisionMaker,
): { calibration: number; informationSeeds: number } {
  const { assessments, items, quantileLevels } = study.input;
  const weights = kind === "global" ? globalWeights(scores, alpha) : null;
  // Global weights spread over the same experts give the same row: most seeds share one.
  let rowOf = -1;
  let answered = false;
  for (let s = 0; s < study.seeds.length; s++) {
    const j = study.seeds[s] as number;
    if (!weights) answered = itemWeightRow(scores, alpha, j, dm.row);
    else if (rowOf < 0 || !sameExperts(grids[rowOf]!.answered, grids[j]!.answered)) {
      answered = spreadWeightRow(weights, assessments, j, dm.row);
      rowOf = j;
    }
    dm.answers[j] = answered
      ? itemQuantiles(grids[j]!, dm.row, quantileLevels, items[j]!.scale, dm.quantiles[j]!)
      : null;
  }
  return seedScore(dm.answers, study);
}

/** Whether the same experts answered two items. */
function sameExperts(a: readonly boolean[], b: readonly boolean[]): boolean {
  for (let e = 0; e < a.length; e++) if (a[e] !== b[e]) return false;
  return true;
}

function performanceCandidate(
  kind: "global" | "item",
  alpha: number,
  scores: readonly AssessorScore[],
  grids: readonly ItemGrid[],
  study: Study,
): Candidate {
  const { reported, perItem } = performanceWeights(kind, alpha, scores, study);
  return candidate(alpha, reported, perItem, grids, study);
}

function candidate(
  alpha: number,
  reported: number[] | null,
  perItem: (number[] | null)[],
  grids: readonly ItemGrid[],
  study: Study,
): Candidate {
  const quantiles = decisionMakerQuantiles(grids, perItem, study);
  return { alpha, reported, perItem, quantiles, score: scoreAssessor(quantiles, study) };
}

/** What α optimisation maximises: Cal · InfoSeeds of the DM built with α, 0 unless Cal ≥ α. */
function optimisationValue(alpha: number, score: { calibration: number; informationSeeds: number }): number {
  return score.calibration >= alpha ? score.calibration * score.informationSeeds : 0;
}
