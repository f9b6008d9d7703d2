import { Hono } from "hono";
import { loadForumCooke } from "../../db/queries/cooke.js";
import { classicalModel } from "../../domain/cooke/index.js";
import { type ApiEnv, apiError, forumForOrganiser } from "./auth.js";

/** Parses `weights` and `alpha` as `analyse cooke` does; null with a message when they are bad. */
export function cookeOptions(
  weights: string | undefined,
  alpha: string | undefined,
): { weights: "global" | "item" | "equal"; alpha: number | "optimise" } | { error: string } {
  const w = weights ?? "global";
  if (w !== "global" && w !== "item" && w !== "equal")
    return { error: `weights must be global, item or equal, got "${w}"` };
  if (alpha === undefined || alpha === "") return { weights: w, alpha: 0 };
  if (alpha === "optimise") return { weights: w, alpha };
  const a = /^[0-9.eE+-]+$/.test(alpha) ? Number(alpha) : Number.NaN;
  if (!(a >= 0 && a <= 1)) return { error: `alpha must be a number in [0, 1] or "optimise", got "${alpha}"` };
  return { weights: w, alpha: a };
}

/**
 * GET /api/v1/forums/:id/cooke?weights=global|item|equal&alpha=A|optimise (organisers and read tokens):
 * Cooke's Classical Model on the forum's quantity questions, the JSON of `analyse cooke`. Seeds are
 * the quantity questions marked as seeds with a recorded value; expert ids are pseudonyms.
 */
export const cookeEndpoint = new Hono<ApiEnv>();

cookeEndpoint.get("/forums/:id/cooke", async (c) => {
  const { found, refusal } = await forumForOrganiser(c, "the Classical Model's weights are for organisers");
  if (refusal) return refusal;
  const options = cookeOptions(c.req.query("weights"), c.req.query("alpha"));
  if ("error" in options) return apiError(c, "invalid", options.error);
  const study = await loadForumCooke(c.get("db"), found.forum.id);
  if (!study) return apiError(c, "invalid", "no quantity question has expert answers");
  if (!study.input.items.some((i) => i.realisation !== null))
    return apiError(c, "invalid", "no seed question has a recorded value");
  try {
    return c.json(classicalModel(study.input, options));
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError)
      return apiError(c, "invalid", error.message);
    throw error;
  }
});
