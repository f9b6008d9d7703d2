import type { Context } from "hono";
import type { AppEnv } from "../env.js";

/** The origin used in links we send: APP_ORIGIN when configured, else the request's own. */
export function appOrigin<E extends AppEnv>(c: Context<E>): string {
  return c.env.APP_ORIGIN || new URL(c.req.url).origin;
}
