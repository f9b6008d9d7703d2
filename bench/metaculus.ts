/**
 * Baselines for the weighted percentile benchmarks (bench/engine.bench.ts): Metaculus's algorithm in plain
 * TypeScript, and bench/peer.py (numpy) run on the same data.
 *
 * Metaculus computes its community prediction's median and quartiles with `weighted_percentile_2d`
 * (utils/the_math/measures.py, github.com/Metaculus/metaculus, read at ec3077ed): argsort the values, carry
 * the weights along, divide the cumulative weights by their total, and for each percentile take the first
 * index whose share is ≥ q and the first whose share is > q (numpy's argmax, 0 when there is none); the
 * result is the mean of the two values there. This file is our own TypeScript rendition of that algorithm
 * (one column, one sort shared by every level), not their code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Metaculus's rule by sorting, as above; q in [0, 1]. */
export function metaculusWeightedPercentiles(
  values: Float64Array,
  weights: Float64Array,
  qs: readonly number[],
): number[] {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  const sorted = new Float64Array(n);
  const cumulative = new Float64Array(n);
  let running = 0;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    sorted[k] = values[i] as number;
    running += weights[i] as number;
    cumulative[k] = running;
    total += weights[k] as number;
  }
  return qs.map((q) => {
    let left = -1;
    let right = -1;
    for (let k = 0; k < n && right < 0; k++) {
      const share = (cumulative[k] as number) / total;
      if (left < 0 && share >= q) left = k;
      if (share > q) right = k;
    }
    return 0.5 * ((sorted[Math.max(left, 0)] as number) + (sorted[Math.max(right, 0)] as number));
  });
}

export type PeerTiming =
  | { ok: true; msPerOp: number; iterations: number; result: number[]; numpy: string }
  | { ok: false; message: string };

/**
 * Runs bench/peer.py (Metaculus's numpy `weighted_percentile_2d`) on exactly these values and weights,
 * passed as little-endian float64 files, timed the way bench/lib.ts `timeIt` times (one warm-up, then
 * repeat until minMs and average). Where python3 or numpy is missing, says so instead.
 */
export function timeNumpyPeer(
  values: Float64Array,
  weights: Float64Array,
  qs: readonly number[],
  minMs: number,
): PeerTiming {
  const dir = mkdtempSync(join(tmpdir(), "forum-bench-"));
  try {
    const valuesFile = join(dir, "values.f64");
    const weightsFile = join(dir, "weights.f64");
    writeFileSync(valuesFile, littleEndian(values));
    writeFileSync(weightsFile, littleEndian(weights));
    const script = fileURLToPath(new URL("./peer.py", import.meta.url));
    const run = spawnSync(
      "python3",
      [script, valuesFile, weightsFile, String(minMs), ...qs.map((q) => String(q * 100))],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (run.error) return { ok: false, message: `skipped: python3 not found (${run.error.message})` };
    const line = run.stdout.trim().split("\n").pop() ?? "";
    if (run.status !== 0 || !line.startsWith("{"))
      return { ok: false, message: line || run.stderr.trim().split("\n").pop() || `exit ${run.status}` };
    const parsed = JSON.parse(line) as { ms: number; iterations: number; result: number[]; numpy: string };
    return {
      ok: true,
      msPerOp: parsed.ms,
      iterations: parsed.iterations,
      result: parsed.result,
      numpy: parsed.numpy,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function littleEndian(values: Float64Array): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i] as number, true);
  return out;
}
