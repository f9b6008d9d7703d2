import type { Bindings } from "./env.js";

/** The Cron Trigger's work: opening and closing rounds that are due (filled in by the schedules issue). */
export async function runScheduled(_env: Bindings, _now: Date): Promise<void> {}
