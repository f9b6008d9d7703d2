/**
 * Shares shown as whole percentages that add up to exactly 100 (largest-remainder rounding, also known
 * as Hamilton's method): each share is rounded down, and the points still missing go, one each, to the
 * shares with the largest remainders (ties to the earlier share). Rounding each share on its own can
 * print 33 + 33 + 33 = 99% or 17 + 17 + 17 + 50 = 101%; this never does. Readers meet these figures; the
 * exact shares stay in exports.
 *
 * @param shares non-negative shares adding up to 1 (e.g. from normaliseShares); an empty list gives []
 * @returns whole percentages, one per share, summing to 100
 * @throws RangeError when a share is negative or not finite, or the shares do not add up to 1 (± 1e-6)
 * @example wholePercents([1 / 3, 1 / 3, 1 / 3]) // [34, 33, 33]
 * @see https://en.wikipedia.org/wiki/Largest_remainder_method
 */
export function wholePercents(shares: readonly number[]): number[] {
  if (shares.length === 0) return [];
  if (shares.some((s) => !Number.isFinite(s) || s < 0))
    throw new RangeError("wholePercents: shares must be finite and non-negative");
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-6) throw new RangeError(`wholePercents: shares add up to ${sum}, not 1`);
  const exact = shares.map((s) => s * 100);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  let missing = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x + 1e-9) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    missing -= 1;
  }
  return out;
}

/**
 * A scenario set's pooled shares as readers see them: whole percentages that add up to exactly 100, as
 * fractions (e.g. 0.48); shares that do not add up to 1 (a method that is not normalised) are kept as
 * they are. Null stays null.
 *
 * @example shownShares([1 / 3, 1 / 3, 1 / 3]) // [0.34, 0.33, 0.33]
 */
export function shownShares(values: readonly number[] | null): number[] | null {
  if (!values) return null;
  try {
    return wholePercents(values).map((p) => p / 100);
  } catch {
    return [...values];
  }
}

/**
 * What a scenario set's pooled shares added up to before they were rescaled, when that is more than
 * half a tenth of a point away from 100% (per-scenario medians of answers that each add up to 100 need
 * not), else null: the dashboard says so beside the rescaled shares.
 *
 * @example rescaledFrom([0.2, 0.5, 0.2, 0.15]) // 1.05
 * @example rescaledFrom([0.5, 0.5]) // null
 */
export function rescaledFrom(raw: readonly number[] | null): number | null {
  if (!raw) return null;
  const sum = raw.reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) > 0.0005 ? sum : null;
}
