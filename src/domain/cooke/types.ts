/** The background measure of an item: ranges and information are computed on x (`uni`) or ln x (`log`). */
export type ItemScale = "uni" | "log";

/** One Classical Model study: quantile levels, experts, items and every expert's quantiles per item. */
export type CookeInput = {
  /** Quantile levels in (0, 1), strictly increasing, e.g. [0.05, 0.5, 0.95]. */
  readonly quantileLevels: readonly number[];
  readonly experts: readonly { readonly id: string }[];
  /** `realisation` is null for a target item (no known answer); seed items have one. */
  readonly items: readonly {
    readonly id: string;
    readonly scale: ItemScale;
    readonly realisation: number | null;
  }[];
  /** assessments[expert][item]: the expert's quantiles at `quantileLevels`, or null if unanswered. */
  readonly assessments: readonly (readonly (readonly number[] | null)[])[];
};

export type CookeWeights = "global" | "item" | "equal" | "user";

export type CookeOptions = {
  readonly weights: CookeWeights;
  /** Significance level: experts with calibration below it get no weight; `optimise` searches it. */
  readonly alpha: number | "optimise";
  /** Required for `user` weights: one non-negative weight per expert, normalised to sum 1. */
  readonly userWeights?: readonly number[];
  /** k of the intrinsic range [L − k(U−L), U + k(U−L)]; default 0.1. */
  readonly overshoot?: number;
  /** Factor on the calibration statistic 2·N·I(s,p); default 1. */
  readonly calpower?: number;
};

export type ExpertScore = {
  readonly calibration: number;
  /** Mean information over all answered items. */
  readonly informationAll: number;
  /** Mean information over answered seed items. */
  readonly informationSeeds: number;
};

export type CookeResult = {
  readonly quantileLevels: number[];
  readonly seedCount: number;
  readonly alpha: number;
  readonly experts: (ExpertScore & { readonly id: string; readonly weight: number | null })[];
  /** `items` maps each item id to the DM's quantiles (null where no weighted expert answered). */
  readonly decisionMaker: ExpertScore & { readonly items: Record<string, number[] | null> };
  /**
   * Item weights only: itemWeights[item id][e] is expert e's normalised weight on that item (experts in
   * input order), null where no weighted expert answered the item.
   */
  readonly itemWeights?: Record<string, number[] | null>;
};
