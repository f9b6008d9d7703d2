import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, members, outbox, sessions, tokens, users } from "../../../src/db/schema.js";
import { checkPanelCsv, parseCsv } from "../../../src/validation/csv.js";
import { addMember, db, get, post, sessionCookie, unique } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

describe("CSV", () => {
  it("parses quotes, doubled quotes, CRLF, a BOM and blank lines", () => {
    expect(parseCsv('\uFEFFa,"b, c","d ""e"""\r\n\r\nf,g\n').map((l) => l.cells)).toEqual([
      ["a", "b, c", 'd "e"'],
      ["f", "g"],
    ]);
    expect(parseCsv('a,"open\n')[0]!.error).toBe("quote");
  });

  it("checks each row", () => {
    const rows = checkPanelCsv(
      "name,email,institution,country,role\nAna,ana@example.org,Inst,AZ\nBob,not-an-email,Inst,TR\nAna Again,ANA@example.org,Inst,AZ\nCem,cem@example.org,,\nDee,dee@example.org,,,stakeholder\nEve,eve@example.org,Inst,TR,boss\nOld,old@example.org,Inst,AZ",
      (e) => e === "old@example.org",
    );
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ["ops.import.error.email"]],
      [4, ["ops.import.error.duplicate"]],
      [5, ["ops.import.error.institution"]],
      [6, []],
      [7, ["ops.import.error.role"]],
      [8, ["ops.import.error.member"]],
    ]);
  });
});

describe("panel import", () => {
  it("previews a CSV with one bad row without sending anything, then invites the valid rows", async () => {
    const f = await makeForum({ experts: 1 });
    const base = `/forums/${f.forum.id}/panel/import`;
    const good = [`${unique("a")}@example.org`, `${unique("b")}@example.org`];
    const csv = `name,email,institution,country\nAda,${good[0]},Baku Institute,AZ\nBad Row,not-an-email,X,Y\nBea,${good[1]},Ankara Lab,TR\n`;
    const outboxBefore = (await db().select().from(outbox).where(eq(outbox.forumId, f.forum.id))).length;
    const preview = await post(base, { csv, step: "preview" }, f.organiser.cookie);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("2 of 3 rows can be invited");
    expect(html).toContain('id="import-line-3"');
    expect(html).toContain("not a valid e-mail address");
    expect(html).toContain("Invite 2 people");
    expect((await db().select().from(outbox).where(eq(outbox.forumId, f.forum.id))).length).toBe(
      outboxBefore,
    );
    expect(await db().select().from(users).where(eq(users.email, good[0]!)).get()).toBeUndefined();

    const confirm = await post(base, { csv, step: "confirm" }, f.organiser.cookie);
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get("Location")).toContain("done=2");
    const mails = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.forumId, f.forum.id), eq(outbox.kind, "invite")));
    expect(mails.map((m) => m.toEmail).sort()).toEqual([...good].sort());
    const panel = await db().select().from(members).where(eq(members.forumId, f.forum.id));
    expect(panel.filter((m) => m.status === "invited")).toHaveLength(2);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "member.invite")));
    expect(audits).toHaveLength(2);
    // A second confirm of the same text invites nobody twice: they are members now.
    const again = await post(base, { csv, step: "confirm" }, f.organiser.cookie);
    expect(again.headers.get("Location")).toContain("done=0");
    const preview2 = await (await post(base, { csv, step: "preview" }, f.organiser.cookie)).text();
    expect(preview2).toContain("already a member of this forum");
  });

  it("accepts an uploaded file, refuses empty input (422), and is for organisers only", async () => {
    const f = await makeForum({ experts: 1 });
    const base = `/forums/${f.forum.id}/panel/import`;
    const form = new FormData();
    form.append("csv", "");
    form.append("step", "preview");
    form.append(
      "file",
      new File([`Cy,${unique("c")}@example.org,Inst,AZ\n`], "panel.csv", { type: "text/csv" }),
    );
    const { request } = await import("../../helpers/app.js");
    const res = await request(base, {
      method: "POST",
      body: form,
      cookie: f.organiser.cookie,
      headers: { Origin: "http://localhost" },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("1 of 1 rows can be invited");
    expect((await post(base, { csv: " ", step: "preview" }, f.organiser.cookie)).status).toBe(422);
    expect((await post(base, { csv: "x", step: "preview" }, f.experts[0]!.cookie)).status).toBe(403);
    expect((await get(base, f.experts[0]!.cookie)).status).toBe(403);
  });

  it("invitation states: pending, expired, declined from the invitation page, accepted", async () => {
    const f = await makeForum({ experts: 1 });
    const email = `${unique("d")}@example.org`;
    await post(
      `/forums/${f.forum.id}/panel/invite`,
      { name: "Dora", email, role: "stakeholder" },
      f.organiser.cookie,
    );
    const m = (await db().select().from(members).where(eq(members.forumId, f.forum.id))).find(
      (x) => x.status === "invited",
    )!;
    let panel = await (await get(`/forums/${f.forum.id}/panel`, f.organiser.cookie)).text();
    expect(panel).toContain("pending");
    await db().update(tokens).set({ expiresAt: "2000-01-01T00:00:00.000Z" }).where(eq(tokens.memberId, m.id));
    panel = await (await get(`/forums/${f.forum.id}/panel`, f.organiser.cookie)).text();
    expect(panel).toContain("expired");
    // Re-send gives a fresh link; the invitation page offers to decline.
    await post(`/forums/${f.forum.id}/panel/${m.id}/resend`, {}, f.organiser.cookie);
    const mail = (await db().select().from(outbox).where(eq(outbox.toEmail, email))).at(-1)!;
    const link = /\/auth\/[A-Za-z0-9_-]{43}/.exec(mail.textBody)![0];
    const invitation = await (await get(link)).text();
    expect(invitation).toContain(`${link}/decline`);
    expect((await post(`${link}/decline`, {})).status).toBe(200);
    expect((await db().select().from(members).where(eq(members.id, m.id)).get())!.status).toBe("declined");
    panel = await (await get(`/forums/${f.forum.id}/panel`, f.organiser.cookie)).text();
    expect(panel).toMatch(/declined/);
    expect((await post(`${link}/decline`, {})).status).toBe(410);
  });

  it("removal revokes the person's sessions unless they are active in another forum", async () => {
    const f = await makeForum({ experts: 2 });
    const [a, b] = f.experts as [(typeof f.experts)[0], (typeof f.experts)[0]];
    const other = await makeForum({ experts: 1 });
    await addMember(other.forum.id, b.user.id, "expert");
    await sessionCookie(a.user.id);
    await post(`/forums/${f.forum.id}/panel/${a.member.id}/remove`, { confirm: "1" }, f.organiser.cookie);
    await post(`/forums/${f.forum.id}/panel/${b.member.id}/remove`, { confirm: "1" }, f.organiser.cookie);
    const sa = await db().select().from(sessions).where(eq(sessions.userId, a.user.id));
    expect(sa.length).toBeGreaterThan(0);
    expect(sa.every((s) => s.revokedAt !== null)).toBe(true);
    const sb = await db().select().from(sessions).where(eq(sessions.userId, b.user.id));
    expect(sb.every((s) => s.revokedAt === null)).toBe(true);
    expect((await get(`/forums/${f.forum.id}/rounds/1`, b.cookie)).status).toBe(404);
    expect((await get(`/forums/${other.forum.id}`, b.cookie)).status).toBe(303);
  });
});
