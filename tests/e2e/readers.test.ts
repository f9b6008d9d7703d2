// The published results as a policy reader meets them, in a real browser: the demo stakeholder's dashboard
// and report, then the same round through a link the organiser shares with readers who have no account.
// Every scenario card adds up to 100 ± 1, no method key or unexplained technical term is visible, the
// pages fit 1280 px and 375 px screens (no sideways scroll, no word split across lines), the report
// prints to an A4 PDF, and the finished forum shows outcomes. Screenshots: tests/e2e/screenshots-readers/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, seen, WAIT } from "./browser.js";
import { horizontalOverflow, splitWords } from "./layout-checks.js";

const e2e = browserSuite({ shots: "screenshots-readers", clean: true });

const FINISHED = "Regional security outlook 2026 (finished)";
/** Method keys and notation a reader must never meet as such. */
const RAW =
  /\b(geo-odds|recency-median|track-record|quantile-average|linear-pool|geo-pool|weighted-geo-odds)\b|\d\.\d+e-\d/;
/** Technical terms that may appear only inside a link to their glossary entry. */
const TERMS = ["geometric mean of odds", "Brier", "peer score", "Murphy", "significance level"];

/** The whole percentages of each scenario chart on the page, one array per chart. */
const scenarioSums = (p: Page) =>
  p.$$eval(".scenario-bars", (charts) =>
    charts.map((c) =>
      Array.from(c.querySelectorAll(".sbar-value")).reduce(
        (s, el) => s + Number.parseFloat(el.textContent ?? ""),
        0,
      ),
    ),
  );

/** Text of `main` outside sentences that link a term to the glossary (explained there and one click away). */
const unexplained = (p: Page) =>
  p.$eval("main", (m) => {
    const clone = m.cloneNode(true) as HTMLElement;
    // A sentence that links its term to the glossary explains it there and then: drop the whole sentence.
    for (const a of Array.from(clone.querySelectorAll("a.term")))
      (a.closest("p, li, dd, dt, td, th") ?? a).remove();
    for (const x of Array.from(clone.querySelectorAll("details.method-help, .how-made, script"))) x.remove();
    return clone.innerText;
  });

/** Checks a reader's page at its current width: fits, no split words, honest sums, plain words. */
async function readable(p: Page, name: string) {
  expect(await horizontalOverflow(p)).toBe(0);
  expect(await splitWords(p)).toEqual([]);
  for (const sum of await scenarioSums(p)) expect(Math.abs(sum - 100)).toBeLessThanOrEqual(1);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
  const text = await p.locator("main").innerText();
  expect(text).not.toMatch(RAW);
  const outside = await unexplained(p);
  for (const term of TERMS) expect(outside.toLowerCase()).not.toContain(term.toLowerCase());
  await e2e.shot(p, name);
}

async function printReport(p: Page, name: string) {
  await p.emulateMedia({ media: "print" });
  const path = join(e2e.shots, `${name}.pdf`);
  await p.pdf({ path, format: "A4", printBackground: true });
  const pdf = readFileSync(path);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // Charts are drawn (SVG becomes vector paths): a bare text page is far smaller.
  expect(pdf.length).toBeGreaterThan(20_000);
  await p.emulateMedia({ media: "screen" });
}

/**
 * The first card's breakdown is not in the page until its reader opens it; then it loads. A second visit
 * is answered 304 from the browser's cache, and the kept page's scripts still run (its CSP nonce and
 * policy are the stored ones), so a breakdown still loads on opening.
 */
async function breakdownOnOpening(p: Page) {
  const url = p.url();
  const first = p.locator("article.question-card details.breakdown").first();
  expect(await first.locator(".group-part").count()).toBe(0);
  await first.locator("summary").click();
  await seen(first.getByText(/Groups are shown only when at least \d+ experts in them answered/));
  await e2e.shot(p, "stakeholder-breakdown-opened");
  const again = await p.goto(url);
  expect([200, 304]).toContain(again?.status());
  const etag = (await again?.allHeaders())?.etag;
  expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
  const revalidated = await p.request.get(url, { headers: { "If-None-Match": etag! } });
  expect(revalidated.status()).toBe(304);
  const second = p.locator("article.question-card details.breakdown").nth(1);
  await second.locator("summary").click();
  await seen(second.getByText(/Groups are shown only when at least \d+ experts in them answered/));
}

describe("published results a policy reader trusts", () => {
  let shared = "";
  let stakeholder: Page;
  let organiser: Page;

  it("the demo stakeholder reads the dashboard and the report at 1280 px and 375 px, and prints the report", async () => {
    stakeholder = await e2e.signedIn(e2e.app.links.stakeholder, /Sam Stakeholder, confirm to sign in/);
    const p = stakeholder;
    for (const width of [1280, 375]) {
      await p.setViewportSize({ width, height: 900 });
      await p.goto(`${e2e.app.origin}/forums/${e2e.app.demoForumId}/dashboard`);
      await seen(p.getByRole("heading", { name: "What the panel thinks" }));
      expect(await p.locator(".scenario-bars").count()).toBeGreaterThan(0);
      await readable(p, `stakeholder-dashboard-${width}`);
      if (width === 1280) await breakdownOnOpening(p);
      await p.getByRole("link", { name: "Printable report" }).first().click();
      await seen(p.locator("#round-report"));
      await readable(p, `stakeholder-report-${width}`);
      if (width === 1280) await printReport(p, "stakeholder-report");
    }
  });

  it("the finished forum shows each resolved question's outcome beside the forecast", async () => {
    const p = stakeholder;
    await p.setViewportSize({ width: 1280, height: 900 });
    await p.goto(`${e2e.app.origin}/forums`);
    await p.getByRole("link", { name: FINISHED }).first().click();
    await seen(p.locator(".finished-note"));
    const cards = await p.locator("[id^='card-']").count();
    expect(cards).toBeGreaterThan(0);
    // The demo's finished forum has 13 resolved questions (src/demo/seed.ts): each shows its outcome.
    expect(await p.locator("[id^='card-'] .outcome").count()).toBe(13);
    await readable(p, "finished-dashboard-1280");
  });

  it("the organiser shares round 1; a reader with no account opens the link, the report and one card", async () => {
    organiser = await e2e.signedIn(e2e.app.links.organiser, /Dana Organiser, confirm to sign in/);
    const org = organiser;
    await org.goto(`${e2e.app.origin}/forums/${e2e.app.demoForumId}/dashboard`);
    await org.getByRole("link", { name: "Share this round" }).click();
    await seen(org.getByRole("heading", { name: "Shared links", level: 1 }));
    await org.getByRole("button", { name: "Create a shared link" }).click();
    await seen(org.locator("#share-created"));
    shared = (await org.locator("#share-created code.token").innerText()).trim();
    expect(shared).toMatch(/\/s\/[A-Za-z0-9_-]+$/);
    await e2e.shot(org, "organiser-sharing");

    for (const width of [1280, 375]) {
      const p = await e2e.person({ width });
      await p.goto(shared);
      await seen(p.getByRole("heading", { name: "What the panel thinks" }));
      expect(await p.title()).toContain("what the panel thinks (round 1)");
      expect(await p.locator('meta[property="og:description"]').getAttribute("content")).toMatch(/\w/);
      await readable(p, `shared-dashboard-${width}`);
      await p.getByRole("link", { name: "Printable report" }).first().click();
      await seen(p.locator("#round-report"));
      expect(p.url()).toContain("/s/");
      await readable(p, `shared-report-${width}`);
      if (width === 1280) await printReport(p, "shared-report");
    }

    // Partner sites frame one card.
    const host = await e2e.person({ width: 800 });
    const card = (await org.locator(".embed-codes code").first().textContent()) ?? "";
    const src = card.match(/src="([^"]+)"/)?.[1];
    expect(src).toBeTruthy();
    await host.goto(src!);
    await seen(host.locator("[id^='card-']").first());
    await e2e.shot(host, "shared-embed");

    // The organiser sees the openings counted.
    await org.reload();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    await expect
      .poll(() => org.locator("#share-links").innerText(), { timeout: WAIT })
      .toMatch(/[1-9]\d* times?/);
  });

  it("the organiser's panel, scores and Cooke tables fit a 375 px screen without splitting words", async () => {
    const p = organiser;
    await p.setViewportSize({ width: 1280, height: 900 });
    await p.goto(`${e2e.app.origin}/forums`);
    await p.getByRole("link", { name: FINISHED }).first().click();
    await p.waitForURL(/\/forums\/\d+/);
    const base = new URL(p.url()).pathname.match(/^\/forums\/\d+/)![0];
    await p.setViewportSize({ width: 375, height: 900 });
    for (const page of ["panel", "scores", "cooke"]) {
      await p.goto(`${e2e.app.origin}${base}/${page}`);
      await seen(p.getByRole("heading", { level: 1 }).first());
      expect(await horizontalOverflow(p)).toBe(0);
      expect(await splitWords(p)).toEqual([]);
      await e2e.shot(p, `organiser-${page}-375`);
    }
  });
});
