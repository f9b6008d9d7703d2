/**
 * Staged panels: respondents from founding institutions (stage 1) against the whole panel. Pure.
 *
 * The n ≥ 3 rule: stage statistics exist only when the founding group AND the later joiners each have
 * at least `threshold` respondents (never below 3). Checking the later joiners too matters: with
 * "all" = 5 and "founding" = 4, comparing the two would reveal the one later joiner's answer.
 */
import { describeSample } from "./stats/index.js";

export type Summary = ReturnType<typeof describeSample>;
/** Statistics of one group: n and one summary per answer component (one for scalar kinds). */
export type StageGroup = { n: number; summaries: Summary[] };
export type StageSummaries = { founding: StageGroup | null; all: StageGroup | null };

const MIN = 3;

/**
 * @param rows one vector per respondent (the scalar as a one-element vector, an allocation's
 *   probabilities, a proposal's ratings), with whether the respondent is from the founding stage
 * @returns null unless both groups reach the threshold
 */
export function computeStageSummaries(
  rows: readonly { founding: boolean; vector: readonly number[] }[],
  threshold = MIN,
): StageSummaries | null {
  const t = Math.max(MIN, threshold);
  const founding = rows.filter((r) => r.founding);
  const later = rows.length - founding.length;
  if (founding.length < t || later < t) return null;
  const group = (list: typeof rows): StageGroup => {
    const width = Math.min(...list.map((r) => r.vector.length));
    const summaries: Summary[] = [];
    for (let i = 0; i < width; i++) summaries.push(describeSample(list.map((r) => r.vector[i] as number)));
    return { n: list.length, summaries };
  };
  return { founding: group(founding), all: group(rows) };
}

export type RoundEligibility = {
  number: number;
  kind: "standard" | "ideas";
  state: string;
  eligible: number;
  late: number;
  /** Eligible experts with at least one submitted answer (or, in an ideas round, one item). */
  answered: number;
};
