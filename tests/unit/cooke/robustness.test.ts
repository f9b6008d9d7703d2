import { describe, expect, it } from "vitest";
import { classicalModel, cookeRobustness } from "../../../src/domain/cooke/index.js";
import { referenceCase } from "./reference.js";

/**
 * Item robustness of the tobacco study, published in anduryl's example notebook (grongen/anduryl @
 * 3bf8bc4295c4d21ca2507c4422286debce355071, `notebooks/Example Anduryl with scripting.ipynb`, cell 21):
 * item weights, alpha 0, each seed left out in turn. Row "None" 0.498798; `%discount` 0.206415;
 * `%NoInsPA/USA` 0.378462 (6 decimals printed).
 */
const close6 = (actual: number | null, expected: number) =>
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThan(6e-7);

const study = referenceCase("tobacco");
describe.skipIf(!study.available)(`Cooke robustness on ${study.title} (anduryl notebook)`, () => {
  const input = study.available ? study.load() : null;

  it("leaves each seed out in turn: the notebook's item robustness table", () => {
    const rows = cookeRobustness(input!, { weights: "item", alpha: 0 }, "items");
    expect(rows).toHaveLength(1 + 10);
    expect(rows[0]!.removed).toBeNull();
    close6(rows[0]!.calibration, 0.498798);
    close6(rows.find((r) => r.removed === "%discount")!.calibration, 0.206415);
    close6(rows.find((r) => r.removed === "%NoInsPA/USA")!.calibration, 0.378462);
    // Targets are never left out.
    const seeds = input!.items.filter((i) => i.realisation !== null).map((i) => i.id);
    expect(rows.slice(1).map((r) => r.removed)).toEqual(seeds);
    for (const r of rows) expect(r.combined).toBeCloseTo(r.calibration! * r.informationSeeds!, 15);
  });

  it("leaves each expert out in turn; without Ex7 the optimised DM falls to Ex5's calibration", () => {
    const rows = cookeRobustness(input!, { weights: "global", alpha: "optimise" }, "experts");
    expect(rows.map((r) => r.removed)).toEqual([null, "Ex1", "Ex2", "Ex3", "Ex4", "Ex5", "Ex6", "Ex7"]);
    // The full study puts all weight on Ex7 (cal 0.687587); removing anyone else changes nothing.
    for (const r of rows.slice(0, 7)) close6(r.calibration, 0.687587);
    // Without Ex7 the optimum is Ex5 alone (its calibration, 0.439946, in the notebook's expert table).
    close6(rows[7]!.calibration, 0.439946);
    expect(rows[7]!.alpha).toBeCloseTo(0.439946, 6);
  });

  it("does not change its input and agrees with classicalModel on the full study", () => {
    const copy = structuredClone(input!);
    const rows = cookeRobustness(input!, { weights: "global", alpha: 0.05 }, "items");
    expect(input).toEqual(copy);
    const full = classicalModel(input!, { weights: "global", alpha: 0.05 });
    expect(rows[0]!.calibration).toBe(full.decisionMaker.calibration);
    expect(rows[0]!.informationAll).toBe(full.decisionMaker.informationAll);
  });

  it("reports a reduced study that cannot run as a row without numbers, and throws for the full one", () => {
    // alpha 0.6 keeps only Ex7; without Ex7 no expert passes it.
    const rows = cookeRobustness(input!, { weights: "global", alpha: 0.6 }, "experts");
    expect(rows.at(-1)).toMatchObject({ removed: "Ex7", calibration: null, combined: null });
    expect(() => cookeRobustness(input!, { weights: "global", alpha: 0.9 }, "experts")).toThrow(RangeError);
  });
});
