import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  forums,
  members,
  questions,
  scenarioSets,
  scenarios,
  users,
} from "../../../src/db/schema.js";
import { addMember, createUser, db, get, post, request, sessionCookie, unique } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const actionsOf = async (forumId: number) =>
  (await db().select().from(auditLog).where(eq(auditLog.forumId, forumId)).orderBy(auditLog.id)).map(
    (a) => a.action,
  );

describe("audit log", () => {
  it("records every organiser action, with the organiser as actor", async () => {
    const f = await makeForum({ experts: 3 });
    const base = `/forums/${f.forum.id}`;
    const o = f.organiser.cookie;
    const steps: [string, Record<string, string | string[]>, string][] = [
      [
        `${base}/panel/invite`,
        { name: "New Expert", email: `${unique("n")}@example.org`, role: "stakeholder" },
        "member.invite",
      ],
      [
        `${base}/scenarios`,
        { title: "Set B", title0: "One", narrative0: "n", title1: "Two", narrative1: "n" },
        "scenario-set.create",
      ],
      [
        `${base}/questions`,
        {
          kind: "binary",
          title: "Will it?",
          resolutionCriteria: "Yes if so",
          ruleKind: "iqr-at-most",
          iqrMax: "20",
        },
        "question.create",
      ],
      [`${base}/rounds/1/schedule`, { closesAt: "2099-05-01T12:00" }, "round.schedule"],
      [`${base}/rounds/1/close`, { confirm: "1" }, "round.close"],
      [`${base}/rounds/1/publish`, { confirm: "1" }, "round.publish"],
      [`${base}/rounds/1/synthesis`, { synthesis: "Summary" }, "round.synthesis"],
      [`${base}/rounds`, { questionIds: [String(f.questions.binary.id)], instructions: "" }, "round.create"],
      [`${base}/rounds/2/open`, { confirm: "1" }, "round.open"],
      [
        `${base}/settings`,
        { senderName: "X", consentText: "", reminderDays: "2", retentionDays: "" },
        "forum.settings",
      ],
      [`${base}/settings/feedback`, { requireReasonOutsideIqr: "1" }, "forum.settings"],
      [`${base}/panel/${f.experts[2]!.member.id}/remove`, { confirm: "1" }, "member.remove"],
      [`${base}/clone`, {}, "forum.clone"],
    ];
    for (const [path, fields, action] of steps) {
      const before = (await actionsOf(f.forum.id)).length;
      const res = await post(path, fields, o);
      expect(res.status, path).toBe(303);
      const after = await actionsOf(f.forum.id);
      expect(after.slice(before), path).toContain(action);
    }
    const invited = await db()
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.forumId, f.forum.id), eq(members.status, "invited")))
      .get();
    expect((await post(`${base}/panel/${invited!.id}/resend`, {}, o)).status).toBe(303);
    expect(await actionsOf(f.forum.id)).toContain("member.resend");
    const rows = await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id));
    for (const r of rows.filter((r) => r.action !== "round.open" || r.targetId !== "1"))
      expect(r.actorUserId, r.action).toBe(f.organiser.user.id);
  });

  it("organisers read it as a page and as JSON (newest first) and CSV; nobody else can", async () => {
    const f = await makeForum({ experts: 2 });
    await post(`/forums/${f.forum.id}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie);
    const page = await get(`/forums/${f.forum.id}/audit`, f.organiser.cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("round.close");
    expect(html).toContain(f.organiser.user.name);

    const api = await get(`/api/v1/forums/${f.forum.id}/audit`, f.organiser.cookie);
    expect(api.status).toBe(200);
    const body = (await api.json()) as {
      entries: { action: string; at: string; actor: string | null; target: unknown }[];
    };
    expect(body.entries[0]!.action).toBe("round.close");
    expect(body.entries[0]!.actor).toBe(f.organiser.user.name);
    const ats = body.entries.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(JSON.stringify(body)).not.toMatch(/pseudonym/);

    const csv = await get(`/api/v1/forums/${f.forum.id}/audit?format=csv`, f.organiser.cookie);
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe('"at","action","actor","target_type","target_id","detail"');
    expect(text).toContain("round.close");

    expect((await get(`/forums/${f.forum.id}/audit`, f.experts[0]!.cookie)).status).toBe(403);
    expect((await get(`/forums/${f.forum.id}/audit`, f.stakeholder.cookie)).status).toBe(403);
    expect((await get(`/api/v1/forums/${f.forum.id}/audit`, f.experts[0]!.cookie)).status).toBe(403);
    const other = await makeForum({ experts: 1 });
    expect((await get(`/forums/${f.forum.id}/audit`, other.organiser.cookie)).status).toBe(404);
    expect((await get(`/api/v1/forums/${f.forum.id}/audit`, other.organiser.cookie)).status).toBe(404);
    expect((await request(`/api/v1/forums/${f.forum.id}/audit`)).status).toBe(401);
    const anon = await get(`/forums/${f.forum.id}/audit`);
    expect(anon.status).toBe(303);
  });

  it("an organiser without the right to create forums cannot clone one (F4: 403, nothing created, no button)", async () => {
    const f = await makeForum({ experts: 1 });
    const co = await createUser({ canCreateForums: false });
    await addMember(f.forum.id, co.id, "organiser");
    const cookie = await sessionCookie(co.id);
    const before = (await db().select().from(forums)).length;
    expect((await post(`/forums/${f.forum.id}/clone`, {}, cookie)).status).toBe(403);
    expect((await db().select().from(forums)).length).toBe(before);
    const settings = await (await get(`/forums/${f.forum.id}/settings`, cookie)).text();
    expect(settings).not.toContain(`action="/forums/${f.forum.id}/clone"`);
    // The same organiser cannot reach forum creation either: one right for every way to make a forum.
    expect((await get("/forums/new", cookie)).status).toBe(403);
    expect((await get("/forums/new/excalibur", cookie)).status).toBe(403);
  });

  it("cloning makes a forum with the questions and scenarios, only the organiser, no rounds", async () => {
    const f = await makeForum({ experts: 2 });
    const res = await post(`/forums/${f.forum.id}/clone`, {}, f.organiser.cookie);
    expect(res.status).toBe(303);
    const id = Number(/\/forums\/(\d+)/.exec(res.headers.get("Location")!)![1]);
    const qs = await get(`/forums/${id}/questions`, f.organiser.cookie);
    const html = await qs.text();
    expect(html).toContain("Question allocation");
    expect(await (await get(`/forums/${id}/scenarios`, f.organiser.cookie)).text()).toContain("Alpha");
    // The cloned allocation question points at the cloned scenarios, not the source's.
    const cloned = await db()
      .select()
      .from(questions)
      .where(and(eq(questions.forumId, id), eq(questions.kind, "allocation")))
      .get();
    const config = cloned!.config as { scenarioSetId: number; scenarios: { id: number }[] };
    const sets = await db().select().from(scenarioSets).where(eq(scenarioSets.forumId, id));
    expect(sets.map((s) => s.id)).toContain(config.scenarioSetId);
    const scen = await db().select().from(scenarios).where(eq(scenarios.setId, config.scenarioSetId));
    expect(config.scenarios.map((s) => s.id).sort()).toEqual(scen.map((s) => s.id).sort());
    expect((await db().select().from(forums).where(eq(forums.id, id)).get())!.templateOf).toBe(f.forum.id);
    const people = await db().select().from(members).where(eq(members.forumId, id));
    expect(people.map((p) => p.userId)).toEqual([f.organiser.user.id]);
    expect((await get(`/forums/${id}`, f.experts[0]!.cookie)).status).toBe(404);
    const name = await db().select().from(users).where(eq(users.id, f.organiser.user.id)).get();
    expect(name).toBeTruthy();
  });
});
