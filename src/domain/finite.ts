/**
 * The largest magnitude a typed quantity (an answer's 5/50/95 values, a resolved value) may have: far
 * beyond any policy quantity in a sensible unit (a quadrillion), and small enough that every sum, square
 * and pool the engine forms over a panel stays finite (n · (10^15)^2 ≪ 1.8 · 10^308). Larger numbers are
 * refused at input with a message asking for a larger unit.
 */
export const QUANTITY_LIMIT = 1e15;

/**
 * The path of the first ±Infinity in a value about to be stored (a snapshot, a derived pool), or null.
 * JSON would write it as null and the platform would then show a number that is not there; stored
 * statistics are finite or explicitly absent (null), never infinite. NaN is left to the caller's
 * convention (JSON null, "no value").
 */
export function findInfinite(value: unknown, path = "$"): string | null {
  if (typeof value === "number")
    return value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findInfinite(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = findInfinite(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}
