/** Shared helpers for benchmarks (bench/*.bench.ts): a row type and a repeat-until-enough timer. */

export type BenchRow = { name: string; iterations: number; msPerOp: number; note?: string };

export function timeIt(name: string, fn: () => unknown, minMs = 200, note?: string): BenchRow {
  // Warm up (the optimising compiler needs many calls of a small function): half the budget, at least once.
  const warm = performance.now();
  do fn();
  while (performance.now() - warm < minMs / 2);
  let iterations = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    iterations++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { name, iterations, msPerOp: elapsed / iterations, note };
}
