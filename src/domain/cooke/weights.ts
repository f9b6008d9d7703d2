import type { AssessorScore } from "./score-assessor.js";

/**
 * Global weights (Cooke 1991 §12): w_e ∝ Cal(e) · InfoSeeds(e) · 𝟙[Cal(e) ≥ α], normalised to 1.
 *
 * @throws RangeError when no expert keeps a positive weight.
 */
export function globalWeights(scores: readonly AssessorScore[], alpha: number): number[] {
  const weights = new Array<number>(scores.length);
  for (let e = 0; e < scores.length; e++) {
    const s = scores[e]!;
    weights[e] = s.calibration >= alpha ? s.calibration * s.informationSeeds : 0;
  }
  normaliseInPlace(weights, "globalWeights");
  return weights;
}

/**
 * Item weights (Cooke 1991 §12; anduryl `get_weights`): for item j,
 * w_{e,j} ∝ Cal(e) · I_j(e) · 𝟙[Cal(e) ≥ α] over the experts who answered j, normalised per item.
 * Returns weights[item][expert], or null for an item on which every weight is zero.
 */
export function itemWeights(
  scores: readonly AssessorScore[],
  alpha: number,
  itemCount: number,
): (number[] | null)[] {
  return rowsPerItem(itemCount, scores.length, (j, row) => itemWeightRow(scores, alpha, j, row));
}

/**
 * itemWeights' row of item j, written into `row` (one number per expert); false when every weight
 * is zero (`row` then holds the unnormalised weights). The α optimisation fills one row after
 * another into one array.
 */
export function itemWeightRow(
  scores: readonly AssessorScore[],
  alpha: number,
  j: number,
  row: number[],
): boolean {
  for (let e = 0; e < scores.length; e++) {
    const s = scores[e]!;
    const info = s.itemInformation[j];
    row[e] = info !== null && info !== undefined && s.calibration >= alpha ? s.calibration * info : 0;
  }
  return normaliseIfAny(row);
}

/**
 * Spreads one weight per expert over the items: on each item the experts who did not answer it
 * drop out and the others are renormalised (anduryl `decision_maker`). Returns weights[item][expert],
 * or null for an item that no expert with a positive weight answered.
 */
export function weightsPerItem(
  weights: readonly number[],
  assessments: readonly (readonly (readonly number[] | null)[])[],
  itemCount: number,
): (number[] | null)[] {
  return rowsPerItem(itemCount, weights.length, (j, row) => spreadWeightRow(weights, assessments, j, row));
}

/** One row of `width` weights per item, written by `fill`; null for an item whose row it leaves all zero. */
function rowsPerItem(
  itemCount: number,
  width: number,
  fill: (j: number, row: number[]) => boolean,
): (number[] | null)[] {
  const rows: (number[] | null)[] = [];
  for (let j = 0; j < itemCount; j++) {
    const row = new Array<number>(width);
    rows.push(fill(j, row) ? row : null);
  }
  return rows;
}

/** weightsPerItem's row of item j, written into `row`; false when it would be null (see itemWeightRow). */
export function spreadWeightRow(
  weights: readonly number[],
  assessments: readonly (readonly (readonly number[] | null)[])[],
  j: number,
  row: number[],
): boolean {
  for (let e = 0; e < weights.length; e++) row[e] = assessments[e]?.[j] ? (weights[e] as number) : 0;
  return normaliseIfAny(row);
}

/** Normalises `row` in place if any weight is positive; says whether it did. */
function normaliseIfAny(row: number[]): boolean {
  for (let e = 0; e < row.length; e++) {
    if ((row[e] as number) > 0) {
      normaliseInPlace(row, "normaliseWeights");
      return true;
    }
  }
  return false;
}

/**
 * w / Σ w for non-negative finite weights.
 *
 * @throws RangeError (message starting with `fn`) for a negative or non-finite weight or a zero sum.
 */
export function normaliseWeights(raw: readonly number[], fn = "normaliseWeights"): number[] {
  const weights = raw.slice();
  normaliseInPlace(weights, fn);
  return weights;
}

/** normaliseWeights in place; throws as it does. */
function normaliseInPlace(weights: number[], fn: string): void {
  let sum = 0;
  for (let e = 0; e < weights.length; e++) {
    const w = weights[e] as number;
    if (!(w >= 0) || !Number.isFinite(w))
      throw new RangeError(`${fn}: weights must be finite and >= 0, got ${w}`);
    sum += w;
  }
  if (!(sum > 0)) throw new RangeError(`${fn}: every weight is zero`);
  for (let e = 0; e < weights.length; e++) weights[e] = (weights[e] as number) / sum;
}
