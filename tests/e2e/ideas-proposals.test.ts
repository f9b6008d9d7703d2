// Issue 10 in a real browser: an ideas round (round 0) with items from two experts, the organiser merges
// two and promotes three (a trend, a scenario, a proposal) into round 1, the experts answer them, and the
// dashboard shows the proposal chart and the trend radar. Then an expert of a later-joining institution
// reads the briefing and answers round 2. Screenshots in tests/e2e/screenshots/ideas-*.png.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, hasText, seen, signIn } from "./browser.js";

const e2e = browserSuite({ clean: "ideas-", prefix: "ideas-", numbered: true });

const stamp = Date.now().toString(36);
const FORUM = `Regional futures ${stamp}`;
const SET = "Region in 2030";
const PROMPTS = [
  "Which trends could most change the regional security picture by 2028?",
  "Which scenarios or measures are missing?",
];
const EXPERTS = [
  { name: "Ama Analyst", email: `ama.${stamp}@example.test` },
  { name: "Bo Researcher", email: `bo.${stamp}@example.test` },
];
const LATE = { name: "Cy Newcomer", email: `cy.${stamp}@example.test` };
const ITEMS = {
  trend: "Competition over shared water",
  dup: "Water stress in the river basin",
  scenario: "A regional trade bloc forms",
  proposal: "Set up a joint water commission",
};

let organiser: Page;
const experts: Page[] = [];
let forumId = 0;

const lacksText = async (page: Page, texts: string[]) => {
  const html = await page.content();
  for (const t of texts) expect(html).not.toContain(t);
};

const base = () => `${e2e.app.origin}/forums/${forumId}`;

async function invite(
  person: { name: string; email: string },
  institution: { name: string; country: string } | string,
) {
  await organiser.goto(`${base()}/panel`);
  await organiser.getByLabel("Name").fill(person.name);
  await organiser.getByLabel("E-mail address").fill(person.email);
  await organiser.getByLabel("Role").selectOption({ label: "Expert" });
  if (typeof institution === "string")
    await organiser.getByLabel("Existing institution").selectOption({ label: institution });
  else {
    await organiser.getByLabel("Or a new institution").fill(institution.name);
    await organiser.getByLabel("Country of the new institution").fill(institution.country);
  }
  await organiser.getByRole("button", { name: "Send invitation", exact: true }).click();
  await hasText(organiser.getByRole("row").filter({ hasText: person.name }), "invited");
  await organiser.goto(`${e2e.app.origin}/outbox`);
  const message = organiser
    .getByRole("listitem")
    .filter({ hasText: `to ${person.email}` })
    .first();
  await message.getByText("Message text").click();
  await seen(message.getByText("[link hidden: it signs its recipient in]"));
  return e2e.app.linkFor(person.email);
}

async function joinForum(link: string, name: string) {
  const page = await e2e.person();
  await signIn(page, link, `${name}, Dana Organiser has invited you`);
  await page.goto(`${e2e.app.origin}/forums`);
  return page;
}

async function addItem(page: Page, prompt: string, title: string, explanation: string) {
  const section = page
    .locator("section.idea-prompt")
    .filter({ has: page.getByRole("heading", { name: prompt }) });
  const form = section.locator("form.idea-add");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Explanation").fill(explanation);
  await form.getByRole("button", { name: "Add item" }).click();
  await seen(page.getByText("Saved."));
}

const reviewItem = (title: string) =>
  organiser.locator("li.card").filter({ has: organiser.locator("p > strong", { hasText: title }) });

async function rateDimensions(page: Page, ratings: [RegExp, string][]) {
  await page.waitForLoadState("load");
  for (const [legend, v] of ratings)
    await page
      .getByRole("group", { name: legend })
      .getByRole("radio", { name: new RegExp(`^${v}(\\s|$)`) })
      .check();
}

async function submit(page: Page, reason: string) {
  await page.getByLabel("Your reasons").fill(reason);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await seen(page.getByText("Answer submitted. You can revise it until the round closes."));
}

describe("ideas round, proposals and staged panels", () => {
  it("the organiser sets up a forum with a scenario set, two experts and an ideas round 0", async () => {
    organiser = await e2e.person();
    await signIn(organiser, e2e.app.links.organiser);
    await organiser.getByRole("link", { name: "New forum" }).click();
    await organiser.getByLabel("Title").fill(FORUM);
    await organiser.getByRole("button", { name: "Create forum" }).click();
    await seen(organiser.getByRole("heading", { name: FORUM, level: 1 }));
    forumId = Number(/\/forums\/(\d+)\?notice=forum-created$/.exec(organiser.url())?.[1]);

    await organiser.goto(`${base()}/scenarios`);
    await organiser.getByLabel("Title of the set").fill(SET);
    for (const [i, title] of ["Cooperation deepens", "Frozen tensions"].entries()) {
      const row = organiser.getByRole("group", { name: `Scenario ${i + 1}`, exact: true });
      await row.getByLabel("Title").fill(title);
      await row.getByLabel("Narrative").fill(`${title} by 2030.`);
    }
    const third = organiser.getByRole("group", { name: "Scenario 3", exact: true });
    if (await third.count()) {
      await third.getByLabel("Title").fill("Muddling through");
      await third.getByLabel("Narrative").fill("Muddling through by 2030.");
    }
    await organiser.getByRole("button", { name: "Create scenario set" }).click();
    await seen(organiser.getByRole("heading", { name: SET, level: 2 }));

    const links = [
      await invite(EXPERTS[0]!, { name: "Institute for Regional Studies", country: "Georgia" }),
      await invite(EXPERTS[1]!, { name: "Centre for Security Policy", country: "Armenia" }),
    ];
    for (const [i, link] of links.entries()) experts.push(await joinForum(link, EXPERTS[i]!.name));

    await organiser.goto(base());
    await forumNavLink("Ideas").click();
    await seen(organiser.getByRole("heading", { name: "New ideas round", level: 1 }));
    await organiser.getByLabel("Prompts, one per line").fill(PROMPTS.join("\n"));
    await organiser.getByLabel("Instructions for experts").fill("Suggest what we should ask about.");
    await e2e.shot(organiser, "organiser-new-ideas-round");
    await organiser.getByRole("button", { name: "Create ideas round" }).click();
    await organiser.getByRole("button", { name: "Open round 0" }).click();
    await organiser.getByRole("button", { name: "Yes, open round 0" }).click();
    await seen(organiser.getByRole("button", { name: "Close round 0" }));
    await e2e.shot(organiser, "organiser-round-0-open");
  });

  it("experts submit items anonymously, several per prompt", async () => {
    const [a, b] = experts as [Page, Page];
    await a.goto(`${base()}/rounds/0`);
    await seen(a.getByRole("heading", { name: "Ideas round 0", level: 1 }));
    await addItem(a, PROMPTS[0]!, ITEMS.trend, "Upstream dams and droughts strain relations.");
    await addItem(a, PROMPTS[1]!, ITEMS.scenario, "Tariffs fall and a customs union is agreed.");
    await e2e.shot(a, "expert-a-items");
    await b.goto(`${base()}/rounds/0/ideas`);
    await addItem(b, PROMPTS[0]!, ITEMS.dup, "Less water for more people.");
    await addItem(b, PROMPTS[1]!, ITEMS.proposal, "A standing body that shares river data.");
    // Expert B reads A's undecided items to rate them (eDelphi/ExpertLens), but never who suggested them.
    await b.reload();
    await seen(b.getByText(ITEMS.trend).first());
    await lacksText(b, [EXPERTS[0]!.name, EXPERTS[0]!.email]);
    await e2e.shot(b, "expert-b-items");
  });

  it("the organiser reviews: merges two, promotes a trend, a scenario and a proposal into round 1", async () => {
    await organiser.goto(base());
    await organiser.getByRole("button", { name: "Close round 0" }).click();
    await organiser.getByRole("button", { name: "Yes, close round 0" }).click();
    await organiser.goto(`${base()}/rounds/0/ideas`);
    await seen(organiser.getByRole("heading", { name: "Review items of round 0", level: 1 }));
    // Quasi-anonymous forum: the organiser may see who proposed what.
    await hasText(reviewItem(ITEMS.trend), EXPERTS[0]!.name);
    await e2e.shot(organiser, "organiser-review-before");
    const dup = reviewItem(ITEMS.dup);
    const target = await dup.locator("option", { hasText: ITEMS.trend }).getAttribute("value");
    await dup.getByLabel("Merge into").selectOption(target!);
    await dup.getByRole("button", { name: "Merge" }).click();
    await hasText(reviewItem(ITEMS.dup), `Merged into ${ITEMS.trend}`);
    const promote = async (title: string, as: RegExp) => {
      const item = reviewItem(title);
      await item.getByRole("radio", { name: as }).check();
      await item.getByRole("button", { name: "Promote" }).click();
      await hasText(reviewItem(title), "Became the question");
    };
    await promote(ITEMS.trend, /a trend/);
    await promote(ITEMS.scenario, /a scenario/);
    await promote(ITEMS.proposal, /a proposal/);
    await e2e.shot(organiser, "organiser-review-after");
    // Provenance back from the scenario: the scenarios page links the new scenario to its item.
    await organiser.goto(`${base()}/scenarios`);
    const scenario = organiser.locator("#scenarios li").filter({ hasText: ITEMS.scenario });
    await hasText(
      scenario.locator(".idea-sources"),
      "suggested in ideas round 0 and promoted into this scenario",
    );
    await seen(scenario.locator(".idea-sources a", { hasText: ITEMS.scenario }));
    await e2e.shot(organiser, "organiser-scenario-provenance");
    await organiser.goto(base());
    await organiser.getByRole("button", { name: "Open round 1" }).click();
    await organiser.getByRole("button", { name: "Yes, open round 1" }).click();
    await seen(organiser.getByRole("button", { name: "Close round 1" }));
  });

  it("both experts answer the trend, the extended scenario allocation and the proposal", async () => {
    const answers = [
      { trend: ["4", "5"], alloc: ["40", "30", "30"], prop: ["5", "3"] },
      // Opposite ends on the proposal's desirability: a split panel (Policy Delphi's polarisation).
      { trend: ["4", "4"], alloc: ["30", "40", "30"], prop: ["1", "2"] },
    ];
    for (const [i, page] of experts.entries()) {
      const a = answers[i]!;
      await page.goto(`${base()}/rounds/1`);
      await seen(page.getByRole("heading", { name: "Round 1", level: 1 }));
      await page.getByRole("link", { name: ITEMS.trend }).click();
      await rateDimensions(page, [
        [/^Likelihood/, a.trend[0]!],
        [/^Impact/, a.trend[1]!],
      ]);
      if (i === 0) await e2e.shot(page, "expert-trend-question");
      await submit(page, "Droughts are getting longer.");
      await page.goto(`${base()}/rounds/1`);
      await page.getByRole("link", { name: SET }).click();
      const group = page.getByRole("group", { name: /Probability of each scenario/ });
      const titles = ["Cooperation deepens", "Frozen tensions", ITEMS.scenario];
      await seen(group.getByLabel(ITEMS.scenario, { exact: true }));
      const inputs = group.locator("input[type=text], input[inputmode]");
      const n = await inputs.count();
      const values = n === 4 ? ["30", "30", "20", "20"] : a.alloc;
      for (let k = 0; k < n; k++) await inputs.nth(k).fill(values[k]!);
      void titles;
      await submit(page, "Trade ties pull towards cooperation.");
      if (i === 0) await e2e.shot(page, "expert-allocation-with-new-scenario");
      await page.goto(`${base()}/rounds/1`);
      await page.getByRole("link", { name: ITEMS.proposal }).click();
      await rateDimensions(page, [
        [/^Desirability/, a.prop[0]!],
        [/^Feasibility/, a.prop[1]!],
      ]);
      await submit(page, "Data sharing is cheap; a treaty is not.");
      if (i === 0) await e2e.shot(page, "expert-proposal-submitted");
    }
    // What became of their items.
    await experts[1]!.goto(`${base()}/my-ideas`);
    await hasText(experts[1]!.locator("#my-ideas"), `Merged into “${ITEMS.trend}”`);
    await hasText(
      experts[1]!.locator("#my-ideas"),
      `Promoted to the question “${ITEMS.proposal}” in round 1`,
    );
    await lacksText(experts[1]!, [EXPERTS[0]!.name, EXPERTS[0]!.email]);
    await e2e.shot(experts[1]!, "expert-b-my-ideas");
  });

  it("round 1 is published: the dashboard shows the proposal chart and the trend radar", async () => {
    await organiser.goto(base());
    await organiser.getByRole("button", { name: "Close round 1" }).click();
    await organiser.getByRole("button", { name: "Yes, close round 1" }).click();
    await organiser.goto(base());
    await organiser.getByRole("button", { name: "Publish round 1" }).click();
    await organiser.getByRole("button", { name: "Yes, publish round 1" }).click();
    await organiser.goto(`${base()}/dashboard`);
    const chart = organiser.locator('#proposal-chart svg[role="img"]');
    await seen(chart);
    await seen(organiser.locator('#trend-radar-chart svg[role="img"]'));
    // The legend's four markers keep their small size beside their words (they once filled the width).
    for (const legend of ["#proposal-chart", "#trend-radar-chart"]) {
      const markers = organiser.locator(`${legend} .pc-legend svg`);
      expect(await markers.count()).toBe(4);
      for (const box of await Promise.all((await markers.all()).map((m) => m.boundingBox())))
        expect(box!.width).toBeLessThanOrEqual(30);
    }
    await hasText(organiser.locator("#proposal-results"), ITEMS.proposal);
    await hasText(organiser.locator("#trend-radar"), ITEMS.trend);
    await hasText(organiser.locator("#ranked-proposals"), ITEMS.proposal);
    // The split on desirability (5 against 1) is named, not only "no consensus".
    const split = organiser.locator("#polarisation li").filter({ hasText: ITEMS.proposal });
    await hasText(split, "Desirability");
    await hasText(split, "split panel");
    await organiser.locator("#polarisation").scrollIntoViewIfNeeded();
    await e2e.shot(organiser, "dashboard-polarisation");
    await seen(organiser.locator("#eligibility-table"));
    await organiser.locator("#proposal-results").scrollIntoViewIfNeeded();
    await e2e.shot(organiser, "dashboard-proposals-and-trend-radar");
  });

  it("a later-joining institution's expert reads the briefing and answers round 2", async () => {
    const link = await invite(LATE, { name: "Institute for Peace Research", country: "Azerbaijan" });
    await organiser.goto(`${base()}/panel`);
    await hasText(organiser.getByRole("row").filter({ hasText: LATE.name }), "invited");
    const late = await joinForum(link, LATE.name);
    // Accepting led into the forum, whose first page for a later joiner is the briefing.
    await late.goto(`${base()}/briefing`);
    await seen(late.getByRole("heading", { name: "Briefing", level: 1 }));
    await seen(late.locator("#briefing-round-1"));
    await hasText(late.locator("#briefing-round-1"), ITEMS.proposal);
    await lacksText(late, [EXPERTS[0]!.name, EXPERTS[1]!.name, EXPERTS[0]!.email]);
    await e2e.shot(late, "late-joiner-briefing");

    await organiser.goto(base());
    // Round 2 asks the proposal again (pre-selection leaves out items that reached consensus).
    await organiser.locator("#new-round-form").getByLabel(ITEMS.proposal).check();
    await organiser.getByRole("button", { name: "Create draft round" }).click();
    await organiser.getByRole("button", { name: "Open round 2" }).click();
    await organiser.getByRole("button", { name: "Yes, open round 2" }).click();
    await seen(organiser.getByRole("button", { name: "Close round 2" }));

    await late.goto(`${base()}/rounds/2`);
    await seen(late.getByRole("heading", { name: "Round 2", level: 1 }));
    await late.getByRole("link", { name: ITEMS.proposal }).click();
    await rateDimensions(late, [
      [/^Desirability/, "4"],
      [/^Feasibility/, "3"],
    ]);
    await submit(late, "A commission fits existing basin talks.");
    await e2e.shot(late, "late-joiner-answers-round-2");
  });
});

function forumNavLink(name: string) {
  return organiser
    .getByRole("navigation", { name: "Forum administration" })
    .getByRole("link", { name, exact: true });
}
