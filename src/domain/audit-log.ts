/** An audit log entry as organisers read it (pages, API, CSV). Types only. */

export type AuditEntry = {
  id: number;
  at: string;
  action: string;
  /** The actor's name; null for the schedule (Cron Trigger) and other system changes. */
  actor: string | null;
  target: { type: string; id: string | null };
  detail: unknown;
};
