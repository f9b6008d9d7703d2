import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { createToken } from "../db/queries/auth.js";
import { createScaleSessions, SCALE_LIMITS, scaleLinks, seedScale } from "../demo/scale.js";
import { seedDemo } from "../demo/seed.js";
import type { AppEnv } from "../env.js";
import { AppError } from "../errors.js";
import { guard } from "../middleware/guards.js";
import { runScheduled } from "../scheduled.js";
import { appOrigin } from "./origin.js";

/**
 * Local development helpers, used by `npm start`: they exist only when wrangler dev was started with
 * DEV_TOOLS=1 and a per-start secret, and answer 404 otherwise (always in production).
 */
export const dev = new Hono<AppEnv>();

/** Local development only: 404 unless DEV_TOOLS=1 and the per-start secret is sent. */
const devTools = guard(
  "local development",
  createMiddleware<AppEnv>(async (c, next) => {
    const secret = c.env.DEV_TOOLS_SECRET;
    if (c.env.DEV_TOOLS !== "1" || !secret || c.req.header("X-Dev-Secret") !== secret) {
      throw new AppError("not_found", "not found");
    }
    await next();
  }),
);
dev.use("*", devTools);

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

/**
 * Generates a forum of a chosen size (`?experts=&questions=&rounds=&open=0|1`, see
 * src/demo/scale.ts) and returns its id with fresh sign-in links. Used by `npm run seed:scale`.
 */
dev.post("/seed-scale", async (c) => {
  const int = (name: string, fallback: number, max: number) => {
    const v = Number(c.req.query(name) ?? fallback);
    if (!Number.isInteger(v) || v < 1 || v > max) throw new AppError("bad_request", `bad ${name}`);
    return v;
  };
  const db = c.get("db");
  const forum = await seedScale(db, {
    experts: int("experts", 30, SCALE_LIMITS.experts),
    questions: int("questions", 8, SCALE_LIMITS.questions),
    rounds: int("rounds", 2, SCALE_LIMITS.rounds),
    openNext: c.req.query("open") !== "0",
  });
  return c.json({ ...forum, links: await scaleLinks(db, appOrigin(c), forum) });
});

/**
 * Runs the Cron Trigger's handler now (`npm run cron`, scripts/cron.mjs): the same runScheduled that the
 * production `scheduled` export (src/index.tsx) calls every 5 minutes — opens and closes due rounds,
 * queues reminders, applies retention, delivers mail — and answers its report as JSON. `?time=` (ISO
 * 8601 or epoch milliseconds, as wrangler's /__scheduled takes) runs it as of another moment.
 */
dev.post("/scheduled", async (c) => {
  const raw = c.req.query("time");
  const when = raw === undefined ? new Date() : new Date(/^\d+$/.test(raw) ? Number(raw) : raw);
  if (Number.isNaN(when.getTime())) throw new AppError("bad_request", "bad time");
  return c.json({ time: when.toISOString(), ...(await runScheduled(c.env, when)) });
});

/** Session cookies for `count` members of a forum with a role, for `npm run load`. */
dev.post("/scale-sessions", async (c) => {
  const forumId = Number(c.req.query("forum"));
  const role = c.req.query("role");
  const count = Number(c.req.query("count") ?? 1);
  if (!Number.isInteger(forumId) || !Number.isInteger(count) || count < 1 || count > 5000)
    throw new AppError("bad_request", "bad forum or count");
  if (role !== "expert" && role !== "stakeholder" && role !== "organiser")
    throw new AppError("bad_request", "bad role");
  return c.json({ sessions: await createScaleSessions(c.get("db"), forumId, role, count) });
});
