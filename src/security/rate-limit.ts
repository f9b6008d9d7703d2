import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { sha256Hex } from "../crypto.js";
import type { Db } from "../db/client.js";

/** A fixed-window limit: at most `max` counted events per `windowMs`, per key. */
export type Limit = { name: string; max: number; windowMs: number };

/**
 * Sign-in link requests per (e-mail address, client address) pair (F8). Over it, no further mail
 * is sent for that pair in the window, SILENTLY: the answer is the same page as always, so it says nothing
 * about the address, and strangers elsewhere never use up the owner's own pair.
 */
export const SIGNIN_PER_PAIR: Limit = { name: "signin-pair", max: 3, windowMs: 15 * 60_000 };
/**
 * Sign-in mails to one address from all clients together (a flood cap). Over it, additional mails are not
 * sent (silently, same answer), except the first request of each (address, client) pair in its window:
 * so the owner can always get a link from their own client, whatever strangers did to the address.
 */
export const SIGNIN_PER_EMAIL: Limit = { name: "signin-email", max: 10, windowMs: 60 * 60_000 };
/** Sign-in link requests per client address, whatever the address typed. */
export const SIGNIN_PER_CLIENT: Limit = { name: "signin-client", max: 20, windowMs: 15 * 60_000 };
/** Failed link uses (unknown, spent or expired tokens) per client address: token guessing. */
export const TOKEN_FAILURES_PER_CLIENT: Limit = { name: "token-fail", max: 10, windowMs: 15 * 60_000 };

export type Verdict = { allowed: boolean; count: number; retryAfterSeconds: number };

function windowOf(limit: Limit, nowMs: number) {
  const start = Math.floor(nowMs / limit.windowMs) * limit.windowMs;
  return {
    start: new Date(start).toISOString(),
    retryAfterSeconds: Math.max(1, Math.ceil((start + limit.windowMs - nowMs) / 1000)),
  };
}

/**
 * Whether a sign-in request may send a mail, after the client's own limit let it through: counts the
 * (address, client) pair and the address, always both (the same work whatever the state). Never refuses
 * the request itself; a false only means "answer as usual, send nothing".
 */
export async function signInMailAllowed(db: Db, email: string, client: string, nowMs = Date.now()) {
  const address = email.trim().toLowerCase();
  const pair = await hit(db, SIGNIN_PER_PAIR, `${address}\n${client}`, nowMs);
  const all = await hit(db, SIGNIN_PER_EMAIL, address, nowMs);
  return pair.allowed && (pair.count === 1 || all.allowed);
}

/** The stored key: the limit's name and a hash of the subject, so no address is kept in clear. */
async function keyOf(limit: Limit, subject: string) {
  return `${limit.name}:${(await sha256Hex(subject.trim().toLowerCase())).slice(0, 32)}`;
}

/**
 * Counts one event against a limit and says whether it is allowed, in ONE conditional upsert: the row of
 * the current window is created at 1, or raised by 1 only while it is below `max`. When the window is
 * full the upsert changes nothing and returns no row, so concurrent requests can never push the count
 * past `max` nor both slip through on the last slot.
 */
export async function hit(db: Db, limit: Limit, subject: string, nowMs = Date.now()): Promise<Verdict> {
  const w = windowOf(limit, nowMs);
  const key = await keyOf(limit, subject);
  const row = await db.get<{ count: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${w.start}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 WHERE count < ${limit.max}
    RETURNING count`);
  return row
    ? { allowed: true, count: row.count, retryAfterSeconds: 0 }
    : { allowed: false, count: limit.max, retryAfterSeconds: w.retryAfterSeconds };
}

/** Whether a limit's current window is already full, without counting (one read). */
export async function isExhausted(
  db: Db,
  limit: Limit,
  subject: string,
  nowMs = Date.now(),
): Promise<Verdict> {
  const w = windowOf(limit, nowMs);
  const key = await keyOf(limit, subject);
  const row = await db.get<{ count: number }>(
    sql`SELECT count FROM rate_limits WHERE key = ${key} AND window_start = ${w.start}`,
  );
  const count = row?.count ?? 0;
  return {
    allowed: count < limit.max,
    count,
    retryAfterSeconds: count < limit.max ? 0 : w.retryAfterSeconds,
  };
}

/** Deletes windows that ended before `beforeMs` (for the scheduled clean-up); returns rows removed. */
export async function purgeRateLimits(db: Db, beforeMs: number): Promise<number> {
  const longest = Math.max(
    SIGNIN_PER_EMAIL.windowMs,
    SIGNIN_PER_PAIR.windowMs,
    SIGNIN_PER_CLIENT.windowMs,
    TOKEN_FAILURES_PER_CLIENT.windowMs,
  );
  const res = await db.run(
    sql`DELETE FROM rate_limits WHERE window_start < ${new Date(beforeMs - longest).toISOString()}`,
  );
  return res.meta.changes ?? 0;
}

/**
 * The client's address as Cloudflare's edge reports it. Outside Cloudflare (local dev, tests) there is no
 * such header and every request shares one bucket, which errs on the side of limiting.
 */
export function clientAddress(c: Context): string {
  return c.req.header("CF-Connecting-IP")?.trim() || "unknown";
}
