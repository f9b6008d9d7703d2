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
  return (
    firstNumber(value, (x) => x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY, path)?.path ??
    null
  );
}

/**
 * The first number in a value for which `bad` holds, walking arrays and plain objects in order, with its
 * path (`$.pooled.mean[2]`); null when there is none.
 *
 * @example firstNumber({ a: [1, Number.NaN] }, Number.isNaN) // { path: "$.a[1]", value: NaN }
 */
export function firstNumber(
  value: unknown,
  bad: (x: number) => boolean,
  path = "$",
): { path: string; value: number } | null {
  if (typeof value === "number") return bad(value) ? { path, value } : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = firstNumber(value[i], bad, `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = firstNumber(v, bad, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}
