import { checkFinite } from "../stats/check.js";

export type Band = readonly [number, number];

/** Checks a [low, high] pair of finite numbers with low ≤ high. */
export function checkBand(fn: string, band: unknown, name = "band"): asserts band is Band {
  if (!Array.isArray(band) || band.length !== 2) throw new TypeError(`${fn}: ${name} must be [low, high]`);
  checkFinite(fn, band[0], `${name}[0]`);
  checkFinite(fn, band[1], `${name}[1]`);
  if (band[0] > band[1]) throw new RangeError(`${fn}: ${name}[0] must be ≤ ${name}[1]`);
}

/** −1 below the band, 0 inside it (inclusive), +1 above it. */
export function bandCategory(x: number, band: Band): -1 | 0 | 1 {
  return x < band[0] ? -1 : x > band[1] ? 1 : 0;
}
