import type { Context } from "hono";
import type { Db } from "../db/client.js";
import { outbox } from "../db/schema.js";
import type { AppEnv } from "../env.js";
import { deliverOutbox, GRACE_MS } from "./deliver.js";

export type Message = {
  forumId?: number | null;
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** Reply-To (the organiser who acted); without it, the forum's first organiser. */
  replyTo?: string | null;
  /** Extra headers (List-Unsubscribe …). */
  headers?: Record<string, string> | null;
};

/**
 * The insert that stores a message in the outbox (returned unexecuted so callers can batch it).
 * `request`: the request that queues it sends it after its response (sendAfterResponse); the cron only
 * takes it over after GRACE_MS. `cron`: sent by the cron's next batch (bulk messages).
 */
export function queueMessage(
  db: Db,
  m: Message,
  delivery: "request" | "cron" = "request",
  nowMs = Date.now(),
) {
  return db.insert(outbox).values({
    forumId: m.forumId ?? null,
    toEmail: m.to,
    kind: m.kind,
    subject: m.subject,
    textBody: m.text,
    htmlBody: m.html,
    replyTo: m.replyTo ?? null,
    headers: m.headers ?? null,
    nextAttemptAt: delivery === "request" ? new Date(nowMs + GRACE_MS).toISOString() : null,
  });
}

/** Runs work after the response (waitUntil); without an execution context (a test's app.request), inline. */
export function afterResponse<E extends AppEnv>(
  c: Context<E>,
  work: Promise<unknown>,
): Promise<unknown> | undefined {
  const logged = work.catch((err) => console.error("[deferred] work after the response failed", err));
  let ctx: ExecutionContext | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    ctx = undefined;
  }
  if (!ctx) return logged;
  ctx.waitUntil(logged);
  return undefined;
}

/**
 * Sends the messages just queued for these addresses right after the response (the outbox rows are
 * the durable record: what fails here is retried by the cron). Await the result: inline (tests) it is
 * the delivery itself, in a Worker it is undefined at once.
 */
export function sendAfterResponse<E extends AppEnv>(c: Context<E>, to: readonly string[]) {
  return afterResponse(c, deliverOutbox(c.env, c.get("db"), Date.now(), { to }));
}

/**
 * Sends one batch of due messages (what a bulk action just queued for the cron) right after the
 * response; what does not fit in the batch goes with the next cron runs.
 */
export function sendBatchAfterResponse<E extends AppEnv>(c: Context<E>) {
  return afterResponse(c, deliverOutbox(c.env, c.get("db"), Date.now()));
}
