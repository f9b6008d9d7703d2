import type { CookeInput } from "../../../src/domain/cooke/index.js";
import { mulberry32 } from "../../../src/domain/stats/mulberry32.js";

/** A small study built by hand: 3 experts, 3 seeds and 1 target, 5/50/95, one LOG item. */
export function smallStudy(): CookeInput {
  return {
    quantileLevels: [0.05, 0.5, 0.95],
    experts: [{ id: "north" }, { id: "south west" }, { id: "east" }],
    items: [
      { id: "growth 2024", scale: "uni", realisation: 2.1 },
      { id: "inflation", scale: "uni", realisation: 4.5 },
      { id: "cases", scale: "log", realisation: 1200 },
      { id: "target", scale: "uni", realisation: null },
    ],
    assessments: [
      [
        [1, 2, 3],
        [3, 4.5, 6],
        [100, 1000, 5000],
        [10, 20, 30],
      ],
      [[0, 2.5, 4], [4, 5, 6], [500, 1100, 1500], null],
      [
        [1.5, 2, 2.5],
        [2, 3, 4],
        [50, 60, 70],
        [15, 16, 17],
      ],
    ],
  };
}

/** A random study: experts with noisy, sometimes overconfident quantiles around the truth. */
export function randomStudy(experts: number, items: number, seeds: number, seed = 1): CookeInput {
  const random = mulberry32(seed);
  const truths = Array.from({ length: items }, () => 10 + 90 * random());
  return {
    quantileLevels: [0.05, 0.5, 0.95],
    experts: Array.from({ length: experts }, (_, e) => ({ id: `E${e + 1}` })),
    items: truths.map((truth, j) => ({
      id: `Q${j + 1}`,
      scale: j % 5 === 4 ? "log" : "uni",
      realisation: j < seeds ? truth : null,
    })),
    assessments: Array.from({ length: experts }, () =>
      truths.map((truth) => {
        const median = truth * (0.6 + 0.8 * random());
        const spread = median * (0.05 + 0.6 * random());
        return [median - spread * (0.5 + random()), median, median + spread * (0.5 + random())];
      }),
    ),
  };
}
