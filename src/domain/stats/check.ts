/**
 * Input checks shared by the engine. Every message starts with the calling function's name, so an error
 * raised deep in a computation still says where it came from. Not part of the public API.
 */

/** Throws unless `values` is a non-empty array of finite numbers. */
export function checkFiniteArray(
  fn: string,
  values: unknown,
  name = "values",
): asserts values is readonly number[] {
  if (!Array.isArray(values)) throw new TypeError(`${fn}: ${name} must be an array of numbers`);
  if (values.length === 0) throw new RangeError(`${fn}: ${name} must not be empty`);
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== "number") throw new TypeError(`${fn}: ${name}[${i}] must be a number`);
    if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${v}`);
  }
}

/** Throws unless `p` is a number in [0, 1]. */
export function checkProbability(fn: string, p: unknown, name = "p"): asserts p is number {
  if (typeof p !== "number") throw new TypeError(`${fn}: ${name} must be a number`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${fn}: ${name} must be in [0,1], got ${p}`);
}

/** Throws unless `x` is a finite number. */
export function checkFinite(fn: string, x: unknown, name: string): asserts x is number {
  if (typeof x !== "number") throw new TypeError(`${fn}: ${name} must be a number`);
  if (!Number.isFinite(x)) throw new RangeError(`${fn}: ${name} must be finite, got ${x}`);
}

/** Ascending numeric comparator (Array.prototype.sort compares strings by default). */
export const ascending = (a: number, b: number): number => a - b;

/** An ascending sorted copy (a typed array sorts numerically and fast); the input is never mutated. */
export function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}
