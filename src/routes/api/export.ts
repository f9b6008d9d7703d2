import { Hono } from "hono";
import { buildForumExport } from "../../db/queries/export.js";
import { type ApiEnv, apiError, forumForCaller } from "./auth.js";

/** GET /api/v1/forums/:id/export: everything needed to recompute every snapshot. Organisers and read tokens only. */
export const exportEndpoint = new Hono<ApiEnv>();

exportEndpoint.get("/forums/:id/export", async (c) => {
  const found = await forumForCaller(c);
  if (!found) return apiError(c, "not_found", "no such forum");
  if (found.role !== "organiser" && found.role !== "token")
    return apiError(c, "forbidden", "only the forum's organisers can export it");
  return c.json(await buildForumExport(c.get("db"), found.forum));
});
