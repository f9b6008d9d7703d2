import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createToken } from "../../../src/db/queries/auth.js";
import { outbox, sessions, tokens } from "../../../src/db/schema.js";
import { createUser, db, get, post, sessionCookie } from "../../helpers/app.js";

describe("sign-in by e-mail link", () => {
  it("answers a known and an unknown address identically, and mails only the known one", async () => {
    const user = await createUser({ name: "Known Person" });
    const known = await post("/signin", { email: user.email });
    const unknown = await post("/signin", { email: "nobody-here@example.org" });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const strip = (s: string) => s.replace(/nonce="[^"]*"/g, "");
    expect(strip(await known.text())).toBe(strip(await unknown.text()));
    const mails = await db().select().from(outbox).where(eq(outbox.toEmail, user.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toMatch(/http:\/\/localhost\/auth\/[A-Za-z0-9_-]{43}/);
    const none = await db().select().from(outbox).where(eq(outbox.toEmail, "nobody-here@example.org"));
    expect(none).toHaveLength(0);
  });

  it("re-renders the form with 422 and the value kept for a bad address", async () => {
    const res = await post("/signin", { email: "not-an-address" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="not-an-address"');
    expect(html).toContain("Enter a valid e-mail address.");
  });

  it("shows a confirm page on GET without spending the token; POST spends it once", async () => {
    const user = await createUser();
    const token = await createToken(db(), { purpose: "signin", userId: user.id });
    const page = await get(`/auth/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`action="/auth/${token}"`);
    const again = await get(`/auth/${token}`);
    expect(again.status).toBe(200);
    const first = await post(`/auth/${token}`, {});
    expect(first.status).toBe(303);
    expect(first.headers.get("Set-Cookie")).toMatch(
      /sf_session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const second = await post(`/auth/${token}`, {});
    expect(second.status).toBe(410);
    expect((await get(`/auth/${token}`)).status).toBe(410);
  });

  it("refuses an expired sign-in link (15 minutes) and an unknown one", async () => {
    const user = await createUser();
    const token = await createToken(db(), { purpose: "signin", userId: user.id }, Date.now() - 16 * 60_000);
    expect((await get(`/auth/${token}`)).status).toBe(410);
    expect((await post(`/auth/${token}`, {})).status).toBe(410);
    expect((await post(`/auth/${"x".repeat(43)}`, {})).status).toBe(410);
    expect((await get("/auth/short")).status).toBe(410);
  });

  it("accepts an invitation link up to 7 days", async () => {
    const user = await createUser();
    const token = await createToken(db(), { purpose: "invite", userId: user.id }, Date.now() - 6 * 86400_000);
    expect((await post(`/auth/${token}`, {})).status).toBe(303);
    const old = await createToken(db(), { purpose: "invite", userId: user.id }, Date.now() - 8 * 86400_000);
    expect((await post(`/auth/${old}`, {})).status).toBe(410);
  });

  it("stores only the hash of a token", async () => {
    const user = await createUser();
    const token = await createToken(db(), { purpose: "signin", userId: user.id });
    const rows = await db().select().from(tokens).where(eq(tokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("20 concurrent uses of one token create exactly one session", async () => {
    const user = await createUser();
    const token = await createToken(db(), { purpose: "signin", userId: user.id });
    const results = await Promise.all(Array.from({ length: 20 }, () => post(`/auth/${token}`, {})));
    expect(results.filter((r) => r.status === 303)).toHaveLength(1);
    expect(results.filter((r) => r.status === 410)).toHaveLength(19);
    const rows = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(1);
  });

  it("signs out by revoking the server-side session", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    expect((await get("/forums", cookie)).status).toBe(200);
    expect((await post("/signout", {}, cookie)).status).toBe(303);
    const after = await get("/forums", cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get("Location")).toBe("/signin?next=%2Fforums");
  });

  it("refuses a cross-origin form post (CSRF)", async () => {
    const res = await post("/signin", { email: "a@example.org" }, undefined, {
      Origin: "https://evil.example",
    });
    expect(res.status).toBe(403);
  });

  it("keeps env bindings available", () => {
    expect(env.DB).toBeDefined();
  });
});
