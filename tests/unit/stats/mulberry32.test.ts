/**
 * The one seeded generator (mulberry32) behind the bootstrap intervals and the demo data. The expected
 * draws are those the engine and the demo produced before they shared it, so stored intervals and the
 * demo forum stay the same.
 */
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../src/domain/stats/mulberry32.js";

const draws = (seed: number, n: number) => {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => next());
};

describe("mulberry32", () => {
  it("gives the same sequence for a seed, bit for bit", () => {
    expect(draws(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(draws(0, 3)).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
    expect(draws(4294967295, 3)).toEqual([0.8964226141106337, 0.189478256739676, 0.7156526781618595]);
  });

  it("draws uniforms in [0, 1), and separate generators do not share state", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(b()).toBe(xs[0]);
  });
});
