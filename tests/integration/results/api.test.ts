import { describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "../../../src/db/queries/api-tokens.js";
import { removeMember } from "../../../src/db/queries/panel.js";
import { roundResultsFromExport } from "../../../src/domain/results.js";
import { addMember, createUser, db, get, request, sessionCookie } from "../../helpers/app.js";
import { publishedForum } from "../../helpers/published-forum.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are read loosely in assertions
type Json = Record<string, any>;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const json = async (res: Response) => (await res.json()) as Json;

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toContain("application/json");
  const body = await json(res);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
}

async function setup(opts: Parameters<typeof publishedForum>[0] = {}) {
  const f = await publishedForum(opts);
  const other = await publishedForum({ experts: 3 });
  const token = await createApiToken(db(), f.forum.id, "ci", f.organiser.user);
  const otherToken = await createApiToken(db(), other.forum.id, "other", other.organiser.user);
  return { f, other, token, otherToken };
}

describe("GET /api/v1/forums", () => {
  it("lists the caller's forums with the role; a token sees only its forum; anonymous is 401", async () => {
    const { f, token } = await setup();
    const org = await json(await get("/api/v1/forums", f.organiser.cookie));
    expect(org.forums).toEqual([{ id: f.forum.id, title: f.forum.title, role: "organiser" }]);
    const st = await json(await get("/api/v1/forums", f.stakeholder.cookie));
    expect(st.forums).toEqual([{ id: f.forum.id, title: f.forum.title, role: "stakeholder" }]);
    const ex = await json(await get("/api/v1/forums", f.experts[0]!.cookie));
    expect(ex.forums).toEqual([{ id: f.forum.id, title: f.forum.title, role: "expert" }]);
    const tk = await json(await get("/api/v1/forums", undefined, bearer(token)));
    expect(tk.forums).toEqual([{ id: f.forum.id, title: f.forum.title, role: "token" }]);
    await expectError(await get("/api/v1/forums"), 401, "unauthorized");
    await expectError(await get("/api/v1/forums", undefined, bearer("x".repeat(43))), 401, "unauthorized");
    await expectError(
      await get("/api/v1/forums", undefined, { Authorization: "Basic abc" }),
      401,
      "unauthorized",
    );
  });
});

describe("GET /api/v1/forums/:id/rounds/:n/results", () => {
  it("per role: organiser, expert and token get responses; stakeholder gets published snapshots without them", async () => {
    const { f, other, token, otherToken } = await setup({ rounds: 2, closedOnly: true });
    const url = (n: number) => `/api/v1/forums/${f.forum.id}/rounds/${n}/results`;
    // Organiser: closed round 2 and published round 1, with pseudonymous responses.
    for (const n of [1, 2]) {
      const res = await get(url(n), f.organiser.cookie);
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body.round).toEqual({ number: n, state: n === 1 ? "published" : "closed" });
      expect(body.questions.map((q: Json) => q.id)).toEqual([
        f.questions.binary.id,
        f.questions.allocation.id,
        f.questions.quantity.id,
        f.questions.rating.id,
      ]);
      expect(body.questions[0].snapshot.responses).toHaveLength(5);
      expect(body.questions[0].snapshot.n).toBe(5);
    }
    const expert = await json(await get(url(2), f.experts[0]!.cookie));
    expect(expert.questions[0].snapshot.responses).toHaveLength(5);
    const viaToken = await get(url(2), undefined, bearer(token));
    expect(viaToken.status).toBe(200);
    expect(await json(viaToken)).toEqual(await json(await get(url(2), f.organiser.cookie)));
    // Stakeholder: published round only, and no responses anywhere in the body.
    const st = await get(url(1), f.stakeholder.cookie);
    expect(st.status).toBe(200);
    const text = await st.text();
    expect(text).not.toContain('"responses"');
    for (const r of f.reasons) expect(text).not.toContain(r);
    for (const e of f.experts) expect(text).not.toContain(e.member.pseudonym);
    await expectError(await get(url(2), f.stakeholder.cookie), 404, "not_found");
    // Outsiders: anonymous 401; another forum's organiser and another forum's token 404; revoked 401.
    await expectError(await get(url(1)), 401, "unauthorized");
    await expectError(await get(url(1), other.organiser.cookie), 404, "not_found");
    await expectError(await get(url(1), undefined, bearer(otherToken)), 404, "not_found");
    await expectError(await get(url(9), f.organiser.cookie), 404, "not_found");
    await expectError(await get(url(3).replace("/3/", "/x/"), f.organiser.cookie), 404, "not_found");
    await expectError(await get(`/api/v1/forums/abc/rounds/1/results`, f.organiser.cookie), 404, "not_found");
  });

  it("an open round has no results for anyone", async () => {
    const { f } = await setup();
    await f.nextRound();
    await expectError(
      await get(`/api/v1/forums/${f.forum.id}/rounds/2/results`, f.organiser.cookie),
      404,
      "not_found",
    );
  });

  it("groups: shown at 3 respondents, not at 2; a forum minimum of 4 hides the group of 3", async () => {
    // 8 experts: institutions (and countries) of 3, 3 and 2.
    const plain = await publishedForum({ experts: 8 });
    const body = await json(
      await get(`/api/v1/forums/${plain.forum.id}/rounds/1/results`, plain.stakeholder.cookie),
    );
    const groups = body.questions[0].snapshot.groups;
    expect(groups.institution.map((g: Json) => g.n)).toEqual([3, 3]);
    expect(groups.country).toEqual([
      { name: "Country 0", n: 3, median: expect.any(Number) },
      { name: "Country 1", n: 3, median: expect.any(Number) },
    ]);
    const strict = await publishedForum({ experts: 8, minGroupSize: 4 });
    const body4 = await json(
      await get(`/api/v1/forums/${strict.forum.id}/rounds/1/results`, strict.stakeholder.cookie),
    );
    expect(body4.questions[0].snapshot.groups).toEqual({ institution: [], country: [] });
  });
});

describe("GET /api/v1/forums/:id/export", () => {
  it("organisers and their forum's token only; stakeholders and experts 403; outsiders 404; revoked 401", async () => {
    const { f, other, token, otherToken } = await setup();
    const url = `/api/v1/forums/${f.forum.id}/export`;
    const res = await get(url, f.organiser.cookie);
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const e of f.experts) {
      expect(text).not.toContain(e.user.email);
      expect(text).not.toContain(e.user.name);
      expect(text).toContain(e.member.pseudonym);
    }
    const exp = JSON.parse(text) as Json;
    expect(exp.forum.minGroupSize).toBe(3);
    expect(exp.rounds[0].answers).toHaveLength(20);
    expect((await get(url, undefined, bearer(token))).status).toBe(200);
    await expectError(await get(url, f.stakeholder.cookie), 403, "forbidden");
    await expectError(await get(url, f.experts[0]!.cookie), 403, "forbidden");
    await expectError(await get(url), 401, "unauthorized");
    await expectError(await get(url, other.organiser.cookie), 404, "not_found");
    await expectError(await get(url, undefined, bearer(otherToken)), 404, "not_found");
    // A stranger with a session: 404 (a forum's existence is not revealed).
    const stranger = await createUser();
    await expectError(await get(url, await sessionCookie(stranger.id)), 404, "not_found");
    // Revoking ends the token's access at once.
    const rows = await import("../../../src/db/queries/api-tokens.js").then((m) =>
      m.listApiTokens(db(), f.forum.id),
    );
    expect(await revokeApiToken(db(), f.forum.id, rows[0]!.id, f.organiser.user)).toBe(true);
    await expectError(await get(url, undefined, bearer(token)), 401, "unauthorized");
    await expectError(
      await get(`/api/v1/forums/${f.forum.id}/rounds/1/results`, undefined, bearer(token)),
      401,
      "unauthorized",
    );
    // A token never writes: the API has no write endpoints, and a token does not authenticate pages.
    const write = await request(url, {
      method: "POST",
      headers: { ...bearer(token), Origin: "http://localhost" },
    });
    expect(write.status).toBeGreaterThanOrEqual(400);
    const live = await createApiToken(db(), f.forum.id, "second", f.organiser.user);
    const page = await get(`/forums/${f.forum.id}`, undefined, bearer(live));
    expect(page.status).toBe(303);
    expect(page.headers.get("Location")).toContain("/signin");
  });

  it("round trip: the export recomputed with roundResultsFromExport equals the results endpoint, every closed round", async () => {
    const f = await publishedForum({ experts: 7, rounds: 2, closedOnly: true });
    // A removed expert keeps counting for the rounds closed while they were active.
    await removeMember(db(), f.forum.id, f.experts[6]!.member.id, f.organiser.user);
    const exp = await json(await get(`/api/v1/forums/${f.forum.id}/export`, f.organiser.cookie));
    // 7 experts: institutions of 3, 3 and 1. The export withholds one group of 3's label too, or the
    // lone expert's pseudonym would be the only unlabelled one (F2); that group's statistics are then
    // the one thing the file cannot recompute. Everything else is equal.
    const withheld = (exp.rounds as Json[])
      .flatMap((r: Json) => r.answers)
      .filter((a: Json) => a.institution === null);
    expect(new Set(withheld.map((a: Json) => a.pseudonym)).size).toBeGreaterThanOrEqual(3);
    const labelled = new Set(
      (exp.rounds as Json[]).flatMap((r: Json) => r.answers.map((a: Json) => a.institution)),
    );
    for (const n of [1, 2]) {
      const served = await json(
        await get(`/api/v1/forums/${f.forum.id}/rounds/${n}/results`, f.organiser.cookie),
      );
      for (const q of served.questions)
        q.snapshot.groups = {
          institution: q.snapshot.groups.institution.filter((g: Json) => labelled.has(g.name)),
          country: q.snapshot.groups.country.filter((g: Json) =>
            (exp.rounds as Json[]).some((r: Json) => r.answers.some((a: Json) => a.country === g.name)),
          ),
        };
      expect(roundResultsFromExport(exp, n)).toEqual(served);
    }
    expect(() => roundResultsFromExport(exp, 5)).toThrow(/round 5 is not in the export/);
  });

  it("strict anonymity: the export still carries pseudonyms only", async () => {
    const f = await publishedForum({ experts: 3, anonymity: "strict" });
    const extra = await createUser({ name: "Visible Name" });
    await addMember(f.forum.id, extra.id, "expert");
    const text = await (await get(`/api/v1/forums/${f.forum.id}/export`, f.organiser.cookie)).text();
    expect(text).not.toContain("@example.org");
    expect(text).not.toContain("Visible Name");
    expect(JSON.parse(text).forum.anonymity).toBe("strict");
  });
});

describe("API read tokens: lifetime, their creator's standing, and what the audit log shows (F5)", () => {
  it("a token stops working when it expires or when its creator is removed or no longer an organiser", async () => {
    const { f, token } = await setup();
    const forums = () => get("/api/v1/forums", undefined, bearer(token));
    expect((await forums()).status).toBe(200);
    // Expired: 401 at once, whatever it could read before.
    const { apiTokens } = await import("../../../src/db/schema.js");
    const { eq, sql } = await import("drizzle-orm");
    await db()
      .update(apiTokens)
      .set({ expiresAt: "2000-01-01T00:00:00.000Z" })
      .where(eq(apiTokens.forumId, f.forum.id));
    await expectError(await forums(), 401, "unauthorized");

    // A second organiser's token dies with their membership, and is shown revoked on the tokens page.
    const second = await createUser({ name: "Second organiser" });
    const member = await addMember(f.forum.id, second.id, "organiser");
    const theirs = await createApiToken(db(), f.forum.id, "theirs", second);
    expect((await get("/api/v1/forums", undefined, bearer(theirs))).status).toBe(200);
    expect(await removeMember(db(), f.forum.id, member.id, f.organiser.user)).toBe(true);
    await expectError(await get("/api/v1/forums", undefined, bearer(theirs)), 401, "unauthorized");
    const page = await (await get(`/forums/${f.forum.id}/api-tokens`, f.organiser.cookie)).text();
    expect(page).toMatch(/theirs<\/td>[\s\S]*?revoked/);

    // Checked at each use: a creator who is still a member but no longer an organiser ends the token too.
    const third = await createUser({ name: "Third organiser" });
    const m3 = await addMember(f.forum.id, third.id, "organiser");
    const hers = await createApiToken(db(), f.forum.id, "hers", third);
    expect((await get("/api/v1/forums", undefined, bearer(hers))).status).toBe(200);
    await db().run(sql`UPDATE members SET role = 'stakeholder' WHERE id = ${m3.id}`);
    await expectError(await get("/api/v1/forums", undefined, bearer(hers)), 401, "unauthorized");
  });

  it("tokens are made with a chosen lifetime (default 90 days) shown on the page; a bad lifetime is 422", async () => {
    const { f } = await setup();
    const made = await request(`/forums/${f.forum.id}/api-tokens`, {
      method: "POST",
      cookie: f.organiser.cookie,
      headers: { Origin: "http://localhost", "Content-Type": "application/x-www-form-urlencoded" },
      body: "label=weekly&days=7",
    });
    expect(made.status).toBe(201);
    const html = await made.text();
    expect(html).toContain("Expires");
    const { apiTokens } = await import("../../../src/db/schema.js");
    const { eq } = await import("drizzle-orm");
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.label, "weekly"));
    const days = (Date.parse(row!.expiresAt!) - Date.parse(row!.createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const bad = await request(`/forums/${f.forum.id}/api-tokens`, {
      method: "POST",
      cookie: f.organiser.cookie,
      headers: { Origin: "http://localhost", "Content-Type": "application/x-www-form-urlencoded" },
      body: "label=forever&days=100000",
    });
    expect(bad.status).toBe(422);
  });

  it("the audit log through a token carries no names or e-mail addresses; organisers signed in still see them", async () => {
    const { f, token } = await setup();
    const invited = "audit-probe@example.org";
    const { sql } = await import("drizzle-orm");
    await db().run(sql`INSERT INTO audit_log (forum_id, actor_user_id, action, target_type, target_id, detail)
      VALUES (${f.forum.id}, ${f.organiser.user.id}, 'member.invite', 'member', '1',
        ${JSON.stringify({ email: invited, role: "expert", people: [{ name: "Probe Person" }] })})`);
    const viaToken = await get(`/api/v1/forums/${f.forum.id}/audit`, undefined, bearer(token));
    expect(viaToken.status).toBe(200);
    const text = await viaToken.text();
    expect(text).not.toContain(f.organiser.user.name);
    expect(text).not.toContain(f.organiser.user.email);
    for (const e of f.experts) expect(text).not.toContain(e.user.email);
    expect(text).not.toContain(invited);
    expect(text).not.toContain("Probe Person");
    expect(JSON.parse(text).entries.some((e: Json) => e.actor === "organiser")).toBe(true);
    const csv = await (
      await get(`/api/v1/forums/${f.forum.id}/audit?format=csv`, undefined, bearer(token))
    ).text();
    expect(csv).not.toContain(f.organiser.user.name);
    expect(csv).not.toContain(invited);
    const signedIn = await (await get(`/api/v1/forums/${f.forum.id}/audit`, f.organiser.cookie)).text();
    expect(signedIn).toContain(f.organiser.user.name);
  });
});
