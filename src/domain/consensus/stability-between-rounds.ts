import { describeSample } from "../stats/describe-sample.js";
import { checkBand } from "./band.js";
import { changedShare } from "./summarise-ratings.js";

export type ExpertValue = { readonly expert: string; readonly value: number };
export type Stability = { n: number; changed: number; iqrChange: number; cvChange: number | null };

/**
 * Stability of a panel between two rounds, on the paired answers of the experts present in both (each
 * expert's last entry in a round counts; the order follows `current`):
 *
 * - `changed`: share of paired experts whose value moved between below / inside / above `band` (the
 *   "15% rule": < 0.15 is stable; Scheibe, Skutsch & Schofer 1975, in Linstone & Turoff);
 * - `iqrChange` = IQR(current) − IQR(previous), type 7 (negative: converging);
 * - `cvChange` = CV(current) − CV(previous) (sign as iqrChange; Kalaian & Kasim 2012 write ΔCV the other way
 *   round, previous − current); null when either CV is undefined (n < 2 or mean 0);
 * - `n`: number of pairs.
 *
 * @example stabilityBetweenRounds([{ expert: "a", value: 5 }, { expert: "b", value: 9 }],
 *   [{ expert: "b", value: 8 }, { expert: "a", value: 7 }, { expert: "c", value: 1 }], [7, 9])
 * // { n: 2, changed: 0.5, iqrChange: -1.5, cvChange: -0.309780113662678 }
 * @throws {RangeError} when no expert is in both rounds, a value is not finite, or the band is bad
 * @throws {TypeError} on a malformed entry
 */
export function stabilityBetweenRounds(
  previous: readonly ExpertValue[],
  current: readonly ExpertValue[],
  band: readonly [number, number],
): Stability {
  const fn = "stabilityBetweenRounds";
  checkBand(fn, band);
  const before = byExpert(fn, previous, "previous");
  const after = byExpert(fn, current, "current");
  const prev: number[] = [];
  const curr: number[] = [];
  for (const [expert, value] of after) {
    const old = before.get(expert);
    if (old === undefined) continue;
    prev.push(old);
    curr.push(value);
  }
  if (curr.length === 0) throw new RangeError(`${fn}: no expert answered in both rounds`);
  const p = describeSample(prev);
  const c = describeSample(curr);
  return {
    n: curr.length,
    changed: changedShare(prev, curr, band),
    iqrChange: c.iqr - p.iqr,
    cvChange: p.cv === null || c.cv === null ? null : c.cv - p.cv,
  };
}

function byExpert(fn: string, entries: readonly ExpertValue[], name: string): Map<string, number> {
  if (!Array.isArray(entries)) throw new TypeError(`${fn}: ${name} must be an array`);
  const map = new Map<string, number>();
  entries.forEach((e, i) => {
    if (typeof e !== "object" || e === null || typeof e.expert !== "string")
      throw new TypeError(`${fn}: ${name}[${i}] must be { expert: string, value: number }`);
    if (typeof e.value !== "number") throw new TypeError(`${fn}: ${name}[${i}].value must be a number`);
    if (!Number.isFinite(e.value)) throw new RangeError(`${fn}: ${name}[${i}].value must be finite`);
    map.set(e.expert, e.value);
  });
  return map;
}
