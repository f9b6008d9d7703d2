import { describe, expect, it } from "vitest";
import {
  CLOSED_STATES,
  isClosed,
  nextRoundState,
  ROUND_STATES,
  requiredRoundState,
} from "../../src/domain/rounds.js";

describe("round state machine", () => {
  it("moves forward one step per action and never backwards", () => {
    expect(nextRoundState("draft", "open")).toBe("open");
    expect(nextRoundState("open", "close")).toBe("closed");
    expect(nextRoundState("closed", "publish")).toBe("published");
    for (const state of ROUND_STATES)
      for (const action of ["open", "close", "publish"] as const) {
        const next = nextRoundState(state, action);
        if (next !== null) expect(ROUND_STATES.indexOf(next)).toBe(ROUND_STATES.indexOf(state) + 1);
      }
  });

  it("refuses every action from any other state", () => {
    expect(nextRoundState("open", "open")).toBeNull();
    expect(nextRoundState("draft", "close")).toBeNull();
    expect(nextRoundState("published", "publish")).toBeNull();
    expect(nextRoundState("draft", "publish")).toBeNull();
    expect(requiredRoundState("close")).toBe("open");
  });

  it("a round is closed once its close has run: closed, then published", () => {
    expect(ROUND_STATES.filter(isClosed)).toEqual(CLOSED_STATES);
    // Every state a close can lead to, directly or by publishing, is closed; nothing before it is.
    const afterClose = nextRoundState("open", "close")!;
    expect([afterClose, nextRoundState(afterClose, "publish")]).toEqual(CLOSED_STATES);
  });
});
