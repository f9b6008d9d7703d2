/**
 * Counts what a request costs in D1: statements run, rows read and rows written, summed from the `meta`
 * D1 returns with every result (`meta.rows_read`, `meta.rows_written`). `instrumentD1` wraps a D1
 * binding (or a Sessions API session) in Proxies that add each result's meta to a `D1Cost`; everything
 * else passes through untouched, so the app cannot tell the wrapper from the binding.
 *
 * `first()` and `raw()` do not hand their meta back to the caller. `first()` is served from `all()` (the
 * same query: D1 runs the whole statement for `first()` too). `raw()` keeps its own result shape (drizzle
 * relies on it for joins with repeated column names), so the wrapper runs the runtime's own `raw()` on a
 * shadow of the statement whose session records the meta of the upstream response; on a runtime without
 * that internal shape (a test double), the query is counted without rows.
 */
export type D1Cost = {
  queries: number;
  /** Round trips to D1: a statement run alone is one, a batch of statements is one. */
  calls: number;
  rowsRead: number;
  rowsWritten: number;
};

export const newCost = (): D1Cost => ({ queries: 0, calls: 0, rowsRead: 0, rowsWritten: 0 });

type Meta = { rows_read?: number; rows_written?: number } | undefined;

const INNER = Symbol("instrumented-d1-statement");

/** One statement's cost; `alone` when it was its own round trip (not part of a batch). */
function record(cost: D1Cost, meta: Meta, alone = true): void {
  cost.queries += 1;
  if (alone) cost.calls += 1;
  cost.rowsRead += Number(meta?.rows_read ?? 0);
  cost.rowsWritten += Number(meta?.rows_written ?? 0);
}

/** The first element of an array, or the value itself (D1's upstream answers come in either form). */
const firstOf = <T>(v: T | T[]): T => (Array.isArray(v) ? (v[0] as T) : v);

type SessionLike = { _sendOrThrow?: (...args: unknown[]) => Promise<unknown> };

async function rawCounted(stmt: D1PreparedStatement, cost: D1Cost, options?: { columnNames?: boolean }) {
  const session = (stmt as unknown as { dbSession?: SessionLike }).dbSession;
  // biome-ignore lint/suspicious/noExplicitAny: D1's overloads for raw() with and without column names
  const raw = stmt.raw as any;
  if (!session || typeof session._sendOrThrow !== "function") {
    const rows = await raw.call(stmt, options);
    record(cost, undefined);
    return rows;
  }
  let seen = false;
  const counting = new Proxy(session, {
    get(target, prop) {
      if (prop === "_sendOrThrow") {
        return async (...args: unknown[]) => {
          const res = await (target._sendOrThrow as (...a: unknown[]) => Promise<unknown>).apply(
            target,
            args,
          );
          seen = true;
          record(cost, (firstOf(res) as { meta?: Meta } | undefined)?.meta);
          return res;
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  const shadow = Object.create(stmt, { dbSession: { value: counting } });
  const rows = await raw.call(shadow, options);
  if (!seen) record(cost, undefined);
  return rows;
}

function wrapStatement(stmt: D1PreparedStatement, cost: D1Cost): D1PreparedStatement {
  return new Proxy(stmt, {
    get(target, prop) {
      switch (prop) {
        case INNER:
          return target;
        case "bind":
          return (...values: unknown[]) => wrapStatement(target.bind(...values), cost);
        case "run":
          return async () => {
            const res = await target.run();
            record(cost, res.meta as Meta);
            return res;
          };
        case "all":
          return async () => {
            const res = await target.all();
            record(cost, res.meta as Meta);
            return res;
          };
        case "first":
          return async (col?: string) => {
            const res = await target.all<Record<string, unknown>>();
            record(cost, res.meta as Meta);
            const row = res.results[0];
            if (!row) return null;
            if (col === undefined) return row;
            if (row[col] === undefined) throw new Error(`D1_COLUMN_NOTFOUND: Column not found (${col})`);
            return row[col];
          };
        case "raw":
          return (options?: { columnNames?: boolean }) => rawCounted(target, cost, options);
        default: {
          const v = Reflect.get(target, prop, target);
          return typeof v === "function" ? v.bind(target) : v;
        }
      }
    },
  });
}

const unwrap = (s: D1PreparedStatement): D1PreparedStatement =>
  ((s as unknown as Record<symbol, D1PreparedStatement>)[INNER] ?? s) as D1PreparedStatement;

/** A database-like object (D1Database or D1DatabaseSession) whose every statement adds to `cost`. */
function wrapDatabase<T extends object>(real: T, cost: D1Cost): T {
  return new Proxy(real, {
    get(target, prop) {
      const t = target as unknown as D1Database;
      switch (prop) {
        case "prepare":
          return (sql: string) => wrapStatement(t.prepare(sql), cost);
        case "batch":
          return async (statements: D1PreparedStatement[]) => {
            const results = await t.batch(statements.map(unwrap));
            cost.calls += 1;
            for (const r of results) record(cost, r.meta as Meta, false);
            return results;
          };
        case "exec":
          return async (sql: string) => {
            const res = await t.exec(sql);
            cost.queries += res.count;
            cost.calls += 1;
            return res;
          };
        case "withSession": {
          const withSession = (t as unknown as { withSession?: (c?: string) => object }).withSession;
          if (typeof withSession !== "function") return undefined;
          return (constraint?: string) => wrapDatabase(withSession.call(t, constraint), cost);
        }
        default: {
          const v = Reflect.get(target, prop, target);
          return typeof v === "function" ? v.bind(target) : v;
        }
      }
    },
  });
}

/** Wraps a D1 binding so that every statement it runs (also in batches and sessions) adds to `cost`. */
export function instrumentD1(real: D1Database, cost: D1Cost): D1Database {
  return wrapDatabase(real, cost);
}

/** The `Server-Timing` value for a request's D1 cost and the handler's duration in milliseconds. */
export function serverTimingValue(cost: D1Cost, durationMs: number): string {
  return `db;desc="queries=${cost.queries} calls=${cost.calls} rows_read=${cost.rowsRead} rows_written=${cost.rowsWritten}", app;dur=${durationMs.toFixed(1)}`;
}

/** Parses a `Server-Timing` value written by `serverTimingValue` (for tests and the load script). */
export function parseServerTiming(value: string | null): (D1Cost & { durationMs: number }) | null {
  if (!value) return null;
  const m = /queries=(\d+) calls=(\d+) rows_read=(\d+) rows_written=(\d+)".*app;dur=([\d.]+)/.exec(value);
  if (!m) return null;
  return {
    queries: Number(m[1]),
    calls: Number(m[2]),
    rowsRead: Number(m[3]),
    rowsWritten: Number(m[4]),
    durationMs: Number(m[5]),
  };
}
