import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import * as v from "valibot";
import { getRoundByNumber } from "../../db/queries/rounds.js";
import type { ForumEnv } from "../../middleware/forum-access.js";
import { roundNumberParam } from "../../validation/organiser-rounds.js";

/** The round named by `:n` in the current forum, or 404. */
export async function roundParam(c: Context<ForumEnv>) {
  const n = v.safeParse(roundNumberParam, c.req.param("n"));
  const round = n.success ? await getRoundByNumber(c.get("db"), c.get("forum").id, n.output) : undefined;
  if (!round) throw new HTTPException(404, { message: "no such round" });
  return round;
}
