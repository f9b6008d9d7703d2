import { Hono } from "hono";
import { findRoundResults } from "../../db/queries/export.js";
import { CLOSED_STATES } from "../../domain/rounds.js";
import { snapshotView } from "../../domain/visibility.js";
import { type ApiEnv, apiError, forumForCaller } from "./auth.js";

/**
 * GET /api/v1/forums/:id/rounds/:n/results: the frozen snapshots of round n, as visibility.ts allows the
 * caller: stakeholders get published rounds only and no `responses`; experts get closed and published
 * rounds with the pseudonymous responses but no subgroups (`groups` empty, no `stages`: F3); organisers
 * and read tokens get everything. Removed fields are removed in SQL.
 */
export const resultsEndpoint = new Hono<ApiEnv>();

resultsEndpoint.get("/forums/:id/rounds/:n/results", async (c) => {
  const found = await forumForCaller(c);
  if (!found) return apiError(c, "not_found", "no such forum");
  const raw = c.req.param("n");
  if (!/^[0-9]{1,6}$/.test(raw)) return apiError(c, "not_found", "no such round");
  const stakeholder = found.role === "stakeholder";
  const results = await findRoundResults(c.get("db"), found.forum, Number(raw), {
    states: stakeholder ? ["published"] : CLOSED_STATES,
    view: snapshotView(found.role),
  });
  if (!results)
    return apiError(
      c,
      "not_found",
      stakeholder ? "no published round with this number" : "no closed round with this number",
    );
  return c.json(results);
});
