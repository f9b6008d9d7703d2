import { toBackground } from "./background.js";
import { calibrationScore, seedBin } from "./calibration.js";
import { itemInformation } from "./information.js";
import type { Study } from "./study.js";
import type { ExpertScore } from "./types.js";

export type AssessorScore = ExpertScore & {
  /** Information per item (null where unanswered). */
  readonly itemInformation: readonly (number | null)[];
};

/**
 * Scores one assessor (an expert or the decision maker) on a study, Cooke 1991 §12:
 * calibration from the bins its seed answers put the realisations in (N = the study's nMin),
 * information per item on the item's intrinsic range, `informationSeeds` = mean over answered
 * seed items, `informationAll` = mean over all answered items.
 *
 * @param answers the assessor's K quantiles per item, on the original scale, or null
 */
export function scoreAssessor(answers: readonly (readonly number[] | null)[], study: Study): AssessorScore {
  const perItem = new Array<number | null>(answers.length);
  let allSum = 0;
  let allCount = 0;
  for (let j = 0; j < answers.length; j++) {
    const quantiles = answers[j] as readonly number[] | null;
    if (quantiles === null) {
      perItem[j] = null;
      continue;
    }
    const info = informationOn(quantiles, j, study);
    perItem[j] = info;
    allSum += info;
    allCount++;
  }
  const { calibration, informationSeeds } = seedScore(answers, study, perItem);
  return { calibration, informationSeeds, informationAll: allSum / allCount, itemInformation: perItem };
}

/**
 * What the α optimisation needs of a candidate decision maker: its calibration and its mean information
 * over the seeds, which read the seed items' answers only (so a candidate need not be built on the
 * other items). `information[j]`, when given, is the assessor's information on seed item j (scoreAssessor
 * passes what it computed, the same numbers bit for bit).
 */
export function seedScore(
  answers: readonly (readonly number[] | null)[],
  study: Study,
  information?: readonly (number | null)[],
): { calibration: number; informationSeeds: number } {
  const { items } = study.input;
  const counts = countsOf(study.p.length);
  let seedSum = 0;
  let seedCount = 0;
  for (let s = 0; s < study.seeds.length; s++) {
    const j = study.seeds[s] as number;
    const quantiles = answers[j];
    if (!quantiles) continue;
    const bin = seedBin(quantiles, items[j]!.realisation as number);
    counts[bin] = (counts[bin] as number) + 1;
    seedSum += information ? (information[j] as number) : informationOn(quantiles, j, study);
    seedCount++;
  }
  return {
    calibration: calibrationScore(counts, study.p, study.nMin, study.calpower),
    informationSeeds: seedSum / seedCount,
  };
}

/**
 * Scratch kept between calls (a score is read off before the next one starts): the bin counts and a
 * `log` item's quantiles on ln x. Thousands of scores make up one model run.
 */
let counts = new Array<number>(0);
let background = new Float64Array(0);

/** The bin counts scratch, zeroed, with one count per bin. */
function countsOf(bins: number): number[] {
  if (counts.length !== bins) counts = new Array<number>(bins);
  return counts.fill(0);
}

function informationOn(quantiles: readonly number[], j: number, study: Study): number {
  const scale = study.input.items[j]!.scale;
  // On `uni` items the background scale is the values themselves.
  if (scale === "uni") return itemInformation(quantiles, study.ranges[j]!, study.p, study.logWidths[j]);
  if (background.length !== quantiles.length) background = new Float64Array(quantiles.length);
  for (let b = 0; b < quantiles.length; b++) background[b] = toBackground(quantiles[b] as number, scale);
  return itemInformation(background, study.ranges[j]!, study.p, study.logWidths[j]);
}
