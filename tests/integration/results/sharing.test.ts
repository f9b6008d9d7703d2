// Shared links: organisers publish a read-only, revocable link to a published round's dashboard and report
// for readers without an account, with a social preview and embeddable cards; openings are counted and
// shown to organisers; a strict forum's shared pages show nothing a stakeholder could not see.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members, shareLinks } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { dashboardWithBreakdowns, publishedForum } from "../../helpers/published-forum.js";

const HX = { "HX-Request": "true" };

/** Makes a shared link to round `round` as the forum's organiser; returns the link's path (/s/…). */
async function share(f: Awaited<ReturnType<typeof publishedForum>>, round = 1, subgroups = false) {
  const res = await post(
    `${f.base}/sharing`,
    { round: String(round), ...(subgroups ? { subgroups: "1" } : {}) },
    f.organiser.cookie,
  );
  expect(res.status).toBe(201);
  const html = await res.text();
  const url = html.match(/<code class="token">(http[^<]+)<\/code>/)?.[1];
  expect(url).toBeTruthy();
  return { path: new URL(url!).pathname, html };
}

/** Every whole percentage on the scenario bars of a page. */
const shares = (html: string) =>
  [...html.matchAll(/class="sbar-value">([\d.]+)%</g)].map((m) => Number(m[1]));

describe("shared links to a published round", () => {
  it("an organiser makes one; a reader with no account reads the dashboard, the report and one card", async () => {
    const f = await publishedForum({ experts: 5 });
    const { path, html } = await share(f);
    expect(path).toMatch(/^\/s\/[A-Za-z0-9_-]{40,}$/);
    // The address is shown once, with the code to embed each question's card.
    expect(html).toContain(`${path}/embed/${f.questions.binary.id}`);
    const stored = await db().select().from(shareLinks).where(eq(shareLinks.forumId, f.forum.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hash).not.toContain(path.slice(3));

    const res = await get(path);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(f.forum.title);
    expect(page).toContain('id="panel-summary"');
    expect(page.replaceAll("&#39;", "'")).toContain("never an individual's");
    // A social preview, and the page stays out of search engines and Referer headers.
    expect(page).toMatch(/<meta property="og:title" content="[^"]*what the panel thinks \(round 1\)"/);
    expect(page).toMatch(/<meta property="og:description" content="The likeliest scenario is/);
    expect(res.headers.get("X-Robots-Tag")).toBe("noindex");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
    // The same numbers as the stakeholder's dashboard, adding up to 100%.
    const member = await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text();
    expect(shares(page)).toEqual(shares(member));
    expect(Math.abs(shares(page).reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(1);
    // Nothing an individual wrote or is called.
    for (const e of f.experts) expect(page).not.toContain(e.member.pseudonym);
    for (const r of f.reasons) expect(page).not.toContain(r);
    // Switching the method stays on the shared link.
    expect(page).toContain(`hx-get="${path}?method=mean"`);
    const swapped = await get(`${path}?method=mean`, undefined, HX);
    expect(swapped.status).toBe(200);
    expect(await swapped.text()).not.toContain("<html");

    const report = await get(`${path}/report`);
    expect(report.status).toBe(200);
    const reportHtml = await report.text();
    expect(reportHtml).toContain('id="round-report"');
    for (const e of f.experts) expect(reportHtml).not.toContain(e.member.pseudonym);

    const embed = await get(`${path}/embed/${f.questions.binary.id}`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get("Content-Security-Policy")).toContain("frame-ancestors *");
    expect(embed.headers.get("X-Frame-Options")).toBeNull();
    const card = await embed.text();
    expect(card).toContain(`id="card-${f.questions.binary.id}"`);
    expect(card).toContain('<base target="_blank"');
    // A question outside the round is not there.
    expect((await get(`${path}/embed/999999`)).status).toBe(404);
  });

  it("counts openings (not htmx swaps) and shows the count to organisers", async () => {
    const f = await publishedForum({ experts: 5 });
    const { path } = await share(f);
    await get(path);
    await get(path);
    await get(`${path}?method=mean`, undefined, HX);
    const [row] = await db().select().from(shareLinks).where(eq(shareLinks.forumId, f.forum.id));
    expect(row!.accessCount).toBe(2);
    expect(row!.lastAccessAt).not.toBeNull();
    const page = await (await get(`${f.base}/sharing`, f.organiser.cookie)).text();
    expect(page).toContain("2 times");
  });

  it("revoking asks first, then the link reads nothing and counts nothing", async () => {
    const f = await publishedForum({ experts: 5 });
    const { path } = await share(f);
    const [row] = await db().select().from(shareLinks).where(eq(shareLinks.forumId, f.forum.id));
    const ask = await post(`${f.base}/sharing/${row!.id}/revoke`, {}, f.organiser.cookie);
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain("Yes, revoke the link");
    expect((await get(path)).status).toBe(200);
    const done = await post(`${f.base}/sharing/${row!.id}/revoke`, { confirm: "1" }, f.organiser.cookie);
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toContain("notice=share-revoked");
    for (const p of [path, `${path}/report`, `${path}/embed/${f.questions.binary.id}`]) {
      const res = await get(p);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("does not exist or has been revoked");
    }
    const [after] = await db().select().from(shareLinks).where(eq(shareLinks.id, row!.id));
    expect(after!.accessCount).toBe(1);
    expect(after!.revokedAt).not.toBeNull();
  });

  it("a link ends with its maker's role, and unknown or malformed tokens read nothing", async () => {
    const f = await publishedForum({ experts: 5 });
    const { path } = await share(f);
    await db()
      .update(members)
      .set({ status: "removed" })
      .where(sql`${members.forumId} = ${f.forum.id} AND ${members.userId} = ${f.organiser.user.id}`);
    expect((await get(path)).status).toBe(404);
    expect((await get("/s/not-a-token")).status).toBe(404);
    expect((await get(`/s/${"A".repeat(43)}`)).status).toBe(404);
  });

  it("only published rounds can be shared; the form says so and keeps the choice", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2, closedOnly: true });
    const res = await post(`${f.base}/sharing`, { round: "2" }, f.organiser.cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('aria-invalid="true"');
    expect(await db().select().from(shareLinks).where(eq(shareLinks.forumId, f.forum.id))).toHaveLength(0);
  });

  it("only organisers manage links", async () => {
    const f = await publishedForum({ experts: 5 });
    expect((await get(`${f.base}/sharing`, f.experts[0]!.cookie)).status).toBe(403);
    expect((await get(`${f.base}/sharing`, f.stakeholder.cookie)).status).toBe(403);
    expect((await post(`${f.base}/sharing`, { round: "1" }, f.stakeholder.cookie)).status).toBe(403);
    expect((await get(`${f.base}/sharing`)).status).not.toBe(200);
  });

  it("breakdowns only when chosen, and never in a strict forum", async () => {
    const quasi = await publishedForum({ experts: 6, minGroupSize: 3 });
    const stakeholder = await dashboardWithBreakdowns(`${quasi.base}/dashboard`, quasi.stakeholder.cookie);
    expect(stakeholder).toContain('class="group-part"');
    const plain = await share(quasi);
    expect(await (await get(plain.path)).text()).not.toContain('class="group-part"');
    const grouped = await share(quasi, 1, true);
    expect(await (await get(grouped.path)).text()).toContain('class="group-part"');

    const strict = await publishedForum({ experts: 6, minGroupSize: 3, anonymity: "strict" });
    const form = await (await get(`${strict.base}/sharing`, strict.organiser.cookie)).text();
    expect(form).not.toContain('name="subgroups"');
    const forced = await share(strict, 1, true);
    const [row] = await db().select().from(shareLinks).where(eq(shareLinks.forumId, strict.forum.id));
    expect(row!.subgroups).toBe(false);
    expect(await (await get(forced.path)).text()).not.toContain('class="group-part"');
  });
});
