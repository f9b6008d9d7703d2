import { Hono } from "hono";
import { findRoundResults } from "../../db/queries/export.js";
import { type ApiEnv, apiError, forumForCaller } from "./auth.js";

/**
 * GET /api/v1/forums/:id/rounds/:n/results: the frozen snapshots of round n. Stakeholders get published
 * rounds only and no `responses` (removed in SQL); experts, organisers and read tokens get closed and
 * published rounds with the pseudonymous responses.
 */
export const resultsEndpoint = new Hono<ApiEnv>();

resultsEndpoint.get("/forums/:id/rounds/:n/results", async (c) => {
  const found = await forumForCaller(c);
  if (!found) return apiError(c, 404, "not_found", "no such forum");
  const raw = c.req.param("n");
  if (!/^[0-9]{1,6}$/.test(raw)) return apiError(c, 404, "not_found", "no such round");
  const stakeholder = found.role === "stakeholder";
  const results = await findRoundResults(c.get("db"), found.forum, Number(raw), {
    states: stakeholder ? ["published"] : ["closed", "published"],
    withResponses: !stakeholder,
  });
  if (!results)
    return apiError(
      c,
      404,
      "not_found",
      stakeholder ? "no published round with this number" : "no closed round with this number",
    );
  return c.json(results);
});
