import type { Context } from "hono";
import { Hono } from "hono";
import type { ForumEnv } from "../../middleware/forum-access.js";

export const organiserRoutes = new Hono<ForumEnv>();

export async function organiserOverview(c: Context<ForumEnv>) {
  return c.text(c.get("forum").title);
}
