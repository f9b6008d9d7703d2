import { describe, expect, it } from "vitest";
import { outsidePreviousIqr } from "../../src/domain/feedback.js";
import type { QuestionSnapshot } from "../../src/domain/snapshot.js";

const summary = (q1: number, q3: number) => ({ q1, q3 }) as NonNullable<QuestionSnapshot["summary"]>;

describe("outsidePreviousIqr", () => {
  it("a binary answer outside [Q1, Q3] of the previous round needs a reason; the bounds themselves do not", () => {
    const prev = { summary: summary(0.3, 0.6) } as QuestionSnapshot;
    expect(outsidePreviousIqr({ kind: "binary", p: 0.7 }, prev)).toBe(true);
    expect(outsidePreviousIqr({ kind: "binary", p: 0.2 }, prev)).toBe(true);
    expect(outsidePreviousIqr({ kind: "binary", p: 0.3 }, prev)).toBe(false);
    expect(outsidePreviousIqr({ kind: "binary", p: 0.6 }, prev)).toBe(false);
  });

  it("an allocation is outside when any scenario's share is outside that scenario's own range", () => {
    const prev = {
      summary: null,
      perOption: [{ summary: summary(0.2, 0.4) }, { summary: summary(0.5, 0.7) }],
    } as unknown as QuestionSnapshot;
    expect(outsidePreviousIqr({ kind: "allocation", p: [0.3, 0.7] }, prev)).toBe(false);
    expect(outsidePreviousIqr({ kind: "allocation", p: [0.1, 0.9] }, prev)).toBe(true);
  });

  it("without a previous summary nothing is outside", () => {
    expect(outsidePreviousIqr({ kind: "binary", p: 0.99 }, { summary: null } as QuestionSnapshot)).toBe(
      false,
    );
  });
});
