/**
 * Brier skill score (Wilks 2011, ch. 8: 1 − BS/BS_ref) and Spiegelhalter's Z (Spiegelhalter 1986,
 * Statistics in Medicine 5:421). Expected values hand-derived in the comments; the two-sided p of
 * Z = −1/√2 is erfc(½) = 0.4795001221869535 (any table of erfc).
 */
import { describe, expect, it } from "vitest";
import { brierSkillScore, spiegelhalterZ } from "../../../src/domain/scoring/index.js";

const four = [
  { p: 0.8, outcome: 1 as const },
  { p: 0.3, outcome: 0 as const },
  { p: 0.6, outcome: 1 as const },
  { p: 0.1, outcome: 0 as const },
];

describe("brierSkillScore", () => {
  it("against the base rate: BS 0.075, ō = ½ so BS_ref ¼, BSS 0.7", () => {
    const got = brierSkillScore(four);
    expect(got.brier).toBeCloseTo(0.075, 15);
    expect(got.reference).toBeCloseTo(0.25, 15);
    expect(got.skill).toBeCloseTo(0.7, 14);
  });

  it("against a pool: pool 0.9, 0.2, 0.5, 0.2 has BS (0.01 + 0.04 + 0.25 + 0.04)/4 = 0.085", () => {
    const got = brierSkillScore(four, [0.9, 0.2, 0.5, 0.2]);
    expect(got.reference).toBeCloseTo(0.085, 15);
    expect(got.skill).toBeCloseTo(1 - 0.075 / 0.085, 14);
  });

  it("null when the reference is perfect (every outcome the same)", () => {
    expect(brierSkillScore([{ p: 0.7, outcome: 1 }]).skill).toBeNull();
  });

  it("refuses a reference of another length", () => {
    expect(() => brierSkillScore(four, [0.5])).toThrow(RangeError);
  });
});

describe("spiegelhalterZ", () => {
  it("p 0.2, 0.8 with outcomes 0, 1: Z = −1/√2, p = erfc(½)", () => {
    const got = spiegelhalterZ([
      { p: 0.2, outcome: 0 },
      { p: 0.8, outcome: 1 },
    ]);
    expect(got.z).toBeCloseTo(-Math.SQRT1_2, 14);
    expect(got.p).toBeCloseTo(0.4795001221869535, 12);
  });

  it("four pairs: Z = −0.4 / √0.1584", () => {
    // Σ(o − p)(1 − 2p) = −0.12 − 0.12 − 0.08 − 0.08; Σ(1 − 2p)²p(1 − p) = 0.0576 + 0.0336 + 0.0096 + 0.0576
    expect(spiegelhalterZ(four).z).toBeCloseTo(-0.4 / Math.sqrt(0.1584), 14);
  });

  it("one pair p = 0.1 that happened: Z = 3, two-sided p = 0.0026998", () => {
    // Z = 0.9·0.8/√(0.64·0.09) = 3; normal table: 2·(1 − Φ(3)) = 0.0026998.
    expect(spiegelhalterZ([{ p: 0.1, outcome: 1 }]).p).toBeCloseTo(0.002699796063260207, 12);
  });

  it("null without variance (every p is ½)", () => {
    expect(spiegelhalterZ([{ p: 0.5, outcome: 1 }])).toEqual({ z: null, p: null });
  });
});
