import type { CookeInput, ItemScale } from "./types.js";

/** An item's intrinsic range [lower, upper], on its background scale (x, or ln x for `log`). */
export type IntrinsicRange = { readonly lower: number; readonly upper: number };

/** Maps a value to the item's background scale: x on `uni` items, ln x on `log` items. */
export function toBackground(x: number, scale: ItemScale): number {
  return scale === "log" ? Math.log(x) : x;
}

/** The inverse of toBackground. */
export function fromBackground(y: number, scale: ItemScale): number {
  return scale === "log" ? Math.exp(y) : y;
}

/**
 * Intrinsic range of every item (Cooke 1991 §12; anduryl `Assessments.get_bounds`):
 * L = the smallest, U = the largest of all experts' quantiles and the realisation, on the
 * background scale; the range is [L − k(U − L), U + k(U − L)] with k = overshoot.
 *
 * @throws RangeError when overshoot is not > 0, nobody answered an item, or a range has zero width.
 */
export function intrinsicRanges(input: CookeInput, overshoot: number): IntrinsicRange[] {
  if (!(overshoot > 0) || !Number.isFinite(overshoot))
    throw new RangeError(`intrinsicRanges: overshoot must be a positive number, got ${overshoot}`);
  return input.items.map((item, j) => {
    // Plain loops: a closure per item was a third of the time.
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const row of input.assessments) {
      const quantiles = row[j];
      if (!quantiles) continue;
      for (let b = 0; b < quantiles.length; b++) {
        const y = toBackground(quantiles[b] as number, item.scale);
        low = Math.min(low, y);
        high = Math.max(high, y);
      }
    }
    if (low === Number.POSITIVE_INFINITY)
      throw new RangeError(`intrinsicRanges: no expert answered item "${item.id}"`);
    if (item.realisation !== null) {
      const y = toBackground(item.realisation, item.scale);
      low = Math.min(low, y);
      high = Math.max(high, y);
    }
    const width = high - low;
    if (!(width > 0)) throw new RangeError(`intrinsicRanges: item "${item.id}" has a range of zero width`);
    return { lower: low - overshoot * width, upper: high + overshoot * width };
  });
}
