import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../src/crypto.js";
import { auditLog, institutions, members, outbox, tokens, users } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { auditActions, seedForum } from "../../helpers/organiser.js";

const fieldError = (html: string, id: string) =>
  html.match(new RegExp(`id="f-${id}-error"[^>]*>([^<]*)<`))?.[1];
const linkIn = (text: string) => text.match(/http:\/\/localhost\/auth\/([A-Za-z0-9_-]{43})/)?.[1];

describe("inviting to the panel", () => {
  it("writes user, member, token hash, message and audit entry; the link joins the forum", async () => {
    const s = await seedForum();
    const email = `Invitee-${crypto.randomUUID()}@Example.org`;
    const res = await post(
      `${s.base}/panel/invite`,
      {
        name: "Dana Invitee",
        email,
        role: "expert",
        institutionName: "New Institute",
        institutionCountry: "Country B",
      },
      s.organiser.cookie,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`${s.base}/panel?notice=invited`);
    const lower = email.toLowerCase();
    const user = await db().select().from(users).where(eq(users.email, lower)).get();
    expect(user).toMatchObject({ name: "Dana Invitee" });
    const member = await db()
      .select()
      .from(members)
      .where(and(eq(members.forumId, s.forumId), eq(members.userId, user!.id)))
      .get();
    expect(member).toMatchObject({ role: "expert", status: "invited", invitedBy: s.organiser.user.id });
    expect(member!.pseudonym).toMatch(/^[A-Z2-9]{5}$/);
    const inst = await db()
      .select()
      .from(institutions)
      .where(eq(institutions.id, member!.institutionId!))
      .get();
    expect(inst).toMatchObject({ forumId: s.forumId, name: "New Institute", country: "Country B" });
    const mail = await db().select().from(outbox).where(eq(outbox.toEmail, lower)).get();
    expect(mail).toMatchObject({ forumId: s.forumId, kind: "invite" });
    const token = linkIn(mail!.textBody)!;
    const row = await db().select().from(tokens).where(eq(tokens.memberId, member!.id)).get();
    expect(row).toMatchObject({ hash: await sha256Hex(token), purpose: "invite", userId: user!.id });
    expect(Date.parse(row!.expiresAt) - Date.parse(row!.createdAt)).toBe(7 * 86400_000);
    const entry = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, s.forumId), eq(auditLog.action, "member.invite")))
      .get();
    expect(entry).toMatchObject({ actorUserId: s.organiser.user.id, targetId: String(member!.id) });

    const accepted = await post(`/auth/${token}`, {});
    expect(accepted.status).toBe(303);
    const cookie = accepted.headers.get("Set-Cookie")!.split(";")[0]!;
    const after = await db().select().from(members).where(eq(members.id, member!.id)).get();
    expect(after!.status).toBe("active");
    const home = await get(s.base, cookie);
    expect(home.status).toBe(303);
    expect(home.headers.get("Location")).toBe(`${s.base}/rounds`);
  });

  it("keeps an existing user (by lower-cased e-mail) and uses an existing institution", async () => {
    const s = await seedForum();
    const res = await post(
      `${s.base}/panel/invite`,
      {
        name: "Ignored Name",
        email: s.outsider.user.email.toUpperCase(),
        role: "expert",
        institutionId: String(s.institution.id),
      },
      s.organiser.cookie,
    );
    expect(res.status).toBe(303);
    const member = await db()
      .select()
      .from(members)
      .where(and(eq(members.forumId, s.forumId), eq(members.userId, s.outsider.user.id)))
      .get();
    expect(member!.institutionId).toBe(s.institution.id);
    const same = await db().select().from(users).where(eq(users.email, s.outsider.user.email));
    expect(same).toHaveLength(1);
    expect(same[0]!.name).toBe(s.outsider.user.name);
  });

  const refusals: [string, (e: string) => Record<string, string>, Record<string, string>][] = [
    [
      "missing name and bad e-mail",
      () => ({ name: "", email: "nope", role: "stakeholder" }),
      { name: "This field is required.", email: "Enter a valid e-mail address." },
    ],
    [
      "an expert without institution",
      (e) => ({ name: "N", email: e, role: "expert" }),
      { institutionId: "Experts need an institution: choose one or type a new one." },
    ],
    [
      "a new institution without country",
      (e) => ({ name: "N", email: e, role: "expert", institutionName: "X" }),
      { institutionCountry: "This field is required." },
    ],
    [
      "an unknown role",
      (e) => ({ name: "N", email: e, role: "admin" }),
      { role: "Choose one of the options." },
    ],
    [
      "a foreign institution",
      (e) => ({ name: "N", email: e, role: "expert", institutionId: "999999" }),
      { institutionId: "Choose one of the options." },
    ],
  ];
  for (const [name, form, expected] of refusals) {
    it(`answers 422 for ${name}, values kept`, async () => {
      const s = await seedForum();
      const email = `kept-${crypto.randomUUID()}@example.org`;
      const res = await post(`${s.base}/panel/invite`, form(email), s.organiser.cookie);
      expect(res.status).toBe(422);
      const html = await res.text();
      for (const [field, message] of Object.entries(expected)) expect(fieldError(html, field)).toBe(message);
      const sent = form(email).email!;
      expect(html).toContain(`value="${sent}"`);
      expect(await db().select().from(outbox).where(eq(outbox.toEmail, sent))).toHaveLength(0);
    });
  }

  it("answers 422 on the e-mail field for someone already on the panel, and writes nothing", async () => {
    const s = await seedForum();
    const before = await auditActions(s.forumId);
    const res = await post(
      `${s.base}/panel/invite`,
      { name: "Again", email: s.expert.user.email, role: "expert", institutionId: String(s.institution.id) },
      s.organiser.cookie,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, "email")).toBe("This address is already on the forum&#39;s panel.");
    expect(html).toContain(`value="${s.expert.user.email}"`);
    expect(await auditActions(s.forumId)).toEqual(before);
  });
});

describe("re-sending and removing", () => {
  it("re-sends a fresh token and message for a pending invitation, audited; refuses for an active member", async () => {
    const s = await seedForum();
    const email = `pending-${crypto.randomUUID()}@example.org`;
    await post(`${s.base}/panel/invite`, { name: "P", email, role: "stakeholder" }, s.organiser.cookie);
    const member = await db()
      .select()
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(eq(users.email, email))
      .get();
    const id = member!.members.id;
    const res = await post(`${s.base}/panel/${id}/resend`, {}, s.organiser.cookie);
    expect(res.status).toBe(303);
    // Back to the panel page that shows the member, with the notice of what was done.
    expect(res.headers.get("location")).toBe(`${s.base}/panel?from=${id}&notice=resent#member-${id}`);
    const mails = await db().select().from(outbox).where(eq(outbox.toEmail, email)).orderBy(desc(outbox.id));
    expect(mails).toHaveLength(2);
    expect(linkIn(mails[0]!.textBody)).not.toBe(linkIn(mails[1]!.textBody));
    expect(await db().select().from(tokens).where(eq(tokens.memberId, member!.members.id))).toHaveLength(2);
    expect(await auditActions(s.forumId)).toContain("member.resend");
    expect((await post(`${s.base}/panel/${s.expert.member.id}/resend`, {}, s.organiser.cookie)).status).toBe(
      409,
    );
    expect((await post(`${s.base}/panel/999999/resend`, {}, s.organiser.cookie)).status).toBe(404);
  });

  it("removing a member ends their access at once, is audited, and cannot be repeated", async () => {
    const s = await seedForum();
    expect((await get(s.base, s.expert.cookie)).status).toBe(303);
    const res = await post(
      `${s.base}/panel/${s.expert.member.id}/remove`,
      { confirm: "1" },
      s.organiser.cookie,
    );
    expect(res.status).toBe(303);
    // Their only forum: the session is revoked too (issue 6), so they are sent to sign in.
    expect((await get(s.base, s.expert.cookie)).status).toBe(303);
    expect((await get(`${s.base}/rounds`, s.expert.cookie)).headers.get("Location")).toContain("/signin");
    const row = await db().select().from(members).where(eq(members.id, s.expert.member.id)).get();
    expect(row!.status).toBe("removed");
    expect(row!.removedAt).not.toBeNull();
    expect((await auditActions(s.forumId)).filter((a) => a === "member.remove")).toHaveLength(1);
    expect(
      (await post(`${s.base}/panel/${s.expert.member.id}/remove`, { confirm: "1" }, s.organiser.cookie))
        .status,
    ).toBe(409);
    const panel = await (await get(`${s.base}/panel`, s.organiser.cookie)).text();
    expect(panel).toMatch(new RegExp(`id="member-${s.expert.member.id}"[\\s\\S]*?removed`));
  });

  it("refuses an organiser removing themselves", async () => {
    const s = await seedForum();
    const self = await db()
      .select()
      .from(members)
      .where(and(eq(members.forumId, s.forumId), eq(members.userId, s.organiser.user.id)))
      .get();
    expect(
      (await post(`${s.base}/panel/${self!.id}/remove`, { confirm: "1" }, s.organiser.cookie)).status,
    ).toBe(409);
  });
});

describe("outbox", () => {
  it("lists the organised forums' messages newest first with their links hidden: members' sign-ins (quasi-anonymous forum), never outsiders' or other forums'", async () => {
    const s = await seedForum();
    const other = await seedForum();
    const mine = `mine-${crypto.randomUUID()}@example.org`;
    const theirs = `theirs-${crypto.randomUUID()}@example.org`;
    await post(
      `${s.base}/panel/invite`,
      { name: "Mine", email: mine, role: "stakeholder" },
      s.organiser.cookie,
    );
    await post(
      `${other.base}/panel/invite`,
      { name: "Theirs", email: theirs, role: "stakeholder" },
      other.organiser.cookie,
    );
    // A sign-in of someone outside the forum is none of its organisers' business.
    await post("/signin", { email: other.organiser.user.email });
    let html = await (await get("/outbox", s.organiser.cookie)).text();
    expect(html).not.toContain("Your sign-in link");
    expect(html).not.toContain(other.organiser.user.email);
    // A member's sign-in is listed (to help someone whose link did not arrive), its link hidden.
    await post("/signin", { email: s.organiser.user.email });
    const res = await get("/outbox", s.organiser.cookie);
    expect(res.status).toBe(200);
    html = await res.text();
    expect(html).toContain(mine);
    expect(html).not.toContain(theirs);
    expect(html).toContain("Your sign-in link");
    // The invitation link is hidden: an organiser never holds another person's link (issue 13, F1).
    expect(html).toContain("[link hidden: it signs its recipient in]");
    expect(html).not.toMatch(/\/auth\/[A-Za-z0-9_-]{43}/);
  });
});
