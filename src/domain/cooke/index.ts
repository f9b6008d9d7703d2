/**
 * Cooke's Classical Model for structured expert judgement (Cooke 1991, *Experts in Uncertainty*),
 * with the EXCALIBUR file format of the TU Delft expert judgment database. Pure: no I/O.
 */
export { type IntrinsicRange, intrinsicRanges } from "./background.js";
export { calibrationScore, seedBin } from "./calibration.js";
export { classicalModel, DEFAULT_CALPOWER, DEFAULT_OVERSHOOT } from "./classical-model.js";
export { decodeText } from "./decode-text.js";
export { parseExcalibur } from "./excalibur-read.js";
export { writeExcalibur } from "./excalibur-write.js";
export { binProbabilities, itemInformation } from "./information.js";
export { cookeRobustness, type RobustnessRow } from "./robustness.js";
export type {
  CookeInput,
  CookeOptions,
  CookeResult,
  CookeWeights,
  ExpertScore,
  ItemScale,
} from "./types.js";
export { validateCookeInput } from "./validate.js";
