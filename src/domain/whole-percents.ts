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
