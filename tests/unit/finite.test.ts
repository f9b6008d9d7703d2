import { describe, expect, it } from "vitest";
import { findInfinite, firstNumber, QUANTITY_LIMIT } from "../../src/domain/finite.js";

describe("findInfinite", () => {
  it("names the path of the first ±Infinity in a value to be stored, and nothing else", () => {
    expect(findInfinite({ a: 1, b: [2, { c: Number.POSITIVE_INFINITY }] })).toBe("$.b[1].c");
    expect(findInfinite([0, -Infinity])).toBe("$[1]");
    expect(findInfinite({ a: null, b: "Infinity", c: Number.NaN, d: [1.7e308, -1.7e308] })).toBeNull();
  });

  it("firstNumber walks arrays and objects in order and returns the first number the test picks", () => {
    const value = { a: [1, Number.NaN], b: { c: Number.NEGATIVE_INFINITY }, d: "NaN" };
    expect(firstNumber(value, (x) => !Number.isFinite(x))).toEqual({ path: "$.a[1]", value: Number.NaN });
    expect(firstNumber(value, (x) => x === Number.NEGATIVE_INFINITY)).toEqual({
      path: "$.b.c",
      value: Number.NEGATIVE_INFINITY,
    });
    expect(firstNumber([null, "x", 2], (x) => x > 5)).toBeNull();
  });

  it("a panel of answers at the limit pools without overflow", () => {
    // n · limit² stays far below the largest double, so sums of squares (SD) stay finite.
    expect(Number.isFinite(1000 * QUANTITY_LIMIT ** 2)).toBe(true);
    expect(QUANTITY_LIMIT).toBe(1e15);
  });
});
