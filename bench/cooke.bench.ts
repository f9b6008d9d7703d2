/**
 * Cooke's Classical Model: global weights with alpha optimised (the heaviest setting: one DM per
 * candidate alpha) on each reference case, and on a synthetic 50 experts × 100 items study from a
 * fixed-seed generator. Aim: well under 1 ms per reference case.
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

export default async function cookeBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const name of CASES) {
    const dtt = new URL(`${name}/${name}.dtt`, REFERENCE);
    const rls = new URL(`${name}/${name}.rls`, REFERENCE);
    if (!existsSync(dtt) || !existsSync(rls)) {
      rows.push({
        name: `cooke ${name}`,
        iterations: 0,
        msPerOp: Number.NaN,
        note: `skipped: missing ${dtt.pathname}`,
      });
      continue;
    }
    const [dttBytes, rlsBytes] = [new Uint8Array(readFileSync(dtt)), new Uint8Array(readFileSync(rls))];
    const input = parseExcalibur(dttBytes, rlsBytes);
    const size = `${input.experts.length}×${input.items.length}`;
    rows.push(
      timeIt(`cooke global optimise ${name} (${size})`, () =>
        classicalModel(input, { weights: "global", alpha: "optimise" }),
      ),
      timeIt(`cooke parseExcalibur ${name}`, () => parseExcalibur(dttBytes, rlsBytes)),
    );
  }
  const synthetic = syntheticStudy(50, 100, 42);
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
