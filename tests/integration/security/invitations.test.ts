import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../src/crypto.js";
import { createToken } from "../../../src/db/queries/auth.js";
import { createUser, db, get, post, sessionCookie, unique } from "../../helpers/app.js";
import { makeForum, type TestForum } from "../../helpers/forum.js";
import { appRoutes, fillPath, paramNames } from "../../helpers/routes.js";

/**
 * Account linking through invitations (issue 13, F1): an invitation link never opens a session for an
 * account that already exists; it only adds the membership for that account once it is signed in through
 * its own link. Every path that makes invitation tokens is tried: the panel's invite, re-send, and the CSV
 * panel import. The attacker is the organiser of another forum, holding the link (as if read from anywhere).
 */

/** The newest invitation link mailed to an address (as the organiser would have copied it). */
async function latestLink(email: string): Promise<string> {
  const row = await db().get<{ text_body: string }>(
    sql`SELECT text_body FROM outbox WHERE to_email = ${email.toLowerCase()} AND kind = 'invite' ORDER BY id DESC LIMIT 1`,
  );
  const token = row?.text_body.match(/\/auth\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no invitation link for ${email}`);
  return `/auth/${token}`;
}

async function memberStatus(forumId: number, email: string) {
  const row = await db().get<{ status: string }>(
    sql`SELECT m.status FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.forum_id = ${forumId} AND u.email = ${email.toLowerCase()}`,
  );
  return row?.status;
}

/** The user a session cookie (from a Set-Cookie header) belongs to, or null. */
async function cookieUser(res: Response): Promise<string | null> {
  const cookie = res.headers.get("Set-Cookie")?.match(/sf_session=([A-Za-z0-9_-]{43})/)?.[1];
  if (!cookie) return null;
  const row = await db().get<{ email: string }>(
    sql`SELECT u.email FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ${await sha256Hex(cookie)}`,
  );
  return row?.email ?? null;
}

const signInMails = async (email: string) =>
  (await db().get<{ n: number }>(
    sql`SELECT count(*) AS n FROM outbox WHERE to_email = ${email} AND kind = 'signin'`,
  ))!.n;

type Path = "invite" | "resend" | "import";

/** Forum B's organiser invites `email` through one path; returns the link they could copy. */
async function inviteThrough(path: Path, b: TestForum, email: string): Promise<string> {
  const base = `/forums/${b.forum.id}/panel`;
  const cookie = b.organiser.cookie;
  if (path === "import") {
    const csv = `name,email,institution,country\nTarget Person,${email},Some Institute,Somewhere\n`;
    const res = await post(`${base}/import`, { csv, step: "confirm" }, cookie);
    expect(res.status).toBe(303);
  } else {
    const res = await post(
      `${base}/invite`,
      {
        name: "Target Person",
        email,
        role: "expert",
        institutionName: "Some Institute",
        institutionCountry: "Somewhere",
      },
      cookie,
    );
    expect(res.status).toBe(303);
    if (path === "resend") return resend(b, email);
  }
  return latestLink(email);
}

/** Forum B's organiser re-sends the invitation of `email`; returns the new link. */
async function resend(b: TestForum, email: string): Promise<string> {
  const m = await db().get<{ id: number }>(
    sql`SELECT m.id FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.forum_id = ${b.forum.id} AND u.email = ${email.toLowerCase()}`,
  );
  const res = await post(`/forums/${b.forum.id}/panel/${m!.id}/resend`, {}, b.organiser.cookie);
  expect(res.status).toBe(303);
  return latestLink(email);
}

describe("an invitation link never opens an existing account (F1)", () => {
  for (const path of ["invite", "resend", "import"] as const) {
    it(`${path}: B's organiser holding the link of A's expert gets no session; the expert joins after signing in`, async () => {
      const [a, b] = [await makeForum({ experts: 1 }), await makeForum({ experts: 1 })];
      const victim = a.experts[0]!.user;
      const link = await inviteThrough(path, b, victim.email);

      // Opened anonymously: the page says to sign in first and offers no accept button.
      const page = await get(link);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('data-mode="signInFirst"');
      expect(html).not.toContain(`action="${link}"`);

      // Posted anyway (by hand): refused, no cookie, nothing joined, the link not spent.
      const anon = await post(link, {});
      expect(anon.status).toBe(409);
      expect(anon.headers.get("Set-Cookie")).toBeNull();
      expect(await memberStatus(b.forum.id, victim.email)).toBe("invited");

      // Posted while signed in as B's organiser: still nobody joins, and B's organiser stays themself.
      const asAttacker = await post(link, {}, b.organiser.cookie);
      expect(asAttacker.status).toBe(409);
      expect(asAttacker.headers.get("Set-Cookie")).toBeNull();
      expect(await asAttacker.text()).toContain('data-mode="wrongAccount"');
      expect(await memberStatus(b.forum.id, victim.email)).toBe("invited");

      // "E-mail me a sign-in link" mails the invited address itself; the holder gets the usual page only.
      const mailsBefore = await signInMails(victim.email);
      const asked = await post(`${link}/signin-link`, {});
      expect(asked.status).toBe(200);
      expect(asked.headers.get("Set-Cookie")).toBeNull();
      expect(await signInMails(victim.email)).toBe(mailsBefore + 1);
      const mailed = await db().get<{ text_body: string }>(
        sql`SELECT text_body FROM outbox WHERE to_email = ${victim.email} AND kind = 'signin' ORDER BY id DESC LIMIT 1`,
      );
      const signInToken = mailed!.text_body.match(/\/auth\/([A-Za-z0-9_-]{43})/)![1]!;
      expect(await asked.text()).not.toContain(signInToken);

      // A's answers and export stay out of reach: the attacker's only cookie is their own.
      expect((await get(`/forums/${a.forum.id}/rounds/1`, b.organiser.cookie)).status).toBe(404);

      // The expert, signed in through their own session, sees "join" and joins B; no new session.
      const own = a.experts[0]!.cookie;
      expect(await (await get(link, own)).text()).toContain('data-mode="join"');
      const joined = await post(link, {}, own);
      expect(joined.status).toBe(303);
      expect(joined.headers.get("Location")).toBe(`/forums/${b.forum.id}`);
      expect(joined.headers.get("Set-Cookie")).toBeNull();
      expect(await memberStatus(b.forum.id, victim.email)).toBe("active");
      // The link is spent.
      expect((await get(link)).status).toBe(410);
    });
  }

  it("an organiser of forum A is not opened by forum B's invitation either", async () => {
    const [a, b] = [await makeForum({ experts: 1 }), await makeForum({ experts: 1 })];
    const link = await inviteThrough("invite", b, a.organiser.user.email);
    const res = await post(link, {});
    expect(res.status).toBe(409);
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });

  it("an account that was only ever invited (never signed in) is not opened by a second forum's link", async () => {
    const [b, c] = [await makeForum({ experts: 1 }), await makeForum({ experts: 1 })];
    const email = `${unique("pending")}@example.org`;
    const fromB = await inviteThrough("invite", b, email);
    const fromC = await inviteThrough("invite", c, email);
    // The address existed when C invited it (created by B's invitation): C's link cannot sign in.
    const res = await post(fromC, {});
    expect(res.status).toBe(409);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    // Neither can B's any more: the account now has another forum's membership.
    expect((await post(fromB, {})).status).toBe(409);
  });

  it("a new address: the link creates the account, signs it in and joins", async () => {
    const b = await makeForum({ experts: 1 });
    const email = `${unique("new")}@example.org`;
    const link = await inviteThrough("invite", b, email);
    expect(await (await get(link)).text()).toContain('data-mode="accept"');
    // A new account's invitation has no "mail me a sign-in link" (it signs in by itself).
    expect((await post(`${link}/signin-link`, {})).status).toBe(410);
    const res = await post(link, {});
    expect(res.status).toBe(303);
    expect(await cookieUser(res)).toBe(email);
    expect(await memberStatus(b.forum.id, email)).toBe("active");
  });

  it("a new address opened while signed in as someone else: nothing joined, offers to sign out", async () => {
    const b = await makeForum({ experts: 1 });
    const email = `${unique("new")}@example.org`;
    const link = await inviteThrough("import", b, email);
    const other = await sessionCookie((await createUser()).id);
    const res = await post(link, {}, other);
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('data-mode="wrongAccount"');
    expect(html).toContain('action="/signout"');
    expect(html).toContain(`name="next" value="${link}"`);
    expect(await memberStatus(b.forum.id, email)).toBe("invited");
    // Signing out from there comes back to the invitation (a local /auth/ path only).
    const out = await post("/signout", { next: link }, other);
    expect(out.headers.get("Location")).toBe(link);
    expect((await post("/signout", { next: "https://evil.example/" }, other)).headers.get("Location")).toBe(
      "/",
    );
  });
});

/** A second live invitation link for the same membership (as two mails would carry). */
async function secondLink(forumId: number, email: string): Promise<string> {
  const m = await db().get<{ id: number; user_id: number }>(
    sql`SELECT m.id, m.user_id FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.forum_id = ${forumId} AND u.email = ${email.toLowerCase()}`,
  );
  return `/auth/${await createToken(db(), { purpose: "invite", userId: m!.user_id, memberId: m!.id })}`;
}

describe("decline, re-send and accept end the membership's other links", () => {
  it("re-send: the earlier link stops working, the new one works", async () => {
    const b = await makeForum({ experts: 1 });
    const email = `${unique("resend")}@example.org`;
    const first = await inviteThrough("invite", b, email);
    const second = await resend(b, email);
    expect(second).not.toBe(first);
    expect((await get(first)).status).toBe(410);
    expect((await post(first, {})).status).toBe(410);
    expect((await get(second)).status).toBe(200);
  });

  it("decline: asks first (the GET changes nothing), then ends every other link and tells the organisers", async () => {
    const b = await makeForum({ experts: 1 });
    const email = `${unique("decline")}@example.org`;
    const link = await inviteThrough("invite", b, email);
    const other = await secondLink(b.forum.id, email);
    // The invitation page links to a confirmation instead of declining in one click.
    const page = await (await get(link)).text();
    expect(page).toContain(`href="${link}/decline"`);
    expect(page).not.toContain(`action="${link}/decline"`);
    const confirm = await get(`${link}/decline`);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain(`action="${link}/decline"`);
    expect(html).toContain("the organisers are told by e-mail");
    expect(await memberStatus(b.forum.id, email)).toBe("invited");

    const declined = await post(`${link}/decline`, {});
    expect(declined.status).toBe(200);
    expect(await memberStatus(b.forum.id, email)).toBe("declined");
    // The second link no longer signs in or joins.
    expect((await get(other)).status).toBe(410);
    const late = await post(other, {});
    expect(late.status).toBe(410);
    expect(late.headers.get("Set-Cookie")).toBeNull();
    expect(await memberStatus(b.forum.id, email)).toBe("declined");
    // The organiser got a message (not only an audit row), without any sign-in or invitation link.
    const notes = await db().all<{ to_email: string; text_body: string }>(
      sql`SELECT to_email, text_body FROM outbox WHERE forum_id = ${b.forum.id} AND kind = 'invite-declined'`,
    );
    expect(notes.map((n) => n.to_email)).toEqual([b.organiser.user.email]);
    expect(notes[0]!.text_body).toContain("Target Person declined the invitation");
    expect(notes[0]!.text_body).not.toMatch(/\/auth\//);
  });

  it("accept: the membership's other link stops working", async () => {
    const b = await makeForum({ experts: 1 });
    const email = `${unique("accept")}@example.org`;
    const link = await inviteThrough("invite", b, email);
    const other = await secondLink(b.forum.id, email);
    expect((await post(link, {})).status).toBe(303);
    expect((await get(other)).status).toBe(410);
    expect((await post(`${other}/decline`, {})).status).toBe(410);
    expect(await memberStatus(b.forum.id, email)).toBe("active");
  });
});

describe("no live link on any organiser page but the outbox", () => {
  it("after invite, re-send, CSV import, decline and accept: no page, CSV, API answer or audit row holds a link", async () => {
    const [a, b] = [await makeForum({ experts: 1 }), await makeForum({ experts: 1 })];
    const cookie = b.organiser.cookie;
    const bodies: [string, string][] = [];
    const keep = async (label: string, res: Response) => {
      bodies.push([label, await res.text()]);
      return res;
    };
    const fresh = `${unique("fresh")}@example.org`;
    const declines = `${unique("declines")}@example.org`;
    const imported = `${unique("imported")}@example.org`;
    for (const email of [fresh, declines, a.experts[0]!.user.email])
      await keep(
        `invite ${email}`,
        await post(
          `/forums/${b.forum.id}/panel/invite`,
          { name: "Some One", email, role: "expert", institutionName: "Inst", institutionCountry: "C" },
          cookie,
        ),
      );
    const csv = `name,email,institution,country\nImported One,${imported},Inst,C\n`;
    await keep(
      "import preview",
      await post(`/forums/${b.forum.id}/panel/import`, { csv, step: "preview" }, cookie),
    );
    const confirm = await keep(
      "import confirm",
      await post(`/forums/${b.forum.id}/panel/import`, { csv, step: "confirm" }, cookie),
    );
    await keep("import result", await get(confirm.headers.get("Location")!, cookie));
    const m = await db().get<{ id: number }>(
      sql`SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE m.forum_id = ${b.forum.id} AND u.email = ${fresh}`,
    );
    await keep("resend", await post(`/forums/${b.forum.id}/panel/${m!.id}/resend`, {}, cookie));
    await post(`${await latestLink(declines)}/decline`, {});
    await post(await latestLink(fresh), {});
    await post("/signin", { email: b.organiser.user.email });

    // Every link ever mailed (the outbox keeps the message to send it); none may appear anywhere else.
    const mailed = await db().all<{ text_body: string }>(sql`SELECT text_body FROM outbox`);
    const tokens = mailed.flatMap((r) =>
      [...r.text_body.matchAll(/\/auth\/([A-Za-z0-9_-]{43})/g)].map((x) => x[1]!),
    );
    expect(tokens.length).toBeGreaterThanOrEqual(6);

    // Every organiser page of the forum that needs no other parameter, the audit as CSV and JSON.
    for (const route of appRoutes()) {
      if (route.method !== "GET") continue;
      const names = paramNames(route.path);
      if (names.length !== 1 || !["forumId", "id"].includes(names[0]!)) continue;
      const path = fillPath(route.path, { forumId: b.forum.id, id: b.forum.id });
      await keep(path, await get(path, cookie));
    }
    await keep("audit csv", await get(`/forums/${b.forum.id}/audit?format=csv`, cookie));
    await keep("forums", await get("/forums", cookie));
    const audit = await db().all<{ detail: string | null }>(sql`SELECT detail FROM audit_log`);
    bodies.push(["audit_log table", JSON.stringify(audit)]);

    expect(bodies.length).toBeGreaterThan(20);
    const leaks = bodies.flatMap(([label, body]) =>
      tokens.some((t) => body.includes(t)) || /\/auth\/[A-Za-z0-9_-]{43}/.test(body) ? [label] : [],
    );
    expect(leaks).toEqual([]);
  });
});
