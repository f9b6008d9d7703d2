/**
 * A D1 binding for tests that fails chosen statements. Wrap the real binding, pass the wrapper as
 * `env.DB` to `app.request(url, init, env)`, and the app's every statement goes through it.
 *
 * A rule picks statements by SQL (a substring or a RegExp) and which of the matching executions fail
 * (`nth`, 1-based; `times` failures from there, default 1). Outside a batch a matching statement throws
 * before it reaches the database. INSIDE a batch the matching statement is replaced by one that really
 * fails in SQLite at run time (an integer overflow), so the statements before it in the batch have
 * already run when it fails: what the test then sees is D1's own rollback, not a simulation of it.
 */
export type FaultRule = {
  match: string | RegExp;
  /** The first matching execution that fails (1 = the first one). */
  nth?: number;
  /** How many matching executions fail from `nth` on (default 1; Infinity for all). */
  times?: number;
  /** Fail only inside a batch, or only outside one (default: both). */
  where?: "batch" | "single";
  /** The message of the thrown error (outside batches). */
  message?: string;
};

export type FaultLog = { sql: string; failed: boolean; inBatch: boolean }[];

const FAILING_SQL = "SELECT abs(-9223372036854775807 - 1) AS injected_fault";

type Wrapped = D1PreparedStatement & { __real: D1PreparedStatement; __sql: string };

export function faultyD1(
  real: D1Database,
  rules: FaultRule[],
): { db: D1Database; log: FaultLog; failures: () => number } {
  const seen = rules.map(() => 0);
  const log: FaultLog = [];

  const decide = (sql: string, inBatch: boolean): FaultRule | null => {
    let hit: FaultRule | null = null;
    rules.forEach((rule, i) => {
      if (rule.where === "batch" && !inBatch) return;
      if (rule.where === "single" && inBatch) return;
      const matches = typeof rule.match === "string" ? sql.includes(rule.match) : rule.match.test(sql);
      if (!matches) return;
      seen[i]! += 1;
      const from = rule.nth ?? 1;
      const to = from + (rule.times ?? 1);
      if (!hit && seen[i]! >= from && seen[i]! < to) hit = rule;
    });
    log.push({ sql, failed: hit !== null, inBatch });
    return hit;
  };

  const fail = (rule: FaultRule, sql: string) =>
    new Error(rule.message ?? `D1_ERROR: injected fault in: ${sql.slice(0, 80)}`);

  const wrap = (stmt: D1PreparedStatement, sql: string): Wrapped => {
    const w = {
      __real: stmt,
      __sql: sql,
      bind: (...values: unknown[]) => wrap(stmt.bind(...values), sql),
      first: async (col?: string) => {
        const rule = decide(sql, false);
        if (rule) throw fail(rule, sql);
        return col === undefined ? stmt.first() : stmt.first(col);
      },
      run: async () => {
        const rule = decide(sql, false);
        if (rule) throw fail(rule, sql);
        return stmt.run();
      },
      all: async () => {
        const rule = decide(sql, false);
        if (rule) throw fail(rule, sql);
        return stmt.all();
      },
      raw: async (opts?: { columnNames?: boolean }) => {
        const rule = decide(sql, false);
        if (rule) throw fail(rule, sql);
        // biome-ignore lint/suspicious/noExplicitAny: D1's overloads for raw() with and without column names
        return (stmt.raw as any)(opts);
      },
    };
    return w as unknown as Wrapped;
  };

  const db = {
    prepare: (sql: string) => wrap(real.prepare(sql), sql),
    batch: async (statements: D1PreparedStatement[]) => {
      const swapped = statements.map((s) => {
        const w = s as Wrapped;
        const rule = decide(w.__sql, true);
        return rule ? real.prepare(FAILING_SQL) : w.__real;
      });
      return real.batch(swapped);
    },
    exec: (sql: string) => real.exec(sql),
    dump: () => (real as unknown as { dump: () => Promise<ArrayBuffer> }).dump(),
    withSession: (...args: unknown[]) =>
      (real as unknown as { withSession: (...a: unknown[]) => unknown }).withSession(...args),
  };
  return { db: db as unknown as D1Database, log, failures: () => log.filter((l) => l.failed).length };
}
