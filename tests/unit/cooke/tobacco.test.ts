import { describe, expect, it } from "vitest";
import { classicalModel } from "../../../src/domain/cooke/index.js";
import { expectClose, referenceCase } from "./reference.js";

/**
 * Tobacco-control study (7 experts, 21 items, 10 seeds, 5/25/50/75/95), published results from
 * anduryl's example notebook: github.com/grongen/anduryl @ 3bf8bc4295c4d21ca2507c4422286debce355071,
 * `notebooks/Example Anduryl with scripting.ipynb`:
 * - cell 14 (`experts.as_dict()`): experts' calibration / information total / information
 *   realisations, the "GL opt" DM (global weights, alpha optimised, overshoot 0.1, calpower 1) and
 *   the "US" DM (user weights 1.5, 0.2, 0.3, 0.4, 0.3, 0.4, 0.5);
 * - cell 21 (item robustness, row "None"): item weights, alpha 0.
 * The notebook prints 6 decimals, hence the absolute tolerance of 1e-6 (plus rounding).
 */
const EXPERTS: [string, number, number, number][] = [
  ["Ex1", 0.036982, 0.821255, 0.929125],
  ["Ex2", 0.171575, 0.70599, 1.002679],
  ["Ex3", 0.001053, 0.669885, 0.996867],
  ["Ex4", 0.023658, 0.697621, 0.818449],
  ["Ex5", 0.439946, 1.165807, 0.896439],
  ["Ex6", 0.07796, 1.078725, 1.468409],
  ["Ex7", 0.687587, 0.943491, 1.062177],
];
const close6 = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(6e-7);

const study = referenceCase("tobacco");
describe.skipIf(!study.available)(`Classical Model on ${study.title} (anduryl notebook)`, () => {
  const input = study.available ? study.load() : null;

  it("reads 7 experts, 21 items, 10 seeds at 5/25/50/75/95", () => {
    expect(input?.quantileLevels).toEqual([0.05, 0.25, 0.5, 0.75, 0.95]);
    expect(input?.experts).toHaveLength(7);
    expect(input?.items).toHaveLength(21);
    expect(input?.items.filter((item) => item.realisation !== null)).toHaveLength(10);
  });

  it("optimised global weights: expert scores and the GL opt DM (all weight on Ex7)", () => {
    const result = classicalModel(input!, { weights: "global", alpha: "optimise" });
    result.experts.forEach((expert, e) => {
      const [id, cal, infoAll, infoSeeds] = EXPERTS[e]!;
      expect(expert.id).toBe(id);
      close6(expert.calibration, cal);
      close6(expert.informationAll, infoAll);
      close6(expert.informationSeeds, infoSeeds);
      // the notebook's "Weight" column is Cal × InfoSeeds
      close6(
        expert.calibration * expert.informationSeeds,
        [0.034361, 0.172035, 0.00105, 0.019363, 0.394384, 0.114477, 0.730339][e]!,
      );
    });
    expectClose(result.alpha, 0.687587, 1e-6);
    expect(result.experts.map((e) => e.weight)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    close6(result.decisionMaker.calibration, 0.687587);
    close6(result.decisionMaker.informationAll, 0.943491);
    close6(result.decisionMaker.informationSeeds, 1.062177);
  });

  it("user weights 1.5, 0.2, 0.3, 0.4, 0.3, 0.4, 0.5: the US DM", () => {
    const userWeights = [1.5, 0.2, 0.3, 0.4, 0.3, 0.4, 0.5];
    const result = classicalModel(input!, { weights: "user", alpha: 0, userWeights });
    close6(result.decisionMaker.calibration, 0.459729);
    close6(result.decisionMaker.informationAll, 0.329472);
    close6(result.decisionMaker.informationSeeds, 0.459663);
    expect(result.experts[0]!.weight).toBeCloseTo(1.5 / 3.6, 15);
  });

  it("item weights, alpha 0: the robustness table's row None", () => {
    const result = classicalModel(input!, { weights: "item", alpha: 0 });
    close6(result.decisionMaker.calibration, 0.498798);
    close6(result.decisionMaker.informationAll, 0.668081);
    close6(result.decisionMaker.informationSeeds, 0.790444);
    expect(result.experts.every((e) => e.weight === null)).toBe(true);
  });
});
