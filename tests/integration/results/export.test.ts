import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, auditLog } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { publishedForum } from "../../helpers/published-forum.js";

describe("round report", () => {
  it("stakeholders read published rounds; organisers closed ones too; experts 403; no responses", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2, closedOnly: true });
    const st = await get(`${f.base}/rounds/1/report`, f.stakeholder.cookie);
    expect(st.status).toBe(200);
    const html = await st.text();
    expect(html).toContain("round 1");
    expect(html).toContain("Pooled values");
    expect(html).toContain("Odds-averaged view (geometric mean of odds)");
    expect(html).toContain('id="round-report"');
    for (const e of f.experts) {
      expect(html).not.toContain(e.member.pseudonym);
      expect(html).not.toContain(e.user.name);
    }
    for (const r of f.reasons) expect(html).not.toContain(r);
    expect(html).not.toContain("Country 1");
    expect((await get(`${f.base}/rounds/2/report`, f.stakeholder.cookie)).status).toBe(404);
    expect((await get(`${f.base}/rounds/2/report`, f.organiser.cookie)).status).toBe(200);
    expect((await get(`${f.base}/rounds/1/report`, f.experts[0]!.cookie)).status).toBe(403);
    expect((await get(`${f.base}/rounds/9/report`, f.organiser.cookie)).status).toBe(404);
  });
});

describe("organiser exports", () => {
  it("JSON and CSV downloads for organisers only, pseudonyms and no e-mails", async () => {
    const f = await publishedForum({ experts: 4 });
    for (const path of ["/export.json", "/export/answers.csv", "/export/results.csv"]) {
      for (const who of [f.stakeholder, f.experts[0]!])
        expect((await get(`${f.base}${path}`, who.cookie)).status).toBe(403);
      const res = await get(`${f.base}${path}`, f.organiser.cookie);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Disposition")).toContain("attachment");
      const text = await res.text();
      for (const e of f.experts) {
        expect(text).not.toContain(e.user.email);
        expect(text).not.toContain(e.user.name);
      }
    }
    const answers = await (await get(`${f.base}/export/answers.csv`, f.organiser.cookie)).text();
    const lines = answers.trim().split("\r\n");
    expect(lines[0]).toBe(
      '"round","question_id","question","kind","pseudonym","institution","country","submitted_at","value",' +
        '"P(Alpha)","P(Beta)","P(Gamma)","q05","q50","q95","rationale"',
    );
    expect(lines).toHaveLength(1 + 4 * 4);
    // An allocation answer: one labelled column per scenario, no "0.2;0.5;0.3" text, no value cell.
    const alloc = lines.find((l) => l.includes('"Question allocation","allocation"'))!;
    const cells = alloc.split(",");
    expect(cells[8]).toBe("");
    const shares = cells.slice(9, 12).map(Number);
    expect(shares.every((x) => x > 0 && x < 1)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(cells.slice(12, 15)).toEqual(["", "", ""]);
    const quantity = lines.find((l) => l.includes('"Question quantity","quantity"'))!.split(",");
    expect(quantity[8]).toBe("");
    expect(Number(quantity[12])).toBeLessThanOrEqual(Number(quantity[13]));
    expect(answers).not.toMatch(/\d;\d/);
    // Shortest form: no arithmetic noise such as 0.07999999999999996 (more than 15 significant digits).
    expect(answers).not.toMatch(/\d\.\d{16,}/);
    expect(answers).toContain(`"${f.experts[0]!.member.pseudonym}"`);
    const results = await (await get(`${f.base}/export/results.csv`, f.organiser.cookie)).text();
    const rows = results.trim().split("\r\n");
    // binary, 3 scenarios of the allocation, quantity, rating.
    expect(rows).toHaveLength(1 + 6);
    expect(rows[1]).toMatch(/^1,"published",\d+,"Question binary","binary","",4,4,1,/);
  });
});

describe("API token page", () => {
  it("organisers create (shown once, only the hash stored, audited) and revoke tokens; others cannot", async () => {
    const f = await publishedForum({ experts: 3 });
    expect((await get(`${f.base}/api-tokens`, f.stakeholder.cookie)).status).toBe(403);
    expect((await post(`${f.base}/api-tokens`, { label: "x" }, f.experts[0]!.cookie)).status).toBe(403);
    const tooLong = await post(`${f.base}/api-tokens`, { label: "a".repeat(101) }, f.organiser.cookie);
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain("Keep the label under 100 characters.");
    const made = await post(`${f.base}/api-tokens`, { label: "nightly sync" }, f.organiser.cookie);
    expect(made.status).toBe(201);
    const token = (await made.text()).match(/<code class="token">([A-Za-z0-9_-]{43})<\/code>/)?.[1];
    expect(token).toBeDefined();
    const rows = await db().select().from(apiTokens).where(eq(apiTokens.forumId, f.forum.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).not.toContain(token!);
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    const auth = { Authorization: `Bearer ${token}` };
    expect((await get(`/api/v1/forums/${f.forum.id}/export`, undefined, auth)).status).toBe(200);
    // Listed without the token itself.
    const list = await (await get(`${f.base}/api-tokens`, f.organiser.cookie)).text();
    expect(list).toContain("nightly sync");
    expect(list).not.toContain(token!);
    const revoke = await post(
      `${f.base}/api-tokens/${rows[0]!.id}/revoke`,
      { confirm: "1" },
      f.organiser.cookie,
    );
    expect(revoke.status).toBe(303);
    expect((await get(`/api/v1/forums/${f.forum.id}/export`, undefined, auth)).status).toBe(401);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id))).map(
      (a) => a.action,
    );
    expect(actions).toContain("api-token.create");
    expect(actions).toContain("api-token.revoke");
    // Revoking again changes nothing and audits nothing more.
    await post(`${f.base}/api-tokens/${rows[0]!.id}/revoke`, { confirm: "1" }, f.organiser.cookie);
    const again = (await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id))).filter(
      (a) => a.action === "api-token.revoke",
    );
    expect(again).toHaveLength(1);
  });
});
