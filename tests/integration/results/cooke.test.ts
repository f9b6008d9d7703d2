/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
// Two seeds and a target; expert A is sharp and right, B is wide (read at transform time by vite).
import DTT from "../../fixtures/excalibur-two-experts.dtt?raw";
import RLS from "../../fixtures/excalibur-two-experts.rls?raw";
import { addMember, createUser, get, ORIGIN, post, request, sessionCookie } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

async function importedForum() {
  const organiser = await createUser({ canCreateForums: true });
  const cookie = await sessionCookie(organiser.id);
  const form = new FormData();
  form.append("dtt", new File([DTT], "s.dtt"));
  form.append("rls", new File([RLS], "s.rls"));
  form.append("title", "Small study");
  const res = await request("/api/v1/forums/import/excalibur", {
    method: "POST",
    body: form,
    cookie,
    headers: { Origin: ORIGIN },
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: number };
  const expert = await createUser();
  await addMember(id, expert.id, "expert");
  const stakeholder = await createUser();
  await addMember(id, stakeholder.id, "stakeholder");
  return {
    id,
    organiser: cookie,
    expert: await sessionCookie(expert.id),
    stakeholder: await sessionCookie(stakeholder.id),
    outsider: await sessionCookie((await createUser()).id),
  };
}

async function browserImport(files: { dtt?: string; rls?: string; title?: string }, cookie: string) {
  const form = new FormData();
  if (files.title !== undefined) form.append("title", files.title);
  if (files.dtt !== undefined) form.append("dtt", new File([files.dtt], "s.dtt"));
  if (files.rls !== undefined) form.append("rls", new File([files.rls], "s.rls"));
  return request("/forums/new/excalibur/preview", {
    method: "POST",
    body: form,
    cookie,
    headers: { Origin: ORIGIN },
  });
}

describe("EXCALIBUR import through the browser", () => {
  it("uploads both files, previews what was read, and creates the read-only forum only on confirmation", async () => {
    const organiser = await createUser({ canCreateForums: true });
    const cookie = await sessionCookie(organiser.id);
    expect(await (await get("/forums", cookie)).text()).toContain('href="/forums/new/excalibur"');
    expect((await get("/forums/new/excalibur", cookie)).status).toBe(200);
    const preview = await browserImport({ dtt: DTT, rls: RLS, title: "Browser study" }, cookie);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("2 experts, 3 items (2 seed questions with a known answer, 1 target questions)");
    expect(html).toContain("target (no known answer)");
    const hidden = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? "";
    // Nothing is stored before the confirmation.
    expect(await (await get("/forums", cookie)).text()).not.toContain("Browser study");
    const confirm = await post(
      "/forums/new/excalibur",
      { title: hidden("title"), dtt64: hidden("dtt64"), rls64: hidden("rls64") },
      cookie,
    );
    expect(confirm.status).toBe(303);
    const where = confirm.headers.get("Location")!;
    expect(where).toMatch(/^\/forums\/\d+\/cooke/);
    const forumId = Number(where.split("/")[2]);
    expect(await (await get(where, cookie)).text()).toContain("Expert A");
    // Read-only: the round is published, no new round can be created or opened, the overview says so.
    const overview = await (await get(`/forums/${forumId}`, cookie)).text();
    expect(overview).toContain("This forum is closed: it is read-only");
    expect(overview).not.toContain('id="new-round-form"');
    expect(
      (await post(`/forums/${forumId}/rounds`, { questionIds: "1", instructions: "" }, cookie)).status,
    ).toBe(409);
    expect((await post(`/forums/${forumId}/rounds/1/open`, { confirm: "1" }, cookie)).status).toBe(409);
    const results = await (await get(`/forums/${forumId}/rounds/1/results`, cookie)).text();
    expect(results).not.toContain('id="publish-form"');
  });

  it("answers 422 with the form, the title kept and the parser's message beside the file", async () => {
    const organiser = await createUser({ canCreateForums: true });
    const cookie = await sessionCookie(organiser.id);
    const bad = await browserImport({ dtt: "not an excalibur file", rls: RLS, title: "Kept title" }, cookie);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('value="Kept title"');
    expect(html).toContain("This file could not be read:");
    expect(html).toContain('id="f-dtt-detail"');
    const missing = await browserImport({ title: "" }, cookie);
    expect(missing.status).toBe(422);
    const text = await missing.text();
    expect(text).toContain("Give the forum a title.");
    expect(text).toContain("Choose the file.");
    // A tampered confirmation is refused, nothing created.
    expect(
      (await post("/forums/new/excalibur", { title: "x", dtt64: "%%%", rls64: "" }, cookie)).status,
    ).toBe(422);
    // Users who may not create forums: 403.
    const plain = await sessionCookie((await createUser()).id);
    expect((await get("/forums/new/excalibur", plain)).status).toBe(403);
    expect((await browserImport({ dtt: DTT, rls: RLS, title: "x" }, plain)).status).toBe(403);
  });
});

describe("Cooke's Classical Model in forums", () => {
  it("GET /api/v1/forums/:id/cooke: the analyse-cooke JSON for organisers", async () => {
    const f = await importedForum();
    const res = await get(`/api/v1/forums/${f.id}/cooke?weights=global&alpha=optimise`, f.organiser);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      quantileLevels: number[];
      seedCount: number;
      experts: { id: string; weight: number | null }[];
      decisionMaker: { items: Record<string, number[] | null> };
    };
    expect(body.quantileLevels).toEqual([0.05, 0.5, 0.95]);
    expect(body.seedCount).toBe(2);
    expect(body.experts.map((e) => e.id)).toEqual(["A", "B"]);
    expect(Object.keys(body.decisionMaker.items)).toEqual(["seed1", "seed2", "target"]);
    const item = await get(`/api/v1/forums/${f.id}/cooke?weights=item&alpha=0`, f.organiser);
    expect(((await item.json()) as { experts: { weight: null }[] }).experts[0]!.weight).toBeNull();
    const equal = (await (await get(`/api/v1/forums/${f.id}/cooke?weights=equal`, f.organiser)).json()) as {
      experts: { weight: number }[];
    };
    expect(equal.experts.map((e) => e.weight)).toEqual([0.5, 0.5]);
  });

  it("answers 422 for bad weights or alpha, and for a forum without seeds", async () => {
    const f = await importedForum();
    for (const q of ["weights=user", "alpha=2", "alpha=abc"]) {
      const res = await get(`/api/v1/forums/${f.id}/cooke?${q}`, f.organiser);
      expect(res.status, q).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid");
    }
    const g = await makeForum();
    expect((await get(`/api/v1/forums/${g.forum.id}/cooke`, g.organiser.cookie)).status).toBe(422);
  });

  it("API and page roles: expert and stakeholder 403, outsider 404, anonymous 401 / sign-in", async () => {
    const f = await importedForum();
    const api = `/api/v1/forums/${f.id}/cooke`;
    expect((await get(api, f.expert)).status).toBe(403);
    expect((await get(api, f.stakeholder)).status).toBe(403);
    expect((await get(api, f.outsider)).status).toBe(404);
    expect((await get(api)).status).toBe(401);
    const page = `/forums/${f.id}/cooke`;
    expect((await get(page, f.expert)).status).toBe(403);
    expect((await get(page, f.stakeholder)).status).toBe(403);
    expect((await get(page, f.outsider)).status).toBe(404);
    expect((await get(page)).status).toBe(303);
  });

  it("organiser page shows calibration, information, weights, alpha and the DM beside the equal pool", async () => {
    const f = await importedForum();
    const res = await get(`/forums/${f.id}/cooke?weights=global&alpha=0.01`, f.organiser);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="cooke-experts"');
    expect(html).toContain("Expert A");
    expect(html).toContain("Decision maker");
    expect(html).toContain("Equal-weight pool");
    expect(html).toContain("α used: 0.01");
    const bad = await get(`/forums/${f.id}/cooke?alpha=nope`, f.organiser);
    expect(bad.status).toBe(422);
  });

  it("a target shows its true value once resolved, marked as not used for calibration", async () => {
    const f = await importedForum();
    const before = await (await get(`/forums/${f.id}/cooke?weights=global&alpha=0`, f.organiser)).text();
    expect(before).not.toContain("target, resolved");
    const { db } = await import("../../helpers/app.js");
    const { sql } = await import("drizzle-orm");
    await db().run(sql`INSERT INTO resolutions (question_id, outcome, resolved_on, source_note, resolved_by)
      SELECT q.id, ${JSON.stringify({ value: 6.5 })}, '2026-01-01', 'test', fo.created_by FROM questions q JOIN forums fo ON fo.id = q.forum_id
      WHERE q.forum_id = ${f.id} AND q.title = 'target'`);
    const after = await (await get(`/forums/${f.id}/cooke?weights=global&alpha=0`, f.organiser)).text();
    const head = after.indexOf('<th scope="row">target ');
    expect(head).toBeGreaterThan(0);
    const row = after.slice(head, after.indexOf("</tr>", head));
    expect(row).toContain("target, resolved (not used for calibration)");
    expect(row).toContain("6.5");
  });

  it("item weights are shown per item, and robustness tables leave out each seed or each expert", async () => {
    const f = await importedForum();
    const item = await (await get(`/forums/${f.id}/cooke?weights=item&alpha=0`, f.organiser)).text();
    expect(item).toContain("per item (below)");
    expect(item).toContain("Weights on this item");
    expect(item).toMatch(/Expert A \d+(\.\d)?%/);
    const items = await (
      await get(`/forums/${f.id}/cooke?weights=global&alpha=0&robustness=items`, f.organiser)
    ).text();
    const table = items.slice(items.indexOf('id="cooke-robustness-items"'));
    expect(table).toContain("None (the full study)");
    expect(table).toContain("seed1");
    expect(table).toContain("seed2");
    expect(table.slice(0, table.indexOf("</table>"))).not.toContain("target");
    const experts = await (
      await get(`/forums/${f.id}/cooke?weights=global&alpha=0&robustness=experts`, f.organiser)
    ).text();
    const rows = experts.slice(experts.indexOf('id="cooke-robustness-experts"'));
    expect(rows).toContain("Expert A");
    expect(rows).toContain("Expert B");
  });

  it("the stakeholder dashboard shows the decision maker beside the equal-weight pool once the forum is closed and published", async () => {
    const f = await importedForum();
    // The imported study is a finished, read-only forum: its one round is published at import.
    const html = await (await get(`/forums/${f.id}/dashboard`, f.stakeholder)).text();
    expect(html).toContain("Decision maker (Cooke");
    expect(html).toContain("Performance-weighted decision maker");
    expect(html).not.toContain("Expert A");
  });
});
