// The whole organiser journey of issue 17, in a real browser, from a forum that does not exist yet: the
// organiser creates a forum, writes its consent text, is led from an allocation question to the scenario
// set it needs, adds one question of every kind the builder offers (previewing one as an expert sees it),
// invites two experts (the invitations wait in the outbox), opens round 1; both experts accept and answer;
// the organiser closes round 1 through its confirmation, reads every reason beside its answer on the
// results page, writes the synthesis, publishes through the confirmation and opens round 2, where the
// experts find the synthesis and the group's answers. A closed round's question page keeps the expert's
// own answer in view. The walk runs at 1280 px with axe-core (WCAG 2.2 A/AA) on every main page, no serious
// or critical violation allowed; then each main page is visited again at 375 px and must not scroll
// sideways. Screenshots land in tests/e2e/screenshots-journey/.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, forumNav, hasText, seen, signIn, WAIT } from "./browser.js";
import { horizontalOverflow } from "./layout-checks.js";

/** Screenshots numbered in the order of the walk. */
const e2e = browserSuite({ shots: "screenshots-journey", clean: true, numbered: true });

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const stamp = Date.now().toString(36);
const FORUM = `Water security outlook ${stamp}`;
const SET = "River basin in 2035";
const SCENARIOS = ["Shared management", "Unilateral dams", "Drought crisis"];
const Q = {
  binary: "Will the basin states sign a water-sharing treaty by 2030?",
  allocation: "How likely is each river-basin scenario for 2035?",
  quantity: "How much will the river's average flow fall by 2035?",
  rating: "How plausible is the Shared management scenario?",
  ranking: "Which drivers matter most for the basin's future?",
};
const DRIVERS = ["Climate change", "Dam building", "Diplomacy"];
const EXPERTS = [
  { name: "Ana Hydrologist", email: `ana.${stamp}@example.test` },
  { name: "Ben Diplomat", email: `ben.${stamp}@example.test` },
];
/** Each expert's answers and reasons, by question. */
const ANSWERS = [
  { p: "30", alloc: ["50", "30", "20"], q: ["5", "12", "25"], rating: "4", why: "Ana: talks stalled twice" },
  {
    p: "55",
    alloc: ["40", "40", "20"],
    q: ["8", "15", "30"],
    rating: "2",
    why: "Ben: a mediator is in place",
  },
];
const SYNTHESIS = "The panel splits on the treaty: hydrologists doubt it, diplomats expect it.";

let organiser: Page;
const experts: Page[] = [];
let forumId = 0;
/** The main pages met on the walk, revisited at 375 px at the end: [who, name, url]. */
const visited: [Page, string, string][] = [];
const axeProblems: string[] = [];

// playwright-core has no web-first `expect`: these wait (up to WAIT ms) for what a person would see.
const count = (l: Locator, n: number) => expect.poll(() => l.count(), { timeout: WAIT }).toBe(n);

/** A person whose pages axe can check: the app's CSP (rightly) refuses inline scripts, and axe is one. */
const person = () => e2e.person({ bypassCSP: true });

/** axe-core on the loaded page: one line per serious or critical violation and node. */
async function axe(page: Page): Promise<string[]> {
  await page.waitForLoadState("load");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(
        document,
        { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
      ),
    WCAG,
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}: ${v.help}) at ${n.target.join(" ")}`));
}

/**
 * A main page of the journey: axe-core finds no serious or critical violation, a full-page screenshot is
 * saved, and the page is remembered for the 375 px visit.
 */
async function check(page: Page, name: string) {
  for (const v of await axe(page)) axeProblems.push(`${name} (${new URL(page.url()).pathname}): ${v}`);
  await e2e.shot(page, name);
  visited.push([page, name, page.url()]);
}

const notice = (page: Page, text: string) => seen(page.getByText(text, { exact: false }).first());
const roundRow = (page: Page, n: number) =>
  page.getByRole("listitem").filter({ hasText: new RegExp(`^Round ${n}\\b`) });

/** Gives the reasons and submits; htmx swaps the form in place and confirms. */
async function submitAnswer(page: Page, reason: string) {
  await page.waitForLoadState("load");
  await page.getByLabel("Your reasons").fill(reason);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await seen(page.getByText("Answer submitted. You can revise it until the round closes."));
}

/** The direction of the probability slider and of every chart in `main` ("mirrored" when flipped by CSS). */
const scaleDirections = (page: Page) =>
  page.evaluate(() => {
    const mirrored = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const t = getComputedStyle(e).transform;
        if (t !== "none" && new DOMMatrix(t).a < 0) return true;
      }
      return false;
    };
    const slider = document.querySelector('input[type="range"]');
    return {
      slider: slider ? getComputedStyle(slider).direction : null,
      charts: Array.from(document.querySelectorAll("main svg")).map((svg) =>
        mirrored(svg) ? "mirrored" : getComputedStyle(svg).direction,
      ),
    };
  });

// One walk: each step builds on the last, so a failed step is not retried (it would repeat used links).
describe("the organiser's journey, from an empty forum to round 2", { retry: 0 }, () => {
  it("creates the forum, its consent text, a scenario set and one question of every kind", async () => {
    organiser = await person();
    await signIn(organiser, e2e.app.links.organiser);
    await check(organiser, "my-forums");

    await organiser.getByRole("link", { name: "New forum" }).click();
    await organiser.getByLabel("Title").fill(FORUM);
    await organiser
      .getByLabel("Description")
      .fill("Where the river basin's water goes by 2035, and who decides.");
    await check(organiser, "new-forum");
    await organiser.getByRole("button", { name: "Create forum" }).click();
    await seen(organiser.getByRole("heading", { name: FORUM, level: 1 }));
    forumId = Number(/\/forums\/(\d+)/.exec(organiser.url())?.[1]);
    expect(forumId).toBeGreaterThan(0);
    await notice(organiser, "Forum created.");
    await check(organiser, "overview-empty");

    // The panel asks for the consent text before the first invitation goes out.
    await forumNav(organiser).getByRole("link", { name: "Panel" }).click();
    await seen(organiser.locator("#consent-first"));
    await organiser.getByRole("link", { name: "Write the consent text in Settings" }).click();
    await organiser
      .getByLabel("Consent text")
      .fill("Your answers are used for this study only and shown under a pseudonym.");
    await check(organiser, "settings");
    await organiser.getByRole("button", { name: "Save settings" }).click();
    await notice(organiser, "Settings saved.");

    // An allocation question needs a scenario set: the builder says so and leads to the scenarios page.
    await forumNav(organiser).getByRole("link", { name: "Questions" }).click();
    await seen(organiser.getByRole("heading", { name: "Questions", level: 1 }));
    await organiser.waitForLoadState("load");
    await organiser.getByLabel("Kind").selectOption({ label: "Scenario allocation" });
    await seen(organiser.locator("#needs-scenario-set"));
    await organiser.getByRole("link", { name: "Create a scenario set first" }).click();
    await seen(organiser.getByRole("heading", { name: "Scenarios", level: 1 }));
    await organiser.getByLabel("Title of the set").fill(SET);
    for (const [i, title] of SCENARIOS.entries()) {
      const row = organiser.getByRole("group", { name: `Scenario ${i + 1}`, exact: true });
      await row.getByLabel("Title").fill(title);
      await row.getByLabel("Narrative").fill(`${title}: the basin in 2035 if this happens.`);
      await row.getByLabel("Drivers").fill("rainfall, dams, diplomacy");
    }
    await check(organiser, "scenarios-form");
    await organiser.getByRole("button", { name: "Create scenario set" }).click();
    await notice(organiser, "Scenario set added.");
    for (const title of SCENARIOS) await seen(organiser.getByRole("heading", { name: title, level: 3 }));

    // One question of each kind the builder offers; the ranking is previewed first.
    await forumNav(organiser).getByRole("link", { name: "Questions" }).click();
    await seen(organiser.getByRole("heading", { name: "Questions", level: 1 }));
    const kinds = await organiser.getByLabel("Kind").locator("option").allTextContents();
    expect(kinds.filter((k) => k !== "Choose a kind")).toEqual([
      "Probability (yes/no)",
      "Scenario allocation",
      "Quantity",
      "Rating",
      "Ranking (order options)",
    ]);
    const fillQuestion = async (kind: string, title: string, fill: () => Promise<void>) => {
      await organiser.waitForLoadState("load");
      const [value] = await organiser.getByLabel("Kind").selectOption({ label: kind });
      await seen(organiser.locator(`#kind-fields[data-kind="${value}"]`));
      await organiser.getByLabel("Question", { exact: true }).fill(title);
      await fill();
    };
    const add = async (title: string) => {
      await organiser.getByRole("button", { name: "Add question" }).click();
      await notice(organiser, "Question added.");
      await seen(organiser.locator("#question-list").getByRole("row").filter({ hasText: title }));
    };
    await fillQuestion("Probability (yes/no)", Q.binary, () =>
      organiser.getByLabel("Resolution criteria").fill("Yes if a treaty is signed by all basin states."),
    );
    await add(Q.binary);
    await fillQuestion("Scenario allocation", Q.allocation, async () => {
      await organiser.getByLabel("Resolution criteria").fill("Judged by the panel in 2035.");
      await organiser.getByLabel("Scenario set").selectOption({ label: SET });
    });
    await add(Q.allocation);
    await fillQuestion("Quantity", Q.quantity, async () => {
      await organiser.getByLabel("Resolution criteria").fill("The basin authority's 2035 flow report.");
      await organiser.getByLabel("Unit").fill("%");
      await organiser.getByLabel("Largest interquartile range").fill("5");
    });
    await add(Q.quantity);
    await fillQuestion("Rating", Q.rating, async () => {
      await organiser.getByLabel("Lowest rating", { exact: true }).fill("1");
      await organiser.getByLabel("Highest rating", { exact: true }).fill("5");
      await organiser.getByLabel("Label of the lowest rating").fill("Not plausible");
      await organiser.getByLabel("Label of the highest rating").fill("Very plausible");
    });
    await add(Q.rating);
    await fillQuestion("Ranking (order options)", Q.ranking, async () => {
      await organiser.getByLabel("Options to rank, one per line").fill(DRIVERS.join("\n"));
      await organiser.getByLabel("Smallest W (0 to 1)").fill("0.7");
    });
    await organiser.getByRole("button", { name: "Preview as an expert sees it" }).click();
    const preview = organiser.getByRole("region", { name: "Preview: what an expert will see" });
    await seen(preview);
    await seen(preview.getByRole("heading", { name: Q.ranking }));
    for (const d of DRIVERS) await seen(preview.getByText(d, { exact: true }).first());
    // Nothing was saved: the question list does not have it yet, and the form kept what was typed.
    await count(organiser.locator("#question-list").getByRole("row").filter({ hasText: Q.ranking }), 0);
    expect(await organiser.getByLabel("Question", { exact: true }).inputValue()).toBe(Q.ranking);
    await check(organiser, "questions-ranking-preview");
    await add(Q.ranking);
    await count(organiser.locator("#question-list").getByRole("row"), 6);
    await check(organiser, "questions-all-kinds");
  });

  it("invites two experts, whose invitations wait in the outbox, and opens round 1", async () => {
    await forumNav(organiser).getByRole("link", { name: "Panel" }).click();
    await seen(organiser.getByRole("heading", { name: "Panel", level: 1 }));
    await count(organiser.locator("#consent-first"), 0);
    for (const [i, e] of EXPERTS.entries()) {
      await organiser.getByLabel("Name").fill(e.name);
      await organiser.getByLabel("E-mail address").fill(e.email);
      await organiser.getByLabel("Role").selectOption({ label: "Expert" });
      if (i === 0) {
        await organiser.getByLabel("Or a new institution").fill("Basin Research Institute");
        await organiser.getByLabel("Country of the new institution").fill("Kazakhstan");
      } else {
        await organiser.getByLabel("Existing institution").selectOption({ index: 1 });
      }
      await organiser.getByRole("button", { name: "Send invitation" }).click();
      await notice(organiser, "Invitation sent.");
      await hasText(organiser.getByRole("row").filter({ hasText: e.name }), "invited");
    }
    await check(organiser, "panel-invited");

    // The outbox lists the messages of every forum the organiser runs.
    await forumNav(organiser).getByRole("link", { name: "Outbox" }).click();
    await seen(organiser.getByRole("heading", { name: "Outbox", level: 1 }));
    for (const e of EXPERTS)
      await seen(
        organiser
          .getByRole("listitem")
          .filter({ hasText: `to ${e.email}` })
          .filter({ hasText: `Invitation: ${FORUM}` })
          .first(),
      );
    await check(organiser, "outbox-invitations");

    await organiser.goto(`${e2e.app.origin}/forums/${forumId}`);
    await seen(organiser.getByRole("heading", { name: "New draft round" }));
    for (const title of Object.values(Q)) await organiser.getByLabel(title).check();
    await organiser.getByLabel("Instructions for experts").fill("Answer every question and say why.");
    await check(organiser, "overview-new-round");
    await organiser.getByRole("button", { name: "Create draft round" }).click();
    await notice(organiser, "Draft round created.");
    await hasText(roundRow(organiser, 1), "draft");
    await organiser.getByRole("button", { name: "Open round 1" }).click();
    await seen(organiser.getByRole("button", { name: "Yes, open round 1" }));
    await check(organiser, "confirm-open-round-1");
    await organiser.getByRole("button", { name: "Yes, open round 1" }).click();
    await notice(organiser, "Round opened.");
    await hasText(roundRow(organiser, 1), "open");
    await check(organiser, "overview-round-1-open");
  });

  it("both experts accept their invitations and answer every question of round 1", async () => {
    for (const [i, e] of EXPERTS.entries()) {
      const page = await person();
      experts.push(page);
      const a = ANSWERS[i]!;
      await signIn(page, await e2e.app.linkFor(e.email), `${e.name}, Dana Organiser has invited you`);
      // Accepting leads an expert into the open round.
      await seen(page.getByRole("heading", { name: "Round 1", level: 1 }));
      await seen(page.getByText("Answer every question and say why."));
      if (i === 0) await check(page, "expert-round-1");

      await page.getByRole("link", { name: "Start answering" }).click();
      await seen(page.getByRole("heading", { name: Q.binary, level: 1 }));
      await page.getByLabel("Probability", { exact: true }).fill(a.p);
      if (i === 0) await check(page, "expert-binary");
      await submitAnswer(page, `${a.why} (treaty)`);

      await page.getByRole("link", { name: /Next question/ }).click();
      await seen(page.getByRole("heading", { name: Q.allocation, level: 1 }));
      const allocation = page.getByRole("group", { name: /Probability of each scenario/ });
      for (const [k, title] of SCENARIOS.entries())
        await allocation.getByLabel(title, { exact: true }).fill(a.alloc[k]!);
      if (i === 0) await check(page, "expert-allocation");
      await submitAnswer(page, `${a.why} (scenarios)`);

      await page.getByRole("link", { name: /Next question/ }).click();
      await seen(page.getByRole("heading", { name: Q.quantity, level: 1 }));
      await page.getByLabel(/^5th percentile/).fill(a.q[0]!);
      await page.getByLabel(/^50th percentile/).fill(a.q[1]!);
      await page.getByLabel(/^95th percentile/).fill(a.q[2]!);
      if (i === 0) await check(page, "expert-quantity");
      await submitAnswer(page, `${a.why} (flow)`);

      await page.getByRole("link", { name: /Next question/ }).click();
      await seen(page.getByRole("heading", { name: Q.rating, level: 1 }));
      await page.getByRole("radio", { name: a.rating, exact: true }).check();
      if (i === 0) await check(page, "expert-rating");
      await submitAnswer(page, `${a.why} (rating)`);

      await page.getByRole("link", { name: /Next question/ }).click();
      await seen(page.getByRole("heading", { name: Q.ranking, level: 1 }));
      await page.waitForLoadState("load");
      if (i === 0) await page.getByRole("button", { name: "This order is my ranking" }).click();
      else await page.getByRole("button", { name: `Move “${DRIVERS[0]}” down` }).click();
      if (i === 0) await check(page, "expert-ranking");
      await submitAnswer(page, `${a.why} (drivers)`);

      await page.getByRole("link", { name: "All questions" }).click();
      await seen(page.getByText("5 of 5 answered"));
    }
  });

  it("the organiser closes round 1 through its confirmation and reads every reason beside its answer", async () => {
    await organiser.goto(`${e2e.app.origin}/forums/${forumId}`);
    await organiser.getByRole("button", { name: "Close round 1" }).click();
    const confirm = organiser.getByRole("button", { name: "Yes, close round 1" });
    await seen(confirm);
    await seen(organiser.getByText("a closed round cannot be reopened", { exact: false }));
    await check(organiser, "confirm-close-round-1");
    await confirm.click();
    await seen(organiser.getByRole("heading", { name: "Results of round 1", level: 1 }));
    await notice(organiser, "Round closed.");

    // Each question's answers, each with its reason under the expert's pseudonym.
    const binary = organiser.locator("article.result").filter({ hasText: Q.binary });
    await seen(binary.getByText("2 answers, each with its reason."));
    for (const a of ANSWERS) {
      const item = binary.locator("li.answer-item").filter({ hasText: `${a.why} (treaty)` });
      await hasText(item, `${a.p}%`);
    }
    const ranking = organiser.locator("article.result").filter({ hasText: Q.ranking });
    for (const a of ANSWERS) await seen(ranking.getByText(`${a.why} (drivers)`));
    // With two answers and a minimum of five, no question claims a consensus.
    await count(organiser.locator("main").getByText("consensus reached", { exact: false }), 0);
    await check(organiser, "results-round-1");

    await organiser.getByLabel("What the group said, for the experts' next round").fill(SYNTHESIS);
    await organiser.getByRole("button", { name: "Save synthesis" }).click();
    await notice(organiser, "Synthesis saved.");
  });

  it("a closed round's question page shows the expert's own answer", async () => {
    const expert = experts[0]!;
    await expert.goto(`${e2e.app.origin}/forums/${forumId}/rounds/1`);
    await expert.getByRole("link", { name: Q.binary }).click();
    await seen(expert.getByRole("heading", { name: Q.binary, level: 1 }));
    await hasText(expert.locator("#closed-answer"), `Your answer in round 1: ${ANSWERS[0]!.p}%`);
    await count(expert.getByRole("button", { name: "Submit answer" }), 0);
    await check(expert, "expert-closed-question");
  });

  it("publishes round 1 through its confirmation, then prepares and opens round 2", async () => {
    await forumNav(organiser).getByRole("link", { name: "Overview" }).click();
    await organiser.getByRole("button", { name: "Publish round 1" }).click();
    const confirm = organiser.getByRole("button", { name: "Yes, publish round 1" });
    await seen(confirm);
    await seen(organiser.getByText("Your synthesis is published with the results."));
    await check(organiser, "confirm-publish-round-1");
    await confirm.click();
    await notice(organiser, "Round published.");

    await forumNav(organiser).getByRole("link", { name: "Overview" }).click();
    await hasText(roundRow(organiser, 1), "published");
    await seen(organiser.getByRole("heading", { name: "New draft round" }));
    // Too few answers for a consensus: nothing is retired, every question is offered again.
    for (const title of Object.values(Q)) await organiser.getByLabel(title).check();
    await organiser.getByRole("button", { name: "Create draft round" }).click();
    await hasText(roundRow(organiser, 2), "draft");
    await organiser.getByRole("button", { name: "Open round 2" }).click();
    await organiser.getByRole("button", { name: "Yes, open round 2" }).click();
    await notice(organiser, "Round opened.");
    await hasText(roundRow(organiser, 2), "open");
    await check(organiser, "overview-round-2-open");

    // Round 1's page, published, still shows the expert's own answer.
    const expert = experts[0]!;
    await expert.goto(`${e2e.app.origin}/forums/${forumId}/rounds/1`);
    await expert.getByRole("link", { name: Q.binary }).click();
    await hasText(expert.locator("#closed-answer"), `Your answer in round 1: ${ANSWERS[0]!.p}%`);

    // Round 2: the synthesis and the group's reasons beside the question.
    await expert.goto(`${e2e.app.origin}/forums/${forumId}/rounds/2`);
    await seen(expert.getByRole("heading", { name: "Round 2", level: 1 }));
    await expert.getByRole("link", { name: Q.binary }).click();
    await seen(expert.getByText(SYNTHESIS));
    const feedback = expert.getByRole("region", { name: "The group in round 1" });
    await hasText(feedback, "2 of 2 experts answered");
    await hasText(feedback, `${ANSWERS[1]!.why} (treaty)`);
    await hasText(feedback.locator(".own-previous"), `${ANSWERS[0]!.p}%`);
    await check(expert, "expert-round-2-binary");
  });

  it("in Persian the slider and the charts run the same way, and the numbers are Persian", async () => {
    const expert = experts[0]!;
    await expert.context().addCookies([{ name: "sf_locale", value: "fa", url: e2e.app.origin }]);
    await expert.goto(`${e2e.app.origin}/forums/${forumId}/rounds/2`);
    await expert.getByRole("link", { name: Q.binary }).click();
    // The question page itself, loaded (the round's page before it is in Persian too: measuring on it,
    // as a slow machine once let this test do, read that page's icons).
    await expert.waitForURL(/\/rounds\/2\/questions\/\d+/);
    await seen(expert.locator('input[type="range"]'));
    await expect.poll(() => expert.getAttribute("html", "dir")).toBe("rtl");
    // Both run left to right: the slider (its own dir) and every chart (never mirrored).
    const directions = await scaleDirections(expert);
    expect(directions.slider).toBe("ltr");
    expect(directions.charts.length).toBeGreaterThan(0);
    expect(new Set(directions.charts)).toEqual(new Set(["ltr"]));
    // The slider's left end is 0%: moving it all the way left writes 0 into the box.
    const slider = expert.locator('input[type="range"]');
    const box = await slider.boundingBox();
    await expert.mouse.click(box!.x + 2, box!.y + box!.height / 2);
    await expect.poll(() => expert.locator('input[name="p"]').inputValue()).toBe("0");
    await check(expert, "expert-round-2-binary-fa");

    // The allocation total, updated as the expert types, is in Persian digits too.
    await expert.goto(`${e2e.app.origin}/forums/${forumId}/rounds/2`);
    await expert.getByRole("link", { name: Q.allocation }).click();
    await expert.waitForURL(/\/rounds\/2\/questions\/\d+/);
    await expert.getByLabel(SCENARIOS[0]!, { exact: true }).fill("45");
    await expect.poll(() => expert.locator("[data-total]").textContent()).toBe("۹۵");
    await check(expert, "expert-round-2-allocation-fa");

    // The published round's dashboard: scenario bars and answer charts run left to right as well, and
    // their labels are Persian.
    await expert.goto(`${e2e.app.origin}/forums/${forumId}/dashboard`);
    const charts = await scaleDirections(expert);
    expect(charts.charts.length).toBeGreaterThan(1);
    expect(new Set(charts.charts)).toEqual(new Set(["ltr"]));
    const svgText = await expert.locator("main svg text").allTextContents();
    expect(svgText.join(" ")).toMatch(/[۰-۹]/);
    expect(svgText.join(" ")).not.toMatch(/[0-9]/);
    await check(expert, "dashboard-fa");
    await expert.context().addCookies([{ name: "sf_locale", value: "en", url: e2e.app.origin }]);
  });

  it("axe-core found no serious or critical violation on any main page", () => {
    expect(axeProblems).toEqual([]);
  });

  it("every main page fits a 375 px screen without sideways scrolling", async () => {
    const wide: string[] = [];
    for (const page of new Set(visited.map(([p]) => p)))
      await page.setViewportSize({ width: 375, height: 812 });
    // Confirmation pages were reached by a POST; the forms they confirm are on the pages revisited here.
    for (const [page, name, url] of visited) {
      if (name.startsWith("confirm-") || name.endsWith("-preview")) continue;
      await page.goto(url);
      await page.waitForLoadState("load");
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) wide.push(`${name}: ${overflow}px too wide`);
      await page.screenshot({ path: join(e2e.shots, `375-${name}.png`), fullPage: true });
    }
    expect(wide).toEqual([]);
  });
});
