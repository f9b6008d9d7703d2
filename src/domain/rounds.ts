/**
 * The round state machine: draft → open → closed → published. Nothing moves backwards; a closed
 * round's snapshot is computed once on the transition open → closed.
 */
export const ROUND_STATES = ["draft", "open", "closed", "published"] as const;
export type RoundState = (typeof ROUND_STATES)[number];
export type RoundAction = "open" | "close" | "publish";

/** The states of a closed round: its answers are final and its snapshot is stored (published or not yet). */
export const CLOSED_STATES: ("closed" | "published")[] = ["closed", "published"];

/** Whether a round in `state` is closed (its answers final, its snapshot stored). */
export function isClosed(state: RoundState): state is "closed" | "published" {
  return state === "closed" || state === "published";
}

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

/** A stored round (rounds table) as pages read it. Times are ISO 8601 UTC. */
export type Round = {
  id: number;
  forumId: number;
  number: number;
  /** standard rounds ask questions; an ideas round (round 0) collects open items. */
  kind: "standard" | "ideas";
  state: RoundState;
  instructions: string;
  synthesis: string;
  opensAt: string | null;
  closesAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  publishedAt: string | null;
  /** Who could answer and who did, frozen at close. */
  participation: { eligible: number; late: number; answered: number } | null;
  createdAt: string;
};
