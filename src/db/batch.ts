import {
  fillPlaceholders,
  inArray,
  isSQLWrapper,
  type Placeholder,
  type SQL,
  type SQLWrapper,
} from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
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

type Batchable = Parameters<Db["batch"]>[0][number];
type Field = { field?: { name?: string; fieldAlias?: string } };
/** What drizzle prepares of a query builder or a raw `sql` read (internal API, drizzle 0.45). */
type Prepared = {
  fields?: Field[];
  getQuery: () => { sql: string; params: unknown[] };
  mapResult: (result: unknown, isFromBatch: boolean) => unknown;
};
type Results<T extends readonly Batchable[]> = { -readonly [K in keyof T]: Awaited<T[K]> };

/**
 * Reads in one D1 batch (one round trip), each result mapped as drizzle maps it, for query builders and
 * raw `sql` reads (`db.all(sql…)`) alike. Unlike drizzle's `db.batch()`, it builds each query's SQL once
 * (it is most of a small page's CPU), binds a raw read's parameters (drizzle 0.45 cannot), and refuses a
 * query with two result columns of one name: D1 answers a batch with rows keyed by column name, so a
 * join's two `id` columns would come back as one, and every later column of the row would be mapped one
 * place off (a forum row with its member's id).
 */
export async function readBatch<T extends readonly [Batchable, ...Batchable[]]>(
  db: Db,
  queries: T,
): Promise<Results<T>> {
  const prepared = queries.map((q) => (q as unknown as { _prepare: () => Prepared })._prepare());
  const statements = prepared.map((p) => {
    const names = (p.fields ?? [])
      .map((f) => f.field?.fieldAlias ?? f.field?.name)
      .filter((n) => n !== undefined);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice !== undefined) throw new Error(`readBatch: two result columns named "${twice}" in one query`);
    const { sql, params } = p.getQuery();
    return db.$client.prepare(sql).bind(...params);
  });
  const results = await db.$client.batch(statements);
  return prepared.map((p, i) => p.mapResult(results[i], true)) as Results<T>;
}

/**
 * A read whose SQL is built once per isolate, for the reads every request makes (the session and the
 * membership): drizzle builds a query's SQL text on each call, which costs more CPU than D1 takes to
 * run such a lookup. `build` writes the query with `sql.placeholder(name)` for each value; the result
 * gives, for the values of a request (by placeholder name; a missing one throws), a query that
 * `readBatch` runs.
 */
export function reusableRead<Q extends Batchable>(
  build: (db: Db) => Q,
): (values: Record<string, unknown>) => Q {
  const reads = reusableReads((db) => [build(db)] as const);
  return (values) => reads(values)[0];
}

/** `reusableRead` for several reads built together (`build` returns them as a list). */
export function reusableReads<T extends readonly Batchable[]>(
  build: (db: Db) => T,
): (values: Record<string, unknown>) => T {
  let built: { prepared: Prepared; query: { sql: string; params: unknown[] } }[] | undefined;
  return (values) => {
    built ??= build(drizzle(unpreparedClient)).map((q) => {
      const prepared = (q as unknown as { _prepare: () => Prepared })._prepare();
      return { prepared, query: prepared.getQuery() };
    });
    return built.map(({ prepared, query }) => {
      const bound: Prepared = {
        fields: prepared.fields,
        getQuery: () => ({ sql: query.sql, params: fillPlaceholders(query.params, values) }),
        mapResult: (result, isFromBatch) => prepared.mapResult(result, isFromBatch),
      };
      return { _prepare: () => bound };
    }) as unknown as T;
  };
}

/**
 * `reusableReads` for reads whose SQL differs between a few variants (the reader's view of a snapshot,
 * how a thread may be read): built once per variant, keyed by its JSON.
 */
export function reusableReadsPer<V, T extends readonly Batchable[]>(
  build: (variant: V, db: Db) => T,
): (variant: V, values: Record<string, unknown>) => T {
  const byVariant = new Map<string, (values: Record<string, unknown>) => T>();
  return (variant, values) => {
    const key = JSON.stringify(variant);
    let reads = byVariant.get(key);
    if (!reads) {
      reads = reusableReads((db) => build(variant, db));
      byVariant.set(key, reads);
    }
    return reads(values);
  };
}

/** A value of a query, or the placeholder it takes in a reusable read (`sql.placeholder(name)`). */
export type Bound<T> = T | Placeholder;

/** A D1 stand-in for building queries: drizzle prepares a statement as it builds, and this one is never run. */
const unpreparedClient = { prepare: () => ({}) } as unknown as D1Database;

/** A raw `sql` read for `readBatch`, its rows keyed by column name. */
export const rawRead = <T = Record<string, unknown>>(db: Db, query: SQL) => db.all<T>(query);

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
