import { describe, expect, it } from "vitest";
import { classicalModel, seedBin } from "../../../src/domain/cooke/index.js";
import { expectClose, referenceCase, referenceTolerance } from "./reference.js";

/**
 * INECC Crecimiento (htca/anduryl---CIE5310 `data/`), expected values from
 * ../shared/reference/cooke/inecc/expected-global-alpha0.05.txt: global weights, alpha 0.05, no
 * optimisation, overshoot 0.1. Columns: calibration, information (all items), information (seeds).
 * DM weights F 0.839093 / I 0.160907 as given in ../shared/reference/README.md (the file's W_norm
 * column also normalises over the DM row).
 */
const EXPECTED: [string, number, number, number][] = [
  ["A", 5.03797e-12, 1.60819, 1.93478],
  ["B", 1.03264e-5, 1.03006, 1.00563],
  ["C", 9.21494e-5, 1.66613, 1.65122],
  ["D", 1.03264e-5, 1.30231, 1.48422],
  ["E", 1.50445e-3, 1.22279, 1.30071],
  ["F", 2.76658e-1, 1.08076, 1.28487],
  ["G", 1.54457e-4, 1.82513, 1.94418],
  ["H", 1.36252e-5, 1.69805, 1.91299],
  ["I", 5.30631e-2, 1.07772, 1.28462],
];
const DM = { calibration: 2.65039e-1, informationAll: 8.06313e-1, informationSeeds: 9.5483e-1 };
const WEIGHTS: Record<string, number> = { F: 0.839093, I: 0.160907 };

for (const name of ["inecc", "puig-gdp"]) {
  const study = referenceCase(name);
  describe.skipIf(!study.available)(`Classical Model on ${study.title}`, () => {
    const input = study.available ? study.load() : null;
    const result = input ? classicalModel(input, { weights: "global", alpha: 0.05 }) : null;

    it("reads 9 experts, 19 items, 13 seeds at 5/50/95", () => {
      expect(input?.experts.map((e) => e.id)).toEqual(EXPECTED.map(([id]) => id));
      expect(input?.items).toHaveLength(19);
      expect(result?.seedCount).toBe(13);
      expect(result?.quantileLevels).toEqual([0.05, 0.5, 0.95]);
      expect(result?.alpha).toBe(0.05);
    });

    it("reads the non-ASCII item id", () => {
      const id = input?.items[5]?.id;
      expect(id).toBe(name === "inecc" ? "inflaciσn_8189" : "inflación_8189");
    });

    it.each(EXPECTED)(
      "expert %s: calibration and information match EXCALIBUR",
      (id, cal, infoAll, infoSeeds) => {
        const expert = result?.experts.find((e) => e.id === id);
        expectClose(expert!.calibration, cal, referenceTolerance(cal));
        expectClose(expert!.informationAll, infoAll, referenceTolerance(infoAll));
        expectClose(expert!.informationSeeds, infoSeeds, referenceTolerance(infoSeeds));
      },
    );

    it("weights the DM F 0.839093 / I 0.160907 and nobody else", () => {
      for (const expert of result!.experts) {
        const expected = WEIGHTS[expert.id];
        if (expected === undefined) expect(expert.weight).toBe(0);
        else expectClose(expert.weight!, expected, 1e-5);
      }
    });

    it("scores the DM as EXCALIBUR does", () => {
      const dm = result!.decisionMaker;
      expectClose(dm.calibration, DM.calibration, 1e-5);
      expectClose(dm.informationAll, DM.informationAll, 1e-5);
      expectClose(dm.informationSeeds, DM.informationSeeds, 1e-5);
      expect(Object.keys(dm.items)).toEqual(input!.items.map((item) => item.id));
    });

    it("puts the seeds in the bins the reference README lists (lower-bin rule)", () => {
      const bins = (id: string) => {
        const e = input!.experts.findIndex((x) => x.id === id);
        const counts = [0, 0, 0, 0];
        input!.items.forEach((item, j) => {
          const q = input!.assessments[e]![j];
          if (item.realisation !== null && q) counts[seedBin(q, item.realisation)]! += 1;
        });
        return counts;
      };
      expect(bins("F")).toEqual([1, 7, 3, 2]);
      expect(bins("I")).toEqual([0, 3, 7, 3]);
      expect(bins("A")).toEqual([2, 1, 0, 10]);
    });
  });
}
