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
  const { items } = study.input;
  const perItem = answers.map((quantiles, j) => {
    if (quantiles === null) return null;
    const item = items[j]!;
    const background = quantiles.map((q) => toBackground(q, item.scale));
    return itemInformation(background, study.ranges[j]!, study.p);
  });
  const counts = study.p.map(() => 0);
  let seedSum = 0;
  let seedCount = 0;
  for (const j of study.seeds) {
    const quantiles = answers[j];
    if (!quantiles) continue;
    const bin = seedBin(quantiles, items[j]!.realisation as number);
    counts[bin] = (counts[bin] as number) + 1;
    seedSum += perItem[j] as number;
    seedCount++;
  }
  let allSum = 0;
  let allCount = 0;
  for (const info of perItem) {
    if (info === null) continue;
    allSum += info;
    allCount++;
  }
  return {
    calibration: calibrationScore(counts, study.p, study.nMin, study.calpower),
    informationAll: allSum / allCount,
    informationSeeds: seedSum / seedCount,
    itemInformation: perItem,
  };
}
