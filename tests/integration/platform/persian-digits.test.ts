// Persian pages write every number in Persian digits (issue 17): counts, percentages, chart labels and the
// catalogue's own text, on the expert's question pages (open round with the group's feedback, closed
// round), the readers' dashboard and the organiser's overview and results. What people typed (names,
// titles) and pseudonym codes keep their characters. A number typed in Persian digits is read as a number.
// The probability slider runs left to right like the charts' axes (public/styles.css, "Scales run left
// to right").
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publishRound, saveSynthesis } from "../../../src/db/queries/round-control.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { forums, institutions, users } from "../../../src/db/schema.js";
import { asciiDigits } from "../../../src/validation/forms.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/** The text a reader sees: no head, scripts, styles or tags (attributes go with them); SVG <text> stays. */
function visibleText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, " ")
    .replace(/<(script|style|template|noscript|textarea)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<(details) class="method-help"[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#?\w+;/g, " ");
}

/** Each ASCII digit on the page with a little context, once user-written text and pseudonyms are removed. */
function asciiNumbers(html: string, userText: string[]): string[] {
  let text = visibleText(html);
  for (const u of userText) text = text.split(u).join(" ");
  // Pseudonym codes ("K7QZ2") are identifiers, not numbers.
  text = text.replace(/\b[A-Z2-9]{5}\b/g, " ");
  return [...text.matchAll(/.{0,25}[0-9].{0,25}/gs)].map((m) => m[0].replace(/\s+/g, " ").trim());
}

describe("Persian pages", () => {
  it("show every number in Persian digits, and the slider runs left to right like the charts", async () => {
    const f = await makeForum({ experts: 4, minRespondents: 3 });
    const d = db();
    await d.update(forums).set({ title: "انجمن آزمایشی" }).where(eq(forums.id, f.forum.id));
    const q = f.questions;
    for (const [i, e] of f.experts.slice(0, 3).entries()) {
      const answers: [{ id: number }, Record<string, string>][] = [
        [q.binary, { p: String(30 + 10 * i) }],
        [q.allocation, { p0: "50", p1: String(30 - i * 5), p2: String(20 + i * 5) }],
        [q.quantity, { q5: "10", q50: String(20 + i * 3), q95: "40" }],
        [q.rating, { r: String(4 + i) }],
      ];
      for (const [question, value] of answers) {
        const res = await post(f.path(question), { ...value, rationale: "دلیل", intent: "submit" }, e.cookie);
        expect(res.status).toBe(303);
      }
    }
    await f.close(1);
    const organiser = { id: f.organiser.user.id };
    await saveSynthesis(d, f.forum.id, (await getRoundByNumber(d, f.forum.id, 1))!, "جمع‌بندی", organiser);
    await publishRound(d, f.forum, (await getRoundByNumber(d, f.forum.id, 1))!, organiser);
    await f.nextRound();

    // What people typed stays as typed: names, e-mail addresses, institutions and their countries.
    const userText = [
      ...(await d.select({ name: users.name, email: users.email }).from(users).all()).flatMap((u) => [
        u.email,
        u.name,
      ]),
      ...(
        await d
          .select({ name: institutions.name, country: institutions.country })
          .from(institutions)
          .where(eq(institutions.forumId, f.forum.id))
          .all()
      ).flatMap((i) => [i.name, i.country]),
    ].sort((a, b) => b.length - a.length);

    const id = f.forum.id;
    const expert = `${f.experts[0]!.cookie}; sf_locale=fa`;
    const org = `${f.organiser.cookie}; sf_locale=fa`;
    const pages: [string, string][] = [
      [`/forums/${id}/rounds/2`, expert],
      [f.path(q.binary, 2), expert],
      [f.path(q.allocation, 2), expert],
      [f.path(q.quantity, 2), expert],
      [f.path(q.rating, 2), expert],
      [f.path(q.binary, 1), expert],
      [f.path(q.allocation, 1), expert],
      [`/forums/${id}/dashboard`, `${f.stakeholder.cookie}; sf_locale=fa`],
      [`/forums/${id}`, org],
      [`/forums/${id}/rounds/1/results`, org],
      [`/forums/${id}/panel`, org],
      [`/forums/${id}/questions`, org],
      [`/forums/${id}/settings`, org],
      [`/forums/${id}/rounds/2/monitor`, org],
      [`/forums/${id}/rounds/1/report`, org],
      [`/forums`, expert],
      [`/forums/${id}/rounds`, expert],
      [`/forums/${id}/briefing`, expert],
    ];
    const found: string[] = [];
    for (const [path, cookie] of pages) {
      const res = await get(path, cookie);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain('<html lang="fa" dir="rtl">');
      for (const hit of asciiNumbers(html, userText)) found.push(`${path}: ${hit}`);
    }
    expect(found).toEqual([]);
    // A quantity and its unit (written in English here) read as one isolated run inside the Persian page:
    // the headline, its likely range and the chart's axis say "number unit" in that order.
    const dashboard = await (
      await get(`/forums/${id}/dashboard`, `${f.stakeholder.cookie}; sf_locale=fa`)
    ).text();
    const card = dashboard.slice(dashboard.indexOf(`id="card-${q.quantity.id}"`));
    const isolated =
      card.slice(0, card.indexOf("</article>")).match(/\u2068[۰-۹٫]+ [^\u2069<]+\u2069/g) ?? [];
    expect(isolated.length).toBeGreaterThanOrEqual(3);

    // The slider runs left to right, as every chart does (svg { direction: ltr }, never mirrored).
    const page = await (await get(f.path(q.binary, 2), expert)).text();
    const slider = /<input[^>]*type="range"[^>]*>/.exec(page)?.[0] ?? "";
    expect(slider).toContain('dir="ltr"');
    // Beside the box, the Persian percent sign, as Intl writes it in the charts.
    expect(page).toContain('<span class="unit">٪</span>');
    expect(page).toContain('role="img"');
  });

  it("read a number typed in Persian digits as that number, and leave words alone", async () => {
    expect(asciiDigits("۳۵")).toBe("35");
    expect(asciiDigits("۱۲٫۵")).toBe("12.5");
    expect(asciiDigits("٣, ١, ٦h")).toBe("3, 1, 6h");
    expect(asciiDigits("۳۵ درصد، چون")).toBe("۳۵ درصد، چون");
    expect(asciiDigits("35")).toBe("35");

    const f = await makeForum({ experts: 1 });
    const e = f.experts[0]!;
    const res = await post(
      f.path(f.questions.binary),
      { p: "۳۵", rationale: "", intent: "submit" },
      e.cookie,
    );
    expect(res.status).toBe(303);
    await f.close(1);
    const closed = await (await get(f.path(f.questions.binary), e.cookie)).text();
    expect(
      closed.slice(closed.indexOf('id="closed-answer"'), closed.indexOf('id="closed-answer"') + 400),
    ).toContain("35%");
  });
});
