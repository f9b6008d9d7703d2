/**
 * The round state machine: draft → open → closed → published. Nothing moves backwards; a closed
 * round's snapshot is computed once on the transition open → closed.
 */
export const ROUND_STATES = ["draft", "open", "closed", "published"] as const;
export type RoundState = (typeof ROUND_STATES)[number];
export type RoundAction = "open" | "close" | "publish";

const TRANSITIONS: Record<RoundAction, { from: RoundState; to: RoundState }> = {
  open: { from: "draft", to: "open" },
  close: { from: "open", to: "closed" },
  publish: { from: "closed", to: "published" },
};

/** The state a round moves to under an action, or null when the action is not allowed from `state`. */
export function nextRoundState(state: RoundState, action: RoundAction): RoundState | null {
  const t = TRANSITIONS[action];
  return t.from === state ? t.to : null;
}

/** The state an action requires. */
export function requiredRoundState(action: RoundAction): RoundState {
  return TRANSITIONS[action].from;
}
