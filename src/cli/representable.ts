import { CliError } from "./args.js";

/**
 * The contract promises numbers where a command prints one. JSON has no NaN or ±∞ (JSON.stringify would
 * print null and exit 0), so a result holding one is refused with an error naming where it arose,
 * instead of a silent null. Nulls the engine chose (e.g. an undefined CV) pass.
 */
export function representable<T>(result: T, hint = "rescale the input (e.g. a larger unit)"): T {
  const bad = firstNonFinite(result, "$");
  if (bad !== null)
    throw new CliError(`the result ${bad.path} is ${bad.value}, beyond the range of a double; ${hint}`);
  return result;
}

function firstNonFinite(value: unknown, path: string): { path: string; value: number } | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : { path, value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = firstNonFinite(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = firstNonFinite(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}
