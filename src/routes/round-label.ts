import type { Context } from "hono";
import type { ForumEnv } from "../middleware/forum-access.js";

/**
 * What a round is called on expert pages and crumbs: "Round 2", or, in a Real-Time Delphi (one
 * continuous study, no rounds), "Real-Time study" — the forum's translator (src/i18n/roundless.ts)
 * reads that wording for a roundless forum.
 */
export function roundLabel(c: Context<ForumEnv>, round: { number: number }): string {
  return c.get("i18n").t("round.title", { number: round.number });
}
