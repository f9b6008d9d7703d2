/**
 * Cooke's Classical Model: global weights with alpha optimised (the heaviest setting: one DM per
 * candidate alpha) on each reference case, and on a synthetic 50 experts × 100 items study from a
 * fixed-seed generator. Aim (issue #19): parse + model ≤ 0.35 ms per reference case, warm, and
 * ≤ 1 ms for political-violence.
 */
import { existsSync, readFileSync } from "node:fs";
import { type CookeInput, classicalModel, parseExcalibur } from "../src/domain/cooke/index.js";
import { type BenchRow, timeIt } from "./lib.js";

const REFERENCE = new URL("../../shared/reference/cooke/", import.meta.url);
const CASES = ["inecc", "puig-gdp", "tobacco", "political-violence", "gerstenberger"];

/** mulberry32: a small deterministic generator, so every run times the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Experts with noisy medians and spreads around known truths; a third of the items are seeds. */
function syntheticStudy(experts: number, items: number, seed: number): CookeInput {
  const rand = random(seed);
  const truths = Array.from({ length: items }, () => 10 + 90 * rand());
  return {
    quantileLevels: [0.05, 0.5, 0.95],
    experts: Array.from({ length: experts }, (_, e) => ({ id: `E${e + 1}` })),
    items: truths.map((truth, j) => ({
      id: `Q${j + 1}`,
      scale: j % 5 === 4 ? ("log" as const) : ("uni" as const),
      realisation: j % 3 === 0 ? truth : null,
    })),
    assessments: Array.from({ length: experts }, () =>
      truths.map((truth) => {
        const median = truth * (0.6 + 0.8 * rand());
        const spread = median * (0.05 + 0.6 * rand());
        return [median - spread * (0.5 + rand()), median, median + spread * (0.5 + rand())];
      }),
    ),
  };
}

/**
 * Before any row is timed, every case is parsed and modelled for this long. The figures are
 * warm ones, and the first rows timed the process's start instead (the optimising compiler, heap
 * growth): on the 2-core machine inecc's model took 0.44 ms as the first row and 0.11 ms when the
 * rows were timed a second time in the same process.
 */
const WARM_UP_MS = 1000;

type Case = { name: string; dtt: Uint8Array; rls: Uint8Array; input: CookeInput };

function warmUp(cases: readonly Case[], synthetic: CookeInput): void {
  const start = performance.now();
  while (performance.now() - start < WARM_UP_MS) {
    for (const { dtt, rls, input } of cases) {
      parseExcalibur(dtt, rls);
      classicalModel(input, { weights: "global", alpha: "optimise" });
    }
  }
  classicalModel(synthetic, { weights: "item", alpha: "optimise" });
}

export default async function cookeBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cases: (Case | { name: string; missing: URL })[] = CASES.map((name) => {
    const dtt = new URL(`${name}/${name}.dtt`, REFERENCE);
    const rls = new URL(`${name}/${name}.rls`, REFERENCE);
    if (!existsSync(dtt) || !existsSync(rls)) return { name, missing: dtt };
    const [dttBytes, rlsBytes] = [new Uint8Array(readFileSync(dtt)), new Uint8Array(readFileSync(rls))];
    return { name, dtt: dttBytes, rls: rlsBytes, input: parseExcalibur(dttBytes, rlsBytes) };
  });
  const synthetic = syntheticStudy(50, 100, 42);
  warmUp(
    cases.filter((c): c is Case => "input" in c),
    synthetic,
  );
  for (const c of cases) {
    if ("missing" in c) {
      rows.push({
        name: `cooke ${c.name}`,
        iterations: 0,
        msPerOp: Number.NaN,
        note: `skipped: missing ${c.missing.pathname}`,
      });
      continue;
    }
    const { name, dtt, rls, input } = c;
    const size = `${input.experts.length}×${input.items.length}`;
    rows.push(
      timeIt(`cooke global optimise ${name} (${size})`, () =>
        classicalModel(input, { weights: "global", alpha: "optimise" }),
      ),
      timeIt(`cooke parseExcalibur ${name}`, () => parseExcalibur(dtt, rls)),
    );
  }
  rows.push(
    timeIt("cooke global optimise synthetic (50×100)", () =>
      classicalModel(synthetic, { weights: "global", alpha: "optimise" }),
    ),
    timeIt("cooke item optimise synthetic (50×100)", () =>
      classicalModel(synthetic, { weights: "item", alpha: "optimise" }),
    ),
  );
  return rows;
}
