import type { Context } from "hono";
import type { ForumEnv } from "../middleware/forum-access.js";

/**
 * What a round is called on expert pages and crumbs: "Round 2", or, in a Real-Time Delphi (one
 * continuous study, no rounds), "Real-Time study".
 */
export function roundLabel(c: Context<ForumEnv>, round: { number: number }): string {
  const { t } = c.get("i18n");
  return c.get("forum").mode === "realtime"
    ? t("org.study.name")
    : t("round.title", { number: round.number });
}
