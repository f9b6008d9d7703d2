import { isSQLWrapper, type SQL, sql } from "drizzle-orm";

/** A value of an audit row: bound as a parameter, or an SQL expression (a subquery, a column of `from`). */
export type AuditValue = string | number | null | SQL;

/** Who acted: the signed-in user (their id), as every audited write takes it. */
export type Actor = { id: number };

export type AuditEntry = {
  forumId: AuditValue;
  /** The acting user; null for the schedule (the Cron Trigger) and other system changes. */
  actor: AuditValue;
  action: AuditValue;
  targetType: string;
  /** Stored as text whatever its type. */
  targetId: AuditValue;
  /** Any JSON value (stored as JSON), or an SQL expression building one; omitted = no detail (NULL). */
  detail?: unknown;
  /** When it happened; omitted = now (the column's default). */
  at?: string;
};

const value = (v: AuditValue): SQL => (v !== null && isSQLWrapper(v) ? (v as SQL) : sql`${v}`);

/**
 * The one statement that writes an audit row, to run in the same batch as the change it records.
 * `when` makes it conditional (typically `changes() > 0`: only when the statement before it changed a
 * row); `from` writes one row per row of a source (its columns may appear in the entry as SQL).
 *
 * @example audit({ forumId, actor: actor.id, action: "member.remove", targetType: "member", targetId: memberId }, { when: sql`changes() > 0` })
 */
export function audit(e: AuditEntry, opts: { from?: SQL; when?: SQL } = {}): SQL {
  const detail =
    e.detail === undefined
      ? sql`NULL`
      : e.detail !== null && isSQLWrapper(e.detail)
        ? (e.detail as SQL)
        : sql`${JSON.stringify(e.detail)}`;
  const columns = sql.raw(
    `forum_id, actor_user_id, action, target_type, target_id, detail${e.at === undefined ? "" : ", at"}`,
  );
  // D1 binds JS numbers as REAL (CAST(6 AS TEXT) would read "6.0"): numbers become text here.
  const targetId =
    e.targetId === null
      ? sql`NULL`
      : typeof e.targetId === "number" || typeof e.targetId === "string"
        ? sql`${String(e.targetId)}`
        : sql`CAST(${e.targetId} AS TEXT)`;
  const at = e.at === undefined ? sql`` : sql`, ${e.at}`;
  return sql`INSERT INTO audit_log (${columns})
    SELECT ${value(e.forumId)}, ${value(e.actor)}, ${value(e.action)}, ${e.targetType}, ${targetId}, ${detail}${at}${opts.from ? sql` FROM ${opts.from}` : sql``}${opts.when ? sql` WHERE ${opts.when}` : sql``}`;
}

/** The usual condition: the statement before this one in the batch changed a row. */
export const changed = sql`changes() > 0`;
