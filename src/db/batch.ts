import { isSQLWrapper, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import type { Db } from "./client.js";

const dialect = new SQLiteSyncDialect();

/** Anything that can become one SQL statement: a drizzle query builder or a `sql` template. */
export type Statement = SQL | { toSQL: () => { sql: string; params: unknown[] } };

function prepare(db: Db, s: Statement): D1PreparedStatement {
  const q = "toSQL" in s && typeof s.toSQL === "function" ? s.toSQL() : dialect.sqlToQuery(s as SQL);
  return db.$client.prepare(q.sql).bind(...(q.params as unknown[]));
}

/**
 * Runs statements as one D1 batch (one transaction: all or nothing) and returns D1's raw results, whose
 * `meta.changes` tells conditional writes apart. Every multi-row write in the app goes through here.
 */
export async function runBatch(db: Db, statements: readonly Statement[]): Promise<D1Result[]> {
  if (statements.length === 0) return [];
  return db.$client.batch(statements.map((s) => prepare(db, s)));
}

/** Runs one statement and returns D1's raw result. */
export async function runOne(db: Db, statement: Statement): Promise<D1Result> {
  return prepare(db, statement).run();
}

export { isSQLWrapper };
