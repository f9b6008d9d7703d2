import { drizzle } from "drizzle-orm/d1";

export type Db = ReturnType<typeof createDb>;

/**
 * A drizzle database over a D1 binding, made per request. Without a schema: the app writes no relational
 * (`db.query`) reads, and drizzle would otherwise walk every table's relations on each request.
 */
export function createDb(d1: D1Database) {
  return drizzle(d1);
}
