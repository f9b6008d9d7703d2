/** An audit log entry as organisers read it (pages, API, CSV), and what a read token may see of it. */

export type AuditEntry = {
  id: number;
  at: string;
  action: string;
  /** The actor's name; null for the schedule (Cron Trigger) and other system changes. */
  actor: string | null;
  /** The actor's role in the forum (organiser, expert, stakeholder), null for the schedule. */
  actorRole?: string | null;
  target: { type: string; id: string | null };
  detail: unknown;
};

/** Detail fields that name a person: never sent through a read token. */
const IDENTITY_KEYS = new Set(["email", "name", "to", "address", "emails", "names"]);

function redactDetail(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactDetail);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, IDENTITY_KEYS.has(k) ? "[redacted]" : redactDetail(v)]),
    );
  return value;
}

/**
 * The audit log through an API read token, in either anonymity mode (F5): a token's data leaves the
 * organisers' hands (scripts, other systems), so it follows the export rule — no names and no e-mail
 * addresses, in any mode. The actor becomes their role ("organiser", "expert", …; null for the
 * schedule) and every identity field of the detail reads "[redacted]". Pure; the input is not changed.
 */
export function auditEntryForToken(entry: AuditEntry): AuditEntry {
  return {
    ...entry,
    actor: entry.actor === null ? null : (entry.actorRole ?? "member"),
    actorRole: entry.actorRole ?? null,
    detail: redactDetail(entry.detail),
  };
}
