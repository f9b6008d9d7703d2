import { inArray, isSQLWrapper, type SQL, type SQLWrapper } from "drizzle-orm";
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

/** Ids bound in one `IN (…)` list: D1 refuses more than 100 parameters per statement, the rest included. */
export const IDS_PER_STATEMENT = 90;

/**
 * `column IN (ids…)`, refusing more ids than one statement can bind (`fn` names the caller in the
 * error): for lookups of a page's worth of rows, such as the members of one panel page.
 */
export function idsIn(column: SQLWrapper, ids: readonly number[], fn: string): SQL {
  if (ids.length > IDS_PER_STATEMENT)
    throw new RangeError(`${fn}: at most ${IDS_PER_STATEMENT} ids at once (D1 binds 100 parameters)`);
  return inArray(column, [...ids]);
}

export { isSQLWrapper };
