import { describe, expect, it } from "vitest";
import { type CookeOptions, type CookeResult, classicalModel } from "../../../src/domain/cooke/index.js";
import { referenceCase } from "./reference.js";

/** No published numbers for these two: check they parse and give sane, finite scores. */
function expectSane(result: CookeResult): void {
  for (const s of [...result.experts, result.decisionMaker]) {
    expect(s.calibration).toBeGreaterThan(0);
    expect(s.calibration).toBeLessThanOrEqual(1);
    expect(s.informationAll).toBeGreaterThanOrEqual(0);
    expect(s.informationSeeds).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(s.informationAll) && Number.isFinite(s.informationSeeds)).toBe(true);
  }
  const weights = result.experts.map((e) => e.weight);
  if (weights.every((w) => w !== null)) {
    expect(weights.reduce((a, b) => a! + b!, 0)).toBeCloseTo(1, 12);
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(0);
  }
  for (const quantiles of Object.values(result.decisionMaker.items)) {
    if (quantiles === null) continue;
    for (let i = 1; i < quantiles.length; i++) expect(quantiles[i]).toBeGreaterThan(quantiles[i - 1]!);
  }
}

const OPTIONS: [string, CookeOptions][] = [
  ["global, alpha 0", { weights: "global", alpha: 0 }],
  ["global, optimised", { weights: "global", alpha: "optimise" }],
  ["item, optimised", { weights: "item", alpha: "optimise" }],
  ["equal", { weights: "equal", alpha: 0 }],
];

const violence = referenceCase("political-violence");
describe.skipIf(!violence.available)(`smoke: ${violence.title}`, () => {
  const input = violence.available ? violence.load() : null;
  it("reads 16 experts, 45 items, 21 seeds, some questions unanswered", () => {
    expect(input?.experts).toHaveLength(16);
    expect(input?.items).toHaveLength(45);
    expect(input?.items.filter((i) => i.realisation !== null)).toHaveLength(21);
    expect(input?.assessments.flat().some((a) => a === null)).toBe(true);
  });
  it.each(OPTIONS)("%s gives sane scores", (_, options) => expectSane(classicalModel(input!, options)));
});

const gerstenberger = referenceCase("gerstenberger");
describe.skipIf(!gerstenberger.available)(`smoke: ${gerstenberger.title}`, () => {
  const input = gerstenberger.available ? gerstenberger.load() : null;
  it("reads 10/50/90 quantiles, LOG items and ids with spaces", () => {
    expect(input?.quantileLevels).toEqual([0.1, 0.5, 0.9]);
    expect(input?.items[0]).toEqual({ id: "subducted dist", scale: "log", realisation: 890 });
    expect(input?.items.filter((i) => i.scale === "log").map((i) => i.id)).toEqual([
      "subducted dist",
      "Omori",
      "Inerevent time",
    ]);
    expect(input?.items.every((i) => i.realisation !== null)).toBe(true);
  });
  it.each(OPTIONS)("%s gives sane scores", (_, options) => {
    const result = classicalModel(input!, options);
    expectSane(result);
    // every item is a seed, so both information means agree
    for (const e of result.experts) expect(e.informationAll).toBeCloseTo(e.informationSeeds, 12);
  });
  it("the DM's LOG-item quantiles lie inside the experts' range", () => {
    const result = classicalModel(input!, { weights: "equal", alpha: 0 });
    const j = 0;
    const all = input!.assessments.flatMap((row) => row[j] ?? []);
    for (const q of result.decisionMaker.items["subducted dist"]!) {
      expect(q).toBeGreaterThanOrEqual(Math.min(...all));
      expect(q).toBeLessThanOrEqual(Math.max(...all));
    }
  });
});
