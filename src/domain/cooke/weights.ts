import type { AssessorScore } from "./score-assessor.js";

/**
 * Global weights (Cooke 1991 §12): w_e ∝ Cal(e) · InfoSeeds(e) · 𝟙[Cal(e) ≥ α], normalised to 1.
 *
 * @throws RangeError when no expert keeps a positive weight.
 */
export function globalWeights(scores: readonly AssessorScore[], alpha: number): number[] {
  const raw = scores.map((s) => (s.calibration >= alpha ? s.calibration * s.informationSeeds : 0));
  return normaliseWeights(raw, "globalWeights");
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
  /** Only these items' rows (the others null): the α optimisation needs the seeds' alone. */
  only?: ReadonlySet<number>,
): (number[] | null)[] {
  return Array.from({ length: itemCount }, (_, j) => {
    if (only && !only.has(j)) return null;
    const raw = scores.map((s) => {
      const info = s.itemInformation[j];
      return info !== null && info !== undefined && s.calibration >= alpha ? s.calibration * info : 0;
    });
    return normaliseOrNull(raw);
  });
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
  /** Only these items' rows (the others null): the α optimisation needs the seeds' alone. */
  only?: ReadonlySet<number>,
): (number[] | null)[] {
  return Array.from({ length: itemCount }, (_, j) =>
    only && !only.has(j) ? null : normaliseOrNull(weights.map((w, e) => (assessments[e]?.[j] ? w : 0))),
  );
}

function normaliseOrNull(raw: readonly number[]): number[] | null {
  return raw.some((w) => w > 0) ? normaliseWeights(raw) : null;
}

/**
 * w / Σ w for non-negative finite weights.
 *
 * @throws RangeError (message starting with `fn`) for a negative or non-finite weight or a zero sum.
 */
export function normaliseWeights(raw: readonly number[], fn = "normaliseWeights"): number[] {
  let sum = 0;
  for (const w of raw) {
    if (!(w >= 0) || !Number.isFinite(w))
      throw new RangeError(`${fn}: weights must be finite and >= 0, got ${w}`);
    sum += w;
  }
  if (!(sum > 0)) throw new RangeError(`${fn}: every weight is zero`);
  return raw.map((w) => w / sum);
}
