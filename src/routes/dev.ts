import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { createToken } from "../db/queries/auth.js";
import { seedDemo } from "../demo/seed.js";
import type { AppEnv } from "../env.js";
import { appOrigin } from "./origin.js";

/**
 * Local development helpers, used by `npm start`: they exist only when wrangler dev was started with
 * DEV_TOOLS=1 and a per-start secret, and answer 404 otherwise (always in production).
 */
export const dev = new Hono<AppEnv>();

dev.use(async (c, next) => {
  const secret = c.env.DEV_TOOLS_SECRET;
  if (c.env.DEV_TOOLS !== "1" || !secret || c.req.header("X-Dev-Secret") !== secret) {
    throw new HTTPException(404, { message: "not found" });
  }
  await next();
});

/** Seeds the demo forum when the database is empty, and returns fresh sign-in links for its three roles. */
dev.post("/seed", async (c) => {
  const db = c.get("db");
  const demo = await seedDemo(db);
  const link = async (userId: number) =>
    `${appOrigin(c)}/auth/${await createToken(db, { purpose: "signin", userId })}`;
  return c.json({
    forumId: demo.forumId,
    links: {
      organiser: await link(demo.organiser),
      expert: await link(demo.expert),
      stakeholder: await link(demo.stakeholder),
    },
  });
});
