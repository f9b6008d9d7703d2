import { Hono } from "hono";
import { buildForumExport } from "../../db/queries/export.js";
import { type ApiEnv, forumForOrganiser } from "./auth.js";

/** GET /api/v1/forums/:id/export: everything needed to recompute every snapshot. Organisers and read tokens only. */
export const exportEndpoint = new Hono<ApiEnv>();

exportEndpoint.get("/forums/:id/export", async (c) => {
  const { found, refusal } = await forumForOrganiser(c, "only the forum's organisers can export it");
  if (refusal) return refusal;
  return c.json(await buildForumExport(c.get("db"), found.forum));
});
