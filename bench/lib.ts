/** Shared helpers for benchmarks (bench/*.bench.ts): a row type and a repeat-until-enough timer. */

export type BenchRow = { name: string; iterations: number; msPerOp: number; note?: string };

export function timeIt(name: string, fn: () => unknown, minMs = 200, note?: string): BenchRow {
  fn(); // warm up
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
