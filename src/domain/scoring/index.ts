/**
 * Scoring of resolved forecasts: time-averaged Brier, log, Metaculus baseline and peer scores per expert,
 * calibration tables and the Murphy decomposition. Formulas: research/forecasting.md §1.5, §2.1, §4.
 */
export { type CalibrationBin, calibrationTable, type ForecastOutcome } from "./calibration-table.js";
export { type MurphyDecomposition, murphyDecomposition } from "./murphy-decomposition.js";
export {
  CRPS_OVERSHOOT,
  crpsPiecewiseLinear,
  intervalScore,
  isCentral,
  QUANTITY_SCORING_RULES,
  type QuantileScores,
  type QuantityScoringRule,
  quantileLoss,
  type ScoredQuantityQuestion,
  scoreQuantiles,
  scoreQuantityForecasts,
} from "./quantity-scores.js";
export {
  type ExpertScore,
  SCORING_RULES,
  type ScoredBinaryQuestion,
  type ScoredCategoricalQuestion,
  type ScoredQuestion,
  type ScoringRule,
  scoreForecasts,
} from "./score-forecasts.js";
export {
  type BrierSkill,
  brierSkillScore,
  type SpiegelhalterZ,
  spiegelhalterZ,
} from "./skill-and-calibration-test.js";
