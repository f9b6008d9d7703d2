import { createMiddleware } from "hono/factory";
import { instrumentD1, newCost, serverTimingValue } from "../db/instrument.js";
import type { AppEnv } from "../env.js";

/**
 * Cost visibility: runs first, gives the rest of the request a D1 binding that counts every
 * statement, each round trip (a batch is one) and the rows D1 reports it read and wrote, and puts the totals and the handler's duration
 * on every response as `Server-Timing: db;desc="queries=N calls=N rows_read=N rows_written=N", app;dur=N`.
 *
 * The request's `c.env` becomes a per-request view of the bindings with the counting `DB` (the shared
 * env object is never mutated). `app;dur` is wall time as the runtime's clock shows it: in deployed
 * Workers the clock advances only across I/O, so it is the time spent waiting plus coarse CPU steps.
 * The figures are counts about the request itself; they name no row and no user.
 */
export const serverTiming = createMiddleware<AppEnv>(async (c, next) => {
  const start = performance.now();
  const cost = newCost();
  if (c.env?.DB) {
    c.env = Object.create(c.env, { DB: { value: instrumentD1(c.env.DB, cost), enumerable: true } });
  }
  try {
    await next();
  } finally {
    const value = serverTimingValue(cost, performance.now() - start);
    try {
      c.header("Server-Timing", value);
    } catch {
      // A response with immutable headers (e.g. passed through from a fetch): leave it as it is.
    }
  }
});
