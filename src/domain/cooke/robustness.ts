import { classicalModel } from "./classical-model.js";
import type { CookeInput, CookeOptions } from "./types.js";

export type RobustnessRow = {
  /** The id of the item or expert left out; null for the full study (the reference row). */
  readonly removed: string | null;
  /** The decision maker's scores without it; null when the model cannot run (e.g. α excludes everyone). */
  readonly calibration: number | null;
  readonly informationAll: number | null;
  readonly informationSeeds: number | null;
  /** Cal · InfoSeeds of the DM: the quantity the Classical Model maximises. */
  readonly combined: number | null;
  readonly alpha: number | null;
};

/**
 * Robustness of the Classical Model's decision maker, as EXCALIBUR and anduryl tabulate it (Cooke &
 * Goossens 2008, "TU Delft expert judgment data base", §4; anduryl `core/main.py`, item and expert
 * robustness): the model is run again with each seed item (`by: "items"`) or each expert
 * (`by: "experts"`) left out in turn, with the same options, and the DM's calibration, information and
 * their product are reported beside the full study's. Large changes mean the DM rests on one seed or one
 * expert. Targets are never left out (they carry no calibration). Leaving an item out removes it from the
 * study entirely: the calibration's N, the intrinsic ranges and the information averages change with it.
 *
 * The first row is the full study (`removed: null`). Never mutates `input`.
 *
 * @example Tobacco (anduryl's notebook), item weights, α = 0: full study Cal 0.498798; without the
 *   seed `%discount` 0.206415; without `%NoInsPA/USA` 0.378462.
 * @throws RangeError or TypeError as classicalModel does for the full study.
 */
export function cookeRobustness(
  input: CookeInput,
  options: CookeOptions,
  by: "items" | "experts",
): RobustnessRow[] {
  const rows: RobustnessRow[] = [row(null, input, options, true)];
  if (by === "items") {
    input.items.forEach((item, j) => {
      if (item.realisation === null) return;
      const reduced: CookeInput = {
        quantileLevels: input.quantileLevels,
        experts: input.experts,
        items: input.items.filter((_, k) => k !== j),
        assessments: input.assessments.map((r) => r.filter((_, k) => k !== j)),
      };
      rows.push(row(item.id, reduced, options, false));
    });
  } else {
    if (input.experts.length < 2) return rows;
    input.experts.forEach((expert, e) => {
      const reduced: CookeInput = {
        quantileLevels: input.quantileLevels,
        experts: input.experts.filter((_, k) => k !== e),
        items: input.items,
        assessments: input.assessments.filter((_, k) => k !== e),
      };
      const userWeights = options.userWeights?.filter((_, k) => k !== e);
      rows.push(row(expert.id, reduced, { ...options, userWeights }, false));
    });
  }
  return rows;
}

function row(removed: string | null, input: CookeInput, options: CookeOptions, full: boolean): RobustnessRow {
  try {
    const dm = classicalModel(input, options);
    const d = dm.decisionMaker;
    return {
      removed,
      calibration: d.calibration,
      informationAll: d.informationAll,
      informationSeeds: d.informationSeeds,
      combined: d.calibration * d.informationSeeds,
      alpha: dm.alpha,
    };
  } catch (error) {
    // The full study's errors are the caller's; a reduced study that cannot run (no seed left, α above
    // every remaining expert's calibration) is reported as a row without numbers.
    if (full || !(error instanceof RangeError)) throw error;
    return {
      removed,
      calibration: null,
      informationAll: null,
      informationSeeds: null,
      combined: null,
      alpha: null,
    };
  }
}
