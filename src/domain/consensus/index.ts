/**
 * Agreement and stability measures for Delphi rounds: pre-registered consensus rules, the rating summary
 * the `consensus` command prints (with the RAND/UCLA disagreement test), Kendall's W for rankings, and
 * stability between rounds. Formulas and thresholds: research/delphi.md §2.
 */
export { type Band, bandCategory } from "./band.js";
export {
  assertConsensusRule,
  CONSENSUS_RULE_KINDS,
  type ConsensusRule,
  evaluateConsensus,
  evaluateRankingConsensus,
} from "./evaluate-consensus.js";
export { type KendallW, type KendallWTest, kendallW, kendallWTest } from "./kendall-w.js";
export {
  MCNEMAR_EXACT_BELOW,
  type McNemar,
  mcnemar,
  WILCOXON_EXACT_MAX,
  type WilcoxonSignedRank,
  wilcoxonSignedRank,
} from "./paired-tests.js";
export {
  detectPolarisation,
  type GroupSplit,
  POLARISATION_SHARE,
  type Polarisation,
} from "./polarisation.js";
export { type RandUclaDisagreement, randUclaDisagreement } from "./rand-ucla-disagreement.js";
export {
  type Appropriateness,
  appropriatenessOf,
  type ClassicDisagreement,
  classicDisagreement,
} from "./rating-regions.js";
export { type ExpertValue, type Stability, stabilityBetweenRounds } from "./stability-between-rounds.js";
export { type RatingsInput, type RatingsSummary, summariseRatings } from "./summarise-ratings.js";
export {
  type ConsensusMinimum,
  type ConsensusState,
  type ConsensusVerdict,
  consensusMinimum,
  consensusState,
  consensusVerdict,
  DEFAULT_CONSENSUS_MINIMUM,
  DEFAULT_MIN_RESPONDENTS,
  DEFAULT_MIN_RESPONSE_RATE,
  decidingMeasure,
  enoughAnswers,
  FORUM_CONSENSUS_DEFAULTS,
  MIN_RESPONDENTS_FLOOR,
  partsVerdict,
  storedConsensusState,
} from "./verdict.js";
