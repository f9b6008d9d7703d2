/** Bin membership matches the printed bounds. */
import { describe, expect, it } from "vitest";
import { binOf } from "../../../src/domain/scoring/calibration-table.js";
import { calibrationTable } from "../../../src/domain/scoring/index.js";

describe("calibration bins", () => {
  it("0.57 with 100 bins lands in [0.57, 0.58), not [0.56, 0.57)", () => {
    expect(binOf(0.57, 100)).toBe(57);
    const { bins } = calibrationTable([{ p: 0.57, outcome: 1 }], 100);
    const hit = bins.find((b) => b.count === 1);
    expect(hit?.lower).toBe(0.57);
    expect(hit?.upper).toBe(0.58);
  });

  it("every boundary value k/bins is in the bin whose printed lower bound is k/bins", () => {
    for (const bins of [3, 5, 7, 10, 20, 25, 50, 100, 1000]) {
      for (let k = 0; k < bins; k++) {
        const p = k / bins;
        const b = binOf(p, bins);
        expect(b / bins <= p && (p < (b + 1) / bins || b === bins - 1)).toBe(true);
        expect(b).toBe(k);
      }
      expect(binOf(1, bins)).toBe(bins - 1);
      expect(binOf(0, bins)).toBe(0);
    }
  });

  it("random p: lower ≤ p < upper exactly as printed", () => {
    for (let i = 0; i < 2000; i++) {
      const p = Math.random();
      for (const bins of [10, 100, 7]) {
        const b = binOf(p, bins);
        expect(b / bins <= p).toBe(true);
        expect(p < (b + 1) / bins || b === bins - 1).toBe(true);
      }
    }
  });
});
