import type { IntrinsicRange } from "./background.js";

/**
 * Probabilities of the K + 1 inter-quantile bins: p_1 = q_1, p_b = q_b − q_{b−1}, p_{K+1} = 1 − q_K.
 * Example: levels 0.05, 0.5, 0.95 give 0.05, 0.45, 0.45, 0.05.
 */
export function binProbabilities(levels: readonly number[]): number[] {
  return [...levels, 1].map((level, b) => level - (b === 0 ? 0 : (levels[b - 1] as number)));
}

/**
 * Information of one assessment relative to the uniform background on the intrinsic range
 * (Cooke 1991 §12; anduryl `Experts._information_score`): the expert's density is uniform inside
 * each inter-quantile bin, so, with q_0 = L*, q_{K+1} = U* on the background scale,
 *
 *   I = ln(U* − L*) + Σ_{b=1}^{K+1} p_b ln( p_b / (q_b − q_{b−1}) ).
 *
 * @param quantiles the expert's K quantiles on the item's background scale (ln x for `log` items)
 * @param logWidth ln(U* − L*), when the caller has it (every assessor of an item shares it)
 */
export function itemInformation(
  quantiles: ArrayLike<number>,
  range: IntrinsicRange,
  p: readonly number[],
  logWidth = Math.log(range.upper - range.lower),
): number {
  let sum = logWidth;
  let previous = range.lower;
  for (let b = 0; b < p.length; b++) {
    const edge = b < quantiles.length ? (quantiles[b] as number) : range.upper;
    const pb = p[b] as number;
    sum += pb * Math.log(pb / (edge - previous));
    previous = edge;
  }
  return sum;
}
