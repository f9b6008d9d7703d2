import { Hono } from "hono";
import { findForum, listApiForums } from "../../db/queries/export.js";
import type { ApiEnv } from "./auth.js";

/** GET /api/v1/forums: the forums the caller can read, with the caller's role ("token" for a read token). */
export const forumsEndpoint = new Hono<ApiEnv>();

forumsEndpoint.get("/forums", async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  if (caller.kind === "token") {
    const forum = await findForum(db, caller.forumId);
    return c.json({ forums: forum ? [{ id: forum.id, title: forum.title, role: "token" }] : [] });
  }
  return c.json({ forums: await listApiForums(db, caller.userId) });
});
