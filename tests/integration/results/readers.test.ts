// Issue 18: results a ministry reader trusts. The answer first ("What the panel thinks"), the method
// the organisers chose named in words, every technical term linked to the glossary, the dashboard and
// the report agreeing on every number, outcomes beside forecasts in a finished forum.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, questions, resolutions } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { publishedForum } from "../../helpers/published-forum.js";

/** The text of the big number on a question's card. */
function headline(html: string, questionId: number): string {
  const card = html.slice(html.indexOf(`id="card-${questionId}"`));
  return card.match(/class="headline-number">([^<]+)</)?.[1]?.trim() ?? "";
}

/** The value the report's "Pooled values" table gives `method` for a question. */
function reportValue(html: string, questionId: number, plainName: string): string {
  const q = html.slice(html.indexOf(`id="report-q${questionId}"`));
  const row = q.slice(q.indexOf(`${plainName}</a></th>`));
  return row.match(/<td>([^<]*)<\/td>/)?.[1] ?? "";
}

/** HTML with the apostrophe entity decoded (hono/jsx escapes ' as &#39;). */
const dec = (html: string) => html.replaceAll("&#39;", "'");

const TEXT = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<title[\s\S]*?<\/title>/g, "")
    .replace(/<desc[\s\S]*?<\/desc>/g, "")
    .replace(/<[^>]+>/g, " ");

describe("readers' results: the answer first, in plain words", () => {
  it("opens with what the panel thinks: the likeliest scenario and its probability, from the numbers", async () => {
    const f = await publishedForum({ experts: 5 });
    const html = dec(await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text());
    const summary = html.slice(html.indexOf('id="panel-summary"'));
    // Expert i gives the middle scenario 1 − p with p = 0.2 … 0.6: it is the likeliest (median 0.6).
    const middle = f.questions.allocation.config;
    const label = middle.kind === "allocation" ? middle.scenarios[1]!.title : "";
    expect(summary).toMatch(new RegExp(`The likeliest scenario is “${label}” at \\d+%`));
    expect(summary).toContain("(5 of 5 experts answered)");
    expect(summary).toContain("This is the first published round");
    // The summary comes before the first question.
    expect(html.indexOf('id="panel-summary"')).toBeLessThan(html.indexOf('id="card-'));
  });

  it("says what moved since the previous round", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2 });
    const html = dec(await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text());
    // Round 2 shifts every yes/no answer by 5 points: the binary median moves 40% → 45%.
    expect(html).toMatch(/The biggest change since round 1: .* went from \d+% to \d+%\./);
  });

  it("names the organisers' method in words; the others sit under 'How these numbers are made'", async () => {
    const f = await publishedForum({ experts: 5 });
    const before = dec(await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text());
    expect(before).toContain("Typical expert view (median)</a> (the organisers' choice)");
    const res = await post(
      `${f.base}/settings`,
      { senderName: "", consentText: "", reminderDays: "3, 1", retentionDays: "", defaultMethod: "mean" },
      f.organiser.cookie,
    );
    expect(res.status).toBe(303);
    expect((await db().select().from(forums).where(eq(forums.id, f.forum.id)).get())?.defaultMethod).toBe(
      "mean",
    );
    const html = dec(await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text());
    // Expert answers 0.2 … 0.6: mean 40%, shown without any ?method.
    expect(headline(html, f.questions.binary.id)).toBe("40%");
    expect(html).toContain("Average of all answers (mean)</a> (the organisers' choice)");
    const how = html.slice(html.indexOf('id="how-made"'));
    for (const name of [
      "Typical expert view (median)",
      "Odds-averaged view (geometric mean of odds)",
      "Typical view, later answers counting more (recency-weighted median)",
      "Weighted by past accuracy (track record)",
    ])
      expect(how).toContain(name);
    // The switch before the answer is gone: the first thing after the title is the round line.
    expect(html.indexOf('id="how-made"')).toBeGreaterThan(html.indexOf('id="card-'));
    // A bad value re-renders the form with 422.
    const bad = await post(
      `${f.base}/settings`,
      { senderName: "", consentText: "", reminderDays: "", retentionDays: "", defaultMethod: "bogus" },
      f.organiser.cookie,
    );
    expect(bad.status).toBe(422);
  });

  it("shows no raw method key, and links every technical term to the glossary", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2 });
    for (const url of [`${f.base}/dashboard`, `${f.base}/rounds/2/report`]) {
      const html = await (await get(url, f.stakeholder.cookie)).text();
      const text = TEXT(html);
      expect(text).not.toMatch(/\b(geo-odds|recency-median|quantile-average|geo-pool|track-record)\b/);
      for (const id of ["median", "geo-odds", "recency", "track-record", "middle-half"])
        expect(html).toContain(`href="/glossary#${id}"`);
    }
    const glossary = await get("/glossary");
    expect(glossary.status).toBe(200);
    const g = await glossary.text();
    for (const id of ["geo-odds", "recency", "track-record", "brier", "peer-score", "murphy", "alpha"])
      expect(g).toContain(`id="${id}"`);
  });

  it("gives the organisers' synthesis a heading and an author line", async () => {
    const f = await publishedForum({ experts: 5 });
    await db().run(sql`UPDATE rounds SET synthesis = 'Most see a stalemate.' WHERE forum_id = ${f.forum.id}`);
    for (const url of [`${f.base}/dashboard`, `${f.base}/rounds/1/report`]) {
      const html = dec(await (await get(url, f.stakeholder.cookie)).text());
      expect(html).toContain("Organisers' summary of round 1</h2>");
      expect(html).toContain("Written by the forum's organisers; published with the round on");
      expect(html).toContain("Most see a stalemate.");
    }
  });

  it("the dashboard and the report agree with 'track-record weighted' selected", async () => {
    const f = await publishedForum({ experts: 5 });
    const dash = await (await get(`${f.base}/dashboard?method=track-record`, f.stakeholder.cookie)).text();
    const report = await (
      await get(`${f.base}/rounds/1/report?method=track-record`, f.stakeholder.cookie)
    ).text();
    const shown = headline(dash, f.questions.binary.id);
    expect(shown).toMatch(/^\d+%$/);
    expect(reportValue(report, f.questions.binary.id, "Weighted by past accuracy (track record)")).toBe(
      shown,
    );
    expect(headline(report.replaceAll("report-q", "card-"), f.questions.binary.id)).toBe(shown);
  });

  it("quantity charts show each expert's 5–95% range", async () => {
    const f = await publishedForum({ experts: 5 });
    const html = dec(await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text());
    const card = html.slice(html.indexOf(`id="card-${f.questions.quantity.id}"`));
    const chart = card.slice(0, card.indexOf("</figure>"));
    expect(chart).toContain("range-plot");
    // One path draws every range: one segment ("M x y H x") per expert.
    const ranges = chart.match(/class="range-lines" d="([^"]*)"/)?.[1] ?? "";
    expect(ranges.match(/M[\d.]+ [\d.]+H[\d.]+/g)?.length).toBe(5);
    expect(chart).toContain("One expert's 5–95% range");
  });
});

describe("outcomes", () => {
  it("keeps a seed question's true value hidden while the forum is open", async () => {
    const f = await publishedForum({ experts: 5 });
    await db().update(questions).set({ isSeed: true }).where(eq(questions.id, f.questions.quantity.id));
    await db()
      .insert(resolutions)
      .values({
        questionId: f.questions.quantity.id,
        outcome: { value: 31 },
        resolvedOn: "2030-02-01",
        sourceNote: "seed",
        resolvedBy: f.organiser.user.id,
      });
    await db()
      .insert(resolutions)
      .values({
        questionId: f.questions.binary.id,
        outcome: { outcome: 1 },
        resolvedOn: "2030-02-01",
        sourceNote: "news",
        resolvedBy: f.organiser.user.id,
      });
    const html = dec(await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text());
    expect(html).toContain(`id="outcome-${f.questions.binary.id}"`);
    expect(html).not.toContain(`id="outcome-${f.questions.quantity.id}"`);
    expect(html).not.toContain("The value was 31");
  });
});
