import { env } from "cloudflare:test";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { app } from "../../../src/index.js";
import { SIGNIN_PER_EMAIL, SIGNIN_PER_PAIR } from "../../../src/security/rate-limit.js";
import { createUser, db, ORIGIN, post } from "../../helpers/app.js";

/**
 * Denial through rate limits (issue 13, F8) and enumeration (F9) on POST /signin.
 */

const strip = (s: string) => s.replace(/nonce="[^"]*"/g, "");
let n = 0;
const ip = () => `203.0.113.${++n}`;
const mailsTo = async (email: string) =>
  (await db().get<{ n: number }>(sql`SELECT count(*) AS n FROM outbox WHERE to_email = ${email}`))!.n;

describe("denial through rate limits: strangers cannot lock the owner out (F8)", () => {
  it("after strangers on many clients (and one client many times) asked for the owner's address, the owner still gets a link", async () => {
    const owner = await createUser();
    const fresh = `fresh-${crypto.randomUUID()}@example.org`;
    // Twice the address cap from distinct clients, and one client hammering the address.
    for (let i = 0; i < SIGNIN_PER_EMAIL.max * 2; i++)
      expect(
        (await post("/signin", { email: owner.email }, undefined, { "CF-Connecting-IP": ip() })).status,
      ).toBe(200);
    const hammer = ip();
    for (let i = 0; i < SIGNIN_PER_PAIR.max + 3; i++)
      await post("/signin", { email: owner.email }, undefined, { "CF-Connecting-IP": hammer });
    const flooded = await mailsTo(owner.email);
    // The flood is bounded: the cap, plus one first mail per stranger client beyond it.
    expect(flooded).toBeLessThanOrEqual(SIGNIN_PER_EMAIL.max * 2 + 1);
    expect(flooded).toBeLessThan(SIGNIN_PER_EMAIL.max * 2 + SIGNIN_PER_PAIR.max + 3);

    // The owner, from their own client: the ordinary answer (not 429) and a mail with a link.
    const own = await post("/signin", { email: owner.email }, undefined, {
      "CF-Connecting-IP": "192.0.2.77",
    });
    expect(own.status).toBe(200);
    expect(own.headers.get("Retry-After")).toBeNull();
    expect(await mailsTo(owner.email)).toBe(flooded + 1);

    // The answer never tells a flooded address from a fresh one.
    const other = await post("/signin", { email: fresh }, undefined, { "CF-Connecting-IP": "192.0.2.78" });
    const again = await post("/signin", { email: owner.email }, undefined, { "CF-Connecting-IP": hammer });
    expect(again.status).toBe(other.status);
    expect(strip(await again.text())).toBe(strip(await other.text()));
  });
});

/**
 * D1 wrapped so that every statement prepared is recorded (SQL text only, not the values), and every
 * statement that reads or writes users, tokens or the outbox waits for `gate` before it runs. The account
 * lookup can therefore happen only after the gate opens, which the test does once the response is in: a
 * handler that waited for the lookup before answering would never answer.
 */
function gatedDb(log: string[], gate: Promise<void>): D1Database {
  const real = env.DB;
  const gated = (query: string) => /\b(users|tokens|outbox)\b/i.test(query);
  const wrap = (stmt: D1PreparedStatement, query: string): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        if (prop === "bind") return (...args: unknown[]) => wrap(value.apply(target, args), query);
        if (["first", "all", "run", "raw"].includes(String(prop)) && gated(query))
          return async (...args: unknown[]) => {
            await gate;
            return value.apply(target, args);
          };
        return value.bind(target);
      },
    });
  return new Proxy(real, {
    get(target, prop) {
      if (prop === "prepare")
        return (query: string) => {
          log.push(query);
          return wrap(target.prepare(query), query);
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** POST /signin through the app with an execution context; deferred work may touch accounts only after the answer. */
async function signInWithDeferred(email: string, client: string) {
  const log: string[] = [];
  const deferred: Promise<unknown>[] = [];
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const ctx = {
    waitUntil: (p: Promise<unknown>) => void deferred.push(p),
    passThroughOnException: () => {},
    props: {},
  } as unknown as ExecutionContext;
  const res = await app.request(
    `${ORIGIN}/signin`,
    {
      method: "POST",
      body: new URLSearchParams({ email }),
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: ORIGIN,
        "CF-Connecting-IP": client,
      },
    },
    { ...env, DB: gatedDb(log, gate) },
    ctx,
  );
  const answered = [...log];
  const body = strip(await res.text());
  open();
  await Promise.all(deferred);
  return { status: res.status, body, answered, deferred: deferred.length };
}

describe("enumeration: sign-in does the same work for known and unknown addresses (F9)", () => {
  it("the same statements before answering and the same answer; the account is looked up only after", async () => {
    const user = await createUser();
    const unknown = `nobody-${crypto.randomUUID()}@example.org`;
    const known = await signInWithDeferred(user.email, ip());
    const none = await signInWithDeferred(unknown, ip());
    expect(known.status).toBe(200);
    expect(none.status).toBe(200);
    expect(known.body).toBe(none.body);
    // Same statements (same SQL, in the same order) before the response was returned.
    expect(known.answered).toEqual(none.answered);
    expect(known.answered.join("\n")).not.toMatch(/INSERT INTO "?(tokens|outbox)"?/i);
    expect(known.deferred).toBe(none.deferred);
    // The known address got its mail from the deferred work; the unknown one nothing.
    expect(await mailsTo(user.email)).toBe(1);
    expect(await mailsTo(unknown)).toBe(0);
  });
});
