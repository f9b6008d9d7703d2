import { describe, expect, it } from "vitest";
import { createUser, get, post, sessionCookie } from "../../helpers/app.js";
import { dashboardWithBreakdowns, publishedForum } from "../../helpers/published-forum.js";

const HX = { "HX-Request": "true" };

/** The text of the big number on a question's card. */
function headline(html: string, questionId: number): string {
  const card = html.slice(html.indexOf(`id="card-${questionId}"`));
  return card.match(/class="headline-number">([^<]+)</)?.[1]?.trim() ?? "";
}

describe("stakeholder dashboard", () => {
  it("shows an institution and a country with 3 respondents and hides those with 2 (threshold exactly at 3)", async () => {
    // 8 experts: institutions (and countries) of 3, 3 and 2.
    const f = await publishedForum({ experts: 8 });
    const [inst3, inst2] = [f.experts[0]!.member.institutionId, f.experts[6]!.member.institutionId];
    expect(inst3).not.toBe(inst2);
    expect((await get(`${f.base}/dashboard`, f.stakeholder.cookie)).status).toBe(200);
    const html = await dashboardWithBreakdowns(`${f.base}/dashboard`, f.stakeholder.cookie);
    const names = await import("../../../src/db/schema.js").then(async (s) => {
      const { db } = await import("../../helpers/app.js");
      return db().select().from(s.institutions);
    });
    const name = (id: number | null) => names.find((i) => i.id === id)!.name;
    expect(html).toContain(`${name(inst3)} (n = 3)`);
    expect(html).toContain("Country 0 (n = 3)");
    expect(html).not.toContain(name(inst2));
    expect(html).not.toContain("Country 2");
    expect(html).toContain("Groups are shown only when at least 3 experts in them answered.");
  });

  it("the first response leaves each card's breakdown out; opening it loads it; without JavaScript it is in the page", async () => {
    const f = await publishedForum({ experts: 8 });
    const q = f.questions.binary.id;
    const page = await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text();
    expect(page).not.toContain('class="group-part"');
    expect(page).not.toContain("Country 0 (n = 3)");
    const href = `${f.base}/dashboard/rounds/1/breakdown/${q}`;
    expect(page).toContain(`hx-get="${href}" hx-trigger="toggle once from:closest details"`);
    // The fragment: the groups past the threshold, their medians and the rule.
    const fragment = await get(href, f.stakeholder.cookie, HX);
    expect(fragment.status).toBe(200);
    const body = await fragment.text();
    expect(body).toMatch(/^<div class="breakdown-body">/);
    expect(body).toContain("Country 0 (n = 3)");
    expect(body).toContain("Groups are shown only when at least 3 experts in them answered.");
    // The link a reader without JavaScript follows shows that card's breakdown open, the others folded.
    const fallback = page.match(new RegExp(`href="([^"]*breakdown=${q}#card-${q})"`))?.[1];
    expect(fallback).toBeDefined();
    const inline = await (await get(fallback!.replaceAll("&amp;", "&"), f.stakeholder.cookie)).text();
    expect(inline).toContain(
      '<details class="breakdown" open=""><summary><h4>By institution and country</h4></summary><div class="breakdown-body">',
    );
    expect(inline.split('class="breakdown-body" hx-get=').length - 1).toBe(
      page.split('class="breakdown-body" hx-get=').length - 2,
    );
    // Nothing for a round that is not published, a question of another forum, or a malformed id.
    const other = await publishedForum({ experts: 3 });
    for (const url of [
      `${f.base}/dashboard/rounds/2/breakdown/${q}`,
      `${f.base}/dashboard/rounds/1/breakdown/${other.questions.binary.id}`,
      `${f.base}/dashboard/rounds/1/breakdown/x`,
    ])
      expect((await get(url, f.stakeholder.cookie, HX)).status).toBe(404);
  });

  it("a quantity card's per-expert ranges load on their own, for every member; other kinds have none (404)", async () => {
    const f = await publishedForum({ experts: 6 });
    const ranges = (qid: number) => `${f.base}/dashboard/rounds/1/ranges/${qid}`;
    for (const who of [f.stakeholder, f.experts[0]!, f.organiser]) {
      const res = await get(ranges(f.questions.quantity.id), who.cookie, HX);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/^<div class="ranges-body"><figure class="chart range-plot">/);
      // One range per expert, in one path.
      expect(html.match(/class="range-lines" d="([^"]*)"/)?.[1]?.match(/M/g)).toHaveLength(6);
    }
    expect((await get(ranges(f.questions.binary.id), f.stakeholder.cookie, HX)).status).toBe(404);
    expect(
      (await get(`${f.base}/dashboard/rounds/2/ranges/${f.questions.quantity.id}`, f.stakeholder.cookie, HX))
        .status,
    ).toBe(404);
    // Six experts are few enough for the card to draw the ranges itself.
    const page = await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text();
    expect(page).toContain('class="range-lines"');
    expect(page).not.toContain("/ranges/");
  });

  it("a repeated visit to published results is a 304: the page and a breakdown carry an ETag", async () => {
    const f = await publishedForum({ experts: 8 });
    for (const url of [
      `${f.base}/dashboard`,
      `${f.base}/dashboard/rounds/1/breakdown/${f.questions.binary.id}`,
    ]) {
      const first = await get(url, f.stakeholder.cookie);
      expect(first.status).toBe(200);
      const etag = first.headers.get("ETag");
      expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
      expect(first.headers.get("Cache-Control")).toBe("private, no-cache");
      await first.text();
      // A new response has a new CSP nonce, yet the same ETag: the nonce is left out of the hash.
      const again = await get(url, f.stakeholder.cookie, { "If-None-Match": etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("ETag")).toBe(etag);
      // The browser keeps the stored page with the policy whose nonce it holds.
      expect(again.headers.get("Content-Security-Policy")).toBeNull();
    }
    // Another reader's page (another name in its header) or another method is another page.
    const page = await get(`${f.base}/dashboard`, f.stakeholder.cookie);
    const other = await get(`${f.base}/dashboard`, f.organiser.cookie, {
      "If-None-Match": page.headers.get("ETag")!,
    });
    expect(other.status).toBe(200);
    const median = await get(`${f.base}/dashboard?method=median`, f.stakeholder.cookie);
    const mean = await get(`${f.base}/dashboard?method=mean`, f.stakeholder.cookie, {
      "If-None-Match": median.headers.get("ETag")!,
    });
    expect(mean.status).toBe(200);
    // Signing out clears what the browser kept.
    const out = await post("/signout", {}, f.stakeholder.cookie);
    expect(out.headers.get("Clear-Site-Data")).toBe('"cache"');
  });

  it("F3: no group of 3 among 5 respondents (its median would narrow the other two's answers)", async () => {
    const f = await publishedForum({ experts: 5 });
    const html = await dashboardWithBreakdowns(`${f.base}/dashboard`, f.stakeholder.cookie);
    expect(html).not.toContain("Country 0 (n = 3)");
    expect(html).not.toMatch(/id="groups-\d+-institution/);
  });

  it("a forum minimum of 4 hides the group of 3 as well", async () => {
    const f = await publishedForum({ experts: 5, minGroupSize: 4 });
    const html = await dashboardWithBreakdowns(`${f.base}/dashboard`, f.stakeholder.cookie);
    expect(html).not.toContain("Country 0");
    expect(html).toContain("No group reached 4 respondents in this round.");
  });

  it("stakeholder- and expert-facing HTML carries no name, e-mail, pseudonym, reason or answer time", async () => {
    const f = await publishedForum({ experts: 5, rounds: 2 });
    for (const who of [f.stakeholder, f.experts[0]!]) {
      for (const url of [`${f.base}/dashboard`, `${f.base}/dashboard?round=1&method=geo-odds`]) {
        const res = await get(url, who.cookie);
        expect(res.status).toBe(200);
        const html = await res.text();
        for (const e of f.experts) {
          // The signed-in expert's own name is in the page header; nobody else's is anywhere.
          if (e.cookie !== who.cookie) expect(html).not.toContain(e.user.name);
          expect(html).not.toContain(e.user.email);
          expect(html).not.toContain(e.member.pseudonym);
        }
        for (const r of f.reasons) expect(html).not.toContain(r);
        for (const t of f.times) expect(html).not.toContain(t);
        // Answers were given in 2030 (dashboard-seed); no date of an answer appears in any format.
        expect(html).not.toContain("2030");
      }
    }
  });

  it("pooling-method switch: links that work without JS, an htmx partial with a stable id and hx-push-url", async () => {
    const f = await publishedForum({ experts: 5 });
    const results = (await (
      await get(`/api/v1/forums/${f.forum.id}/rounds/1/results`, f.stakeholder.cookie)
    ).json()) as {
      questions: { id: number; snapshot: { pooled: Record<string, number> } }[];
    };
    const pooled = results.questions.find((q) => q.id === f.questions.binary.id)!.snapshot.pooled;
    const pct = (p: number) => `${Math.round(p * 100)}%`;
    const page = await get(`${f.base}/dashboard?method=geo-odds`, f.stakeholder.cookie);
    const html = await page.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<div id="dashboard-results"');
    expect(headline(html, f.questions.binary.id)).toBe(pct(pooled["geo-odds"]!));
    expect(html).toContain(`href="/forums/${f.forum.id}/dashboard?round=1&amp;method=mean"`);
    expect(page.headers.get("Vary")).toContain("HX-Request");
    const partial = await get(`${f.base}/dashboard?round=1&method=recency-median`, f.stakeholder.cookie, HX);
    expect(partial.status).toBe(200);
    const frag = await partial.text();
    expect(frag.startsWith('<div id="dashboard-results"')).toBe(true);
    expect(frag).not.toContain("<html");
    expect(frag).toContain('hx-push-url="true"');
    expect(frag).toContain('hx-target="#dashboard-results"');
    expect(frag).toContain(`hx-get="/forums/${f.forum.id}/dashboard?round=1&amp;method=median"`);
    expect(headline(frag, f.questions.binary.id)).toBe(pct(pooled["recency-median"]!));
    expect(frag).toMatch(
      /aria-current="true" class="current">Typical view, later answers counting more \(recency-weighted median\)</,
    );
    // An unknown method falls back to the median.
    const median = await (await get(`${f.base}/dashboard?method=bogus`, f.stakeholder.cookie, HX)).text();
    expect(headline(median, f.questions.binary.id)).toBe(pct(pooled.median!));
  });

  it("each headline shows its likely range (the snapshot's bootstrap interval for the chosen method), linked to the glossary", async () => {
    const f = await publishedForum({ experts: 5 });
    const results = (await (
      await get(`/api/v1/forums/${f.forum.id}/rounds/1/results`, f.stakeholder.cookie)
    ).json()) as {
      questions: { id: number; snapshot: { intervals: { byMethod: Record<string, [number, number][]> } } }[];
    };
    const by = results.questions.find((q) => q.id === f.questions.binary.id)!.snapshot.intervals.byMethod;
    const pct = (p: number) => `${Math.round(p * 100)}%`;
    for (const method of ["geo-odds", "mean"] as const) {
      const html = await (await get(`${f.base}/dashboard?method=${method}`, f.stakeholder.cookie)).text();
      const card = html.slice(html.indexOf(`id="card-${f.questions.binary.id}"`));
      const [lo, hi] = by[method]![0]!;
      expect(card).toMatch(
        new RegExp(`href="/glossary#likely-range"[^>]*>Likely range ${pct(lo)} – ${pct(hi)}<`),
      );
    }
    const glossary = await (await get("/glossary")).text();
    expect(glossary).toContain('id="likely-range"');
  });

  it("round switch: published rounds only, latest by default, convergence per round", async () => {
    const f = await publishedForum({ experts: 5, rounds: 3, closedOnly: true });
    // Rounds 1 and 2 are published (medians 40% and 45%), round 3 is only closed.
    const latest = await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text();
    expect(latest).toContain("Round 2 of 2");
    expect(headline(latest, f.questions.binary.id)).toBe("45%");
    expect(latest).toContain(`href="/forums/${f.forum.id}/dashboard?round=1&amp;method=median"`);
    expect(latest).not.toContain("?round=3");
    expect(latest).toContain("Spread of answers across rounds");
    expect(latest).toContain("lower means more agreement");
    // A small line per question and the same spread in words, round by round (the line is decorative).
    expect(latest).toMatch(/<svg viewBox="0 0 72 20" class="sparkline" aria-hidden="true">/);
    expect(latest).toMatch(/<span>round 1: [^<]+ → round 2: [^<]+<\/span>/);
    const first = await (await get(`${f.base}/dashboard?round=1`, f.stakeholder.cookie, HX)).text();
    expect(first).toContain("Round 1 of 2");
    expect(headline(first, f.questions.binary.id)).toBe("40%");
    // Round 1 has no earlier round: the page says once (not on every card) when convergence appears.
    expect(first.split("is shown once a second round is published").length - 1).toBe(1);
    expect(first).not.toContain("Spread of answers across rounds");
    const closed = await (await get(`${f.base}/dashboard?round=3`, f.stakeholder.cookie)).text();
    expect(closed).toContain("Round 2 of 2");
  });

  it("charts carry a title, a description and a table fallback", async () => {
    const f = await publishedForum({ experts: 6 });
    const html = await dashboardWithBreakdowns(`${f.base}/dashboard`, f.stakeholder.cookie);
    expect(html).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="strip-\d+-t strip-\d+-d"/);
    expect(html).toMatch(/<title id="groups-\d+-institution-t">/);
    expect(html).toMatch(/<desc id="groups-\d+-institution-d">Median of each group/);
    expect(html).toContain("Show as a table");
    expect(html).toContain("Difference from all");
  });

  it("access: anonymous is sent to sign in, a non-member gets 404, no published round says so", async () => {
    const f = await publishedForum({ experts: 3, rounds: 1, closedOnly: true });
    const anon = await get(`${f.base}/dashboard`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get("Location")).toContain("/signin");
    const stranger = await createUser();
    expect((await get(`${f.base}/dashboard`, await sessionCookie(stranger.id))).status).toBe(404);
    const none = await get(`${f.base}/dashboard`, f.stakeholder.cookie);
    expect(await none.text()).toContain("No round has been published yet.");
  });
});

describe("scenario probabilities add up to 100%", () => {
  it("per-scenario medians that add up to 60% are shown rescaled to 100%, and the page says so", async () => {
    const { makeForum } = await import("../../helpers/forum.js");
    const { db, post } = await import("../../helpers/app.js");
    const { publishRound } = await import("../../../src/db/queries/round-control.js");
    const { getRoundByNumber } = await import("../../../src/db/queries/rounds.js");
    const f = await makeForum({ experts: 3 });
    const q = f.questions.allocation;
    const splits = [
      ["60", "20", "20"],
      ["20", "60", "20"],
      ["20", "20", "60"],
    ];
    for (const [i, [p0, p1, p2]] of splits.entries())
      expect(
        (
          await post(
            f.path(q),
            { p0: p0!, p1: p1!, p2: p2!, rationale: "", intent: "submit" },
            f.experts[i]!.cookie,
          )
        ).status,
      ).toBe(303);
    expect(await f.close()).toBe(true);
    expect(
      await publishRound(db(), f.forum, (await getRoundByNumber(db(), f.forum.id, 1))!, f.organiser.user),
    ).toBe(true);
    const html = await (await get(`/forums/${f.forum.id}/dashboard`, f.stakeholder.cookie)).text();
    const card = html.slice(html.indexOf(`id="bars-${q.id}-t"`));
    const bars = card.slice(0, card.indexOf("</figure>"));
    const shares = [...bars.matchAll(/class="sbar-value">([\d.]+)%</g)].map((m) => Number(m[1]));
    expect(shares).toHaveLength(3);
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(1);
    // Whole percentages by the largest remainder: exactly 100, never 99 (which third gets the extra
    // point is a tie-break between three equal shares).
    expect([...shares].sort()).toEqual([33, 33, 34]);
    expect(html).toContain("Rescaled to add up to 100% (taken one by one, they added up to 60%)");
    // The results export says the same: every pooled scenario column adds up to 1, the median too.
    const csv = await (await get(`/forums/${f.forum.id}/export/results.csv`, f.organiser.cookie)).text();
    const rows = csv.trim().split("\r\n");
    const header = rows[0]!.split(",");
    const scenarioRows = rows.filter((r) => r.includes('"allocation"')).map((r) => r.split(","));
    expect(scenarioRows).toHaveLength(3);
    for (const m of ["median", "geo-odds", "mean", "recency-median"]) {
      const col = header.indexOf(`"pooled_${m}"`);
      expect(col).toBeGreaterThan(0);
      expect(scenarioRows.reduce((sum, r) => sum + Number(r[col]), 0)).toBeCloseTo(1, 9);
    }
  });
});
