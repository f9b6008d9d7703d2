import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { parseServerTiming } from "../../../src/db/instrument.js";
import { PANEL_PAGE_SIZE } from "../../../src/db/queries/panel.js";
import { addInstitution, get, post, unique } from "../../helpers/app.js";
import { type Seeded, seedForum } from "../../helpers/organiser.js";

/** Adds `n` experts in one batch, every third in no institution; returns their member ids, oldest first. */
async function addExperts(s: Seeded, n: number, institutionIds: number[], tag: string): Promise<number[]> {
  const stmts = [];
  for (let i = 0; i < n; i++) {
    const email = `${tag}-${i}@example.org`;
    const institution = i % 3 === 2 ? null : institutionIds[i % institutionIds.length]!;
    stmts.push(
      env.DB.prepare("INSERT INTO users (email, name) VALUES (?, ?)").bind(email, `${tag} Expert ${i}`),
      env.DB.prepare(
        `INSERT INTO members (forum_id, user_id, role, institution_id, pseudonym, status, joined_at)
         VALUES (?, (SELECT id FROM users WHERE email = ?), 'expert', ?, ?, ?, datetime('now'))`,
      ).bind(
        s.forumId,
        email,
        institution,
        `P${tag.slice(-4)}${i}`.toUpperCase(),
        i % 5 === 0 ? "invited" : "active",
      ),
    );
  }
  await env.DB.batch(stmts);
  const rows = await env.DB.prepare(
    "SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE m.forum_id = ? AND u.email LIKE ? ORDER BY m.id",
  )
    .bind(s.forumId, `${tag}-%`)
    .all<{ id: number }>();
  return rows.results.map((r) => r.id);
}

const memberIds = (html: string) => [...html.matchAll(/<tr id="member-(\d+)"/g)].map((m) => Number(m[1]));
const link = (html: string, rel: "next" | "prev") =>
  html.match(new RegExp(`<a href="([^"]*)" rel="${rel}"`))?.[1]?.replaceAll("&amp;", "&");

describe("the panel page, a page at a time", () => {
  let s: Seeded;
  let all: number[];
  let experts: number[];
  const tag = unique("pg");

  beforeAll(async () => {
    s = await seedForum({ experts: 0 });
    const a = await addInstitution(s.forumId, "Alpha Institute", "Country A");
    const b = await addInstitution(s.forumId, "Beta Institute", "Country B");
    experts = await addExperts(s, 2 * PANEL_PAGE_SIZE + 20, [a.id, b.id], tag);
    const rows = await env.DB.prepare("SELECT id FROM members WHERE forum_id = ? ORDER BY id DESC")
      .bind(s.forumId)
      .all<{ id: number }>();
    all = rows.results.map((r) => r.id);
  });

  it("shows the newest members first, a page at a time, and every member on exactly one page", async () => {
    expect(all).toHaveLength(2 * PANEL_PAGE_SIZE + 22); // with the organiser and the stakeholder
    const seen: number[] = [];
    let href: string | undefined = `${s.base}/panel`;
    const pages: string[] = [];
    while (href) {
      const res = await get(href, s.organiser.cookie);
      expect(res.status).toBe(200);
      const html = await res.text();
      pages.push(html);
      seen.push(...memberIds(html));
      href = link(html, "next");
      expect(pages.length).toBeLessThanOrEqual(3);
    }
    expect(pages.map((p) => memberIds(p).length)).toEqual([PANEL_PAGE_SIZE, PANEL_PAGE_SIZE, 22]);
    // Each page holds the next newest members (shown by institution, then name).
    expect(pages.map((p) => memberIds(p).sort((x, y) => y - x))).toEqual([
      all.slice(0, PANEL_PAGE_SIZE),
      all.slice(PANEL_PAGE_SIZE, 2 * PANEL_PAGE_SIZE),
      all.slice(2 * PANEL_PAGE_SIZE),
    ]);
    expect(new Set(seen).size).toBe(all.length);
    // The first page has no newer page; the others link back to the page before them.
    expect(link(pages[0]!, "prev")).toBeUndefined();
    expect(link(pages[1]!, "prev")).toBe(`${s.base}/panel`);
    expect(link(pages[2]!, "prev")).toBe(`${s.base}/panel?from=${all[PANEL_PAGE_SIZE]}`);
    expect(pages[0]).toContain(`${PANEL_PAGE_SIZE} members per page, the most recently invited first.`);
    // Within a page, members of no institution first, then institutions in name order.
    const headings = [...pages[0]!.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual([
      "No institution",
      "Alpha Institute (Country A)",
      "Beta Institute (Country B)",
    ]);
  });

  it("a panel that fits on one page has no page links", async () => {
    const small = await seedForum({ experts: 3 });
    const html = await (await get(`${small.base}/panel`, small.organiser.cookie)).text();
    expect(memberIds(html)).toHaveLength(5);
    expect(html).not.toContain('id="panel-pages"');
  });

  it("finds a member on any page by name, e-mail or institution, and says when nobody matches", async () => {
    const oldest = experts[1]!; // on the last page
    const byName = await (
      await get(
        `${s.base}/panel?find=${encodeURIComponent(`${tag} expert 1`.toUpperCase())}`,
        s.organiser.cookie,
      )
    ).text();
    // "Expert 1", "Expert 10" … "Expert 119": every one contains the text.
    expect(memberIds(byName)).toContain(oldest);
    expect(memberIds(byName).every((id) => experts.includes(id))).toBe(true);
    expect(byName).toContain("Members whose name, e-mail or institution contains");
    const byEmail = await (
      await get(`${s.base}/panel?find=${tag}-7%40example.org`, s.organiser.cookie)
    ).text();
    expect(memberIds(byEmail)).toEqual([experts[7]]);
    // Every other expert with an institution is at Beta (i odd, i % 3 ≠ 2): fewer than a page.
    const n = experts.length;
    const atBeta = experts.filter((_, i) => i % 2 === 1 && i % 3 !== 2).length;
    expect(atBeta).toBeLessThanOrEqual(PANEL_PAGE_SIZE);
    const beta = await (await get(`${s.base}/panel?find=beta`, s.organiser.cookie)).text();
    expect(memberIds(beta)).toHaveLength(atBeta);
    expect(beta).not.toContain('id="panel-pages"');
    // Two thirds have an institution: more than a page, and the next page keeps the search.
    const withInstitution = experts.filter((_, i) => i % 3 !== 2).length;
    expect(withInstitution).toBeGreaterThan(PANEL_PAGE_SIZE);
    expect(withInstitution).toBeLessThanOrEqual(2 * PANEL_PAGE_SIZE);
    expect(n).toBe(2 * PANEL_PAGE_SIZE + 20);
    const institute = await (await get(`${s.base}/panel?find=institute`, s.organiser.cookie)).text();
    expect(memberIds(institute)).toHaveLength(PANEL_PAGE_SIZE);
    const next = link(institute, "next");
    expect(next).toMatch(new RegExp(`^${s.base}/panel\\?find=institute&from=\\d+$`));
    expect(memberIds(await (await get(next!, s.organiser.cookie)).text())).toHaveLength(
      withInstitution - PANEL_PAGE_SIZE,
    );
    const none = await (await get(`${s.base}/panel?find=nobody-by-this-name`, s.organiser.cookie)).text();
    expect(memberIds(none)).toEqual([]);
    expect(none).toContain("No member&#39;s name, e-mail or institution contains");
    expect(none).toContain('value="nobody-by-this-name"');
  });

  it("finds names in any script, in any case (SQLite's lower() folds ASCII only)", async () => {
    const u = await env.DB.prepare("INSERT INTO users (email, name) VALUES (?, ?) RETURNING id")
      .bind(`${tag}-irina@example.org`, "Ирина Петрова")
      .first<{ id: number }>();
    await env.DB.prepare(
      "INSERT INTO members (forum_id, user_id, role, pseudonym, status) VALUES (?, ?, 'expert', ?, 'invited')",
    )
      .bind(s.forumId, u!.id, `IR${tag.slice(-3)}`.toUpperCase())
      .run();
    const html = await (
      await get(`${s.base}/panel?find=${encodeURIComponent("ирина")}`, s.organiser.cookie)
    ).text();
    expect(memberIds(html)).toHaveLength(1);
    expect(html).toContain("Ирина Петрова");
  });

  it("a malformed page or search falls back to the first page", async () => {
    for (const q of ["from=abc", "from=-3", "from=0", `find=${"x".repeat(300)}`, "from=1e3"]) {
      const res = await get(`${s.base}/panel?${q}`, s.organiser.cookie);
      expect(res.status, q).toBe(200);
      expect(memberIds(await res.text()), q).toHaveLength(PANEL_PAGE_SIZE);
    }
  });

  it("cancelling a removal returns to the page that shows the member", async () => {
    const target = experts[3]!;
    const confirm = await (await post(`${s.base}/panel/${target}/remove`, {}, s.organiser.cookie)).text();
    const cancel = confirm.match(/href="([^"]*#member-\d+)"/)?.[1]?.replaceAll("&amp;", "&");
    expect(cancel).toBe(`${s.base}/panel?from=${target}#member-${target}`);
    const page = await (await get(cancel!.split("#")[0]!, s.organiser.cookie)).text();
    expect(memberIds(page)).toContain(target);
    // Once confirmed, the organiser lands on that page too, the member shown as removed.
    const removed = await post(`${s.base}/panel/${target}/remove`, { confirm: "1" }, s.organiser.cookie);
    expect(removed.status).toBe(303);
    expect(removed.headers.get("Location")).toBe(
      `${s.base}/panel?from=${target}&notice=removed#member-${target}`,
    );
    const after = await (
      await get(`${s.base}/panel?from=${target}&notice=removed`, s.organiser.cookie)
    ).text();
    expect(after).toMatch(new RegExp(`id="member-${target}"[\\s\\S]*?removed`));
  });

  it("reads the same rows for a page whatever the panel's size", async () => {
    const rowsRead = async (forum: Seeded) => {
      const res = await get(`${forum.base}/panel`, forum.organiser.cookie);
      expect(res.status).toBe(200);
      return parseServerTiming(res.headers.get("Server-Timing"))!.rowsRead;
    };
    const t = await seedForum({ experts: 0 });
    const a = await addInstitution(t.forumId, "Gamma Institute", "Country C");
    await addExperts(t, PANEL_PAGE_SIZE + 5, [a.id], unique("pm"));
    const before = await rowsRead(t);
    await addExperts(t, 4 * PANEL_PAGE_SIZE, [a.id], unique("pl"));
    const after = await rowsRead(t);
    // Five times the panel, the same page: a few more rows at most (the index's extra entries).
    expect(after).toBeLessThanOrEqual(before + 5);
  });
});
