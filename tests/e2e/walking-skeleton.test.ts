// The walking skeleton, in a real browser: an organiser sets up a forum and invites an expert, the
// expert answers round 1 (and is refused one impossible answer), round 2 shows the group's feedback,
// and stakeholders read published results. Each step is found by what a person sees (labels, roles,
// text) and saved as a screenshot in tests/e2e/screenshots-skeleton/.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, CONFIRM_LINK, forumNav, hasText, seen, WAIT } from "./browser.js";

/** The app, chromium and the screenshots, numbered in the order of the walk. */
const e2e = browserSuite({ shots: "screenshots-skeleton", clean: true, numbered: true });

const stamp = Date.now().toString(36);
const FORUM = `Energy transition panel ${stamp}`;
const SET = "Grid in 2035";
const SCENARIOS = ["Renewables lead", "Gas bridge", "Stalled transition"];
const Q = {
  binary: "Will the national grid reach 60% renewables by 2030?",
  allocation: "How likely is each grid scenario for 2035?",
  quantity: "How much storage capacity will be installed by 2030?",
  rating: "How plausible is the Renewables lead scenario?",
};
const EXPERT = { name: "Erin Expert", email: `erin.${stamp}@example.test` };
const STAKEHOLDER_EMAIL = "stakeholder@demo.scenario-forum.test";

let organiser: Page;
let expert: Page;
let stakeholder: Page;
let forumId = 0;
let inviteLink = "";

// playwright-core has no web-first `expect`: these wait (up to WAIT ms) for what a person would see.
const exactText = (l: Locator, text: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
  expect.poll(async () => (await l.innerText()).trim(), { timeout: WAIT }).toBe(text);
const count = (l: Locator, n: number) => expect.poll(() => l.count(), { timeout: WAIT }).toBe(n);
const value = (l: Locator, v: string) => expect.poll(() => l.inputValue(), { timeout: WAIT }).toBe(v);
const url = (page: Page, re: RegExp) => expect.poll(() => page.url(), { timeout: WAIT }).toMatch(re);
const attr = (l: Locator, name: string, v: string) =>
  expect.poll(() => l.getAttribute(name), { timeout: WAIT }).toBe(v);

/** Opens a sign-in or invitation link and confirms it, as the person would. */
async function signInWith(page: Page, link: string, expectText: string | RegExp) {
  await page.goto(link);
  await seen(page.getByText(expectText));
  return page.getByRole("button", { name: CONFIRM_LINK });
}

/** Gives the reasons and submits; htmx swaps the form in place and confirms. */
async function submitAnswer(page: Page, reason: string) {
  // htmx takes over the form once the page has loaded; a click before that would post it plainly.
  await page.waitForLoadState("load");
  await page.getByLabel("Your reasons").fill(reason);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await seen(page.getByText("Answer submitted. You can revise it until the round closes."));
}

function roundRow(page: Page, n: number): Locator {
  return page.getByRole("listitem").filter({ hasText: new RegExp(`^Round ${n}\\b`) });
}

describe("walking skeleton", () => {
  it("the organiser signs in, creates a forum with scenarios, questions and an expert, and opens round 1", async () => {
    organiser = await e2e.person();
    const confirm = await signInWith(
      organiser,
      e2e.app.links.organiser,
      "Dana Organiser, confirm to sign in",
    );
    await e2e.shot(organiser, "organiser-sign-in-link");
    await confirm.click();
    await seen(organiser.getByRole("heading", { name: "My forums", level: 1 }));
    await seen(organiser.getByRole("link", { name: "Regional security outlook 2027" }));
    await e2e.shot(organiser, "organiser-my-forums");

    // A new forum.
    await organiser.getByRole("link", { name: "New forum" }).click();
    await url(organiser, /\/forums\/new$/);
    await organiser.getByLabel("Title").fill(FORUM);
    await e2e.shot(organiser, "organiser-new-forum");
    await organiser.getByRole("button", { name: "Create forum" }).click();
    await seen(organiser.getByRole("heading", { name: FORUM, level: 1 }));
    forumId = Number(/\/forums\/(\d+)\?notice=forum-created$/.exec(organiser.url())?.[1]);
    expect(forumId).toBeGreaterThan(0);
    await seen(organiser.getByText("No rounds yet."));
    await e2e.shot(organiser, "organiser-overview-empty");

    // A scenario set with three scenarios.
    await forumNav(organiser).getByRole("link", { name: "Scenarios" }).click();
    await seen(organiser.getByRole("heading", { name: "Scenarios", level: 1 }));
    await organiser.getByLabel("Title of the set").fill(SET);
    for (const [i, title] of SCENARIOS.entries()) {
      const row = organiser.getByRole("group", { name: `Scenario ${i + 1}`, exact: true });
      await row.getByLabel("Title").fill(title);
      await row.getByLabel("Narrative").fill(`${title}: what the grid looks like in 2035 if this happens.`);
      await row.getByLabel("Drivers").fill("policy, prices, permitting");
    }
    await organiser.getByRole("button", { name: "Create scenario set" }).click();
    await seen(organiser.getByRole("heading", { name: SET, level: 2 }));
    for (const title of SCENARIOS) await seen(organiser.getByRole("heading", { name: title, level: 3 }));
    await e2e.shot(organiser, "organiser-scenarios");

    // Four questions, one of each kind.
    await forumNav(organiser).getByRole("link", { name: "Questions" }).click();
    await seen(organiser.getByRole("heading", { name: "Questions", level: 1 }));
    const addQuestion = async (kind: string, title: string, fill: () => Promise<void>) => {
      // Choosing the kind swaps in its settings (htmx): wait for them before filling any.
      const [value] = await organiser.getByLabel("Kind").selectOption({ label: kind });
      await seen(organiser.locator(`#kind-fields[data-kind="${value}"]`));
      await organiser.getByLabel("Question", { exact: true }).fill(title);
      await fill();
      await organiser.getByRole("button", { name: "Add question" }).click();
      await seen(organiser.getByRole("row").filter({ hasText: title }));
    };
    await addQuestion("Probability (yes/no)", Q.binary, async () => {
      await organiser
        .getByLabel("Resolution criteria")
        .fill("Yes if the grid operator's 2030 report says so.");
    });
    await addQuestion("Scenario allocation", Q.allocation, async () => {
      await organiser.getByLabel("Resolution criteria").fill("Judged by the panel in 2035.");
      await organiser.getByLabel("Scenario set").selectOption({ label: SET });
    });
    await addQuestion("Quantity", Q.quantity, async () => {
      await organiser.getByLabel("Resolution criteria").fill("Installed capacity in the 2030 statistics.");
      await organiser.getByLabel("Unit").fill("GWh");
      await organiser.getByLabel("Largest interquartile range").fill("5");
    });
    await addQuestion("Rating", Q.rating, async () => {
      await organiser.getByLabel("Lowest rating", { exact: true }).fill("1");
      await organiser.getByLabel("Highest rating", { exact: true }).fill("5");
      await organiser.getByLabel("Label of the lowest rating").fill("Not plausible");
      await organiser.getByLabel("Label of the highest rating").fill("Very plausible");
    });
    const table = organiser.locator("#question-list");
    await count(table.getByRole("row"), 5);
    for (const kind of ["Probability (yes/no)", "Scenario allocation", "Quantity", "Rating"])
      await seen(table.getByRole("cell", { name: kind, exact: true }));
    await e2e.shot(organiser, "organiser-questions");

    // Invite the expert, with a new institution.
    await forumNav(organiser).getByRole("link", { name: "Panel" }).click();
    await seen(organiser.getByRole("heading", { name: "Panel", level: 1 }));
    await organiser.getByLabel("Name").fill(EXPERT.name);
    await organiser.getByLabel("E-mail address").fill(EXPERT.email);
    await organiser.getByLabel("Role").selectOption({ label: "Expert" });
    await organiser.getByLabel("Or a new institution").fill("Institute for Grid Studies");
    await organiser.getByLabel("Country of the new institution").fill("Denmark");
    await organiser.getByRole("button", { name: "Send invitation" }).click();
    await seen(organiser.getByRole("heading", { name: "Institute for Grid Studies (Denmark)", level: 2 }));
    const row = organiser.getByRole("row").filter({ hasText: EXPERT.name });
    await hasText(row, "invited");
    await hasText(row, EXPERT.email);
    await e2e.shot(organiser, "organiser-panel-invited");

    // The invitation, as sent.
    inviteLink = await e2e.invitationFromOutbox(organiser, FORUM, EXPERT.email);
    expect(inviteLink).toMatch(new RegExp(`^${e2e.app.origin}/auth/`));
    await e2e.shot(organiser, "organiser-outbox");

    // Round 1 with every question, opened.
    await organiser.goto(`${e2e.app.origin}/forums/${forumId}`);
    await seen(organiser.getByRole("heading", { name: "New draft round" }));
    for (const title of Object.values(Q)) await organiser.getByLabel(title).check();
    await organiser
      .getByLabel("Instructions for experts")
      .fill("Answer every question and give your reasons.");
    await organiser.getByRole("button", { name: "Create draft round" }).click();
    await hasText(roundRow(organiser, 1), "draft");
    await e2e.shot(organiser, "organiser-round-1-draft");
    await organiser.getByRole("button", { name: "Open round 1" }).click();
    await organiser.getByRole("button", { name: "Yes, open round 1" }).click();
    await hasText(roundRow(organiser, 1), "open");
    await seen(organiser.getByRole("button", { name: "Close round 1" }));
    await e2e.shot(organiser, "organiser-round-1-open");
  });

  it("the invited expert signs in and answers every question of round 1, then revises one", async () => {
    expert = await e2e.person();
    const confirm = await signInWith(expert, inviteLink, `${EXPERT.name}, Dana Organiser has invited you`);
    await seen(expert.getByRole("heading", { name: FORUM, level: 1 }));
    await e2e.shot(expert, "expert-invitation");
    await seen(expert.getByText("You are invited as an expert"));
    await confirm.click();
    // Accepting leads into the forum's open round; "My forums" lists it with the expert's progress.
    await seen(expert.getByRole("heading", { name: "Round 1", level: 1 }));
    await expert.goto(`${e2e.app.origin}/forums`);
    await seen(expert.getByRole("heading", { name: "My forums", level: 1 }));
    const card = expert.getByRole("listitem").filter({ hasText: FORUM });
    await hasText(card, "Round 1 is open");
    await hasText(card, "0 of 4 answered");
    await e2e.shot(expert, "expert-my-forums");

    await card.getByRole("link", { name: FORUM }).click();
    await seen(expert.getByRole("heading", { name: "Round 1", level: 1 }));
    await seen(expert.getByText("0 of 4 answered"));
    await seen(expert.getByText("Answer every question and give your reasons."));
    await e2e.shot(expert, "expert-round-1");

    // Probability.
    await expert.getByRole("link", { name: "Start answering" }).click();
    await seen(expert.getByRole("heading", { name: Q.binary, level: 1 }));
    await expert.getByLabel("Probability", { exact: true }).fill("35");
    await submitAnswer(expert, "Build-out is on track but grid connections lag.");
    await e2e.shot(expert, "expert-q1-binary-submitted");

    // Scenario allocation, summing to 100.
    await expert.getByRole("link", { name: /Next question/ }).click();
    await seen(expert.getByRole("heading", { name: Q.allocation, level: 1 }));
    const allocation = expert.getByRole("group", { name: /Probability of each scenario/ });
    for (const [title, p] of [
      [SCENARIOS[0]!, "50"],
      [SCENARIOS[1]!, "30"],
      [SCENARIOS[2]!, "20"],
    ] as const)
      await allocation.getByLabel(title, { exact: true }).fill(p);
    await exactText(allocation.locator("output"), "100");
    await e2e.shot(expert, "expert-q2-allocation-filled");
    await submitAnswer(expert, "Renewables are cheapest; gas remains as backup.");

    // Quantity: three quantiles.
    await expert.getByRole("link", { name: /Next question/ }).click();
    await seen(expert.getByRole("heading", { name: Q.quantity, level: 1 }));
    await expert.getByLabel(/^5th percentile/).fill("10");
    await expert.getByLabel(/^50th percentile/).fill("25");
    await expert.getByLabel(/^95th percentile/).fill("60");
    await submitAnswer(expert, "Announced projects add up to about 25 GWh.");
    await e2e.shot(expert, "expert-q3-quantity-submitted");

    // Rating.
    await expert.getByRole("link", { name: /Next question/ }).click();
    await seen(expert.getByRole("heading", { name: Q.rating, level: 1 }));
    await expert.getByRole("radio", { name: "4", exact: true }).check();
    await submitAnswer(expert, "Plausible given current auctions.");
    await e2e.shot(expert, "expert-q4-rating-submitted");

    await expert.getByRole("link", { name: "All questions" }).click();
    await seen(expert.getByText("4 of 4 answered"));
    await count(expert.getByText("Answered", { exact: true }), 4);
    await e2e.shot(expert, "expert-round-1-all-answered");

    // A revision of the first answer: two entries in the history.
    await expert.getByRole("link", { name: Q.binary }).click();
    await value(expert.getByLabel("Probability", { exact: true }), "35");
    await expert.getByLabel("Probability", { exact: true }).fill("40");
    await submitAnswer(expert, "Revised up: two large interconnectors were approved.");
    await expert.reload();
    const history = expert.getByText("Your history: 2 revisions");
    await seen(history);
    await history.click();
    await count(expert.locator("#revision-history").getByRole("listitem"), 2);
    await hasText(expert.locator("#revision-history"), "40%");
    await hasText(expert.locator("#revision-history"), "35%");
    await e2e.shot(expert, "expert-q1-revision-history");
  });

  it("an impossible probability is refused next to its field, keeping what was typed", async () => {
    const probability = expert.getByLabel("Probability", { exact: true });
    await expert.waitForLoadState("load");
    await probability.fill("170");
    await expert.getByRole("button", { name: "Submit answer" }).click();
    const field = expert.locator(".field").filter({ has: probability });
    await exactText(field.getByRole("alert"), "Enter a percentage between 0 and 100.");
    await value(probability, "170");
    await attr(probability, "aria-invalid", "true");
    await seen(expert.getByText("Please fix 1 problem below."));
    await e2e.shot(expert, "expert-q1-invalid-422");
    // Nothing was stored: the page, reloaded, still shows the last submitted answer.
    await expert.reload();
    await value(expert.getByLabel("Probability", { exact: true }), "40");
    await seen(expert.getByText("Your history: 2 revisions"));
  });

  it("the organiser closes round 1 and opens round 2; the expert sees the group's round-1 feedback", async () => {
    await organiser.goto(`${e2e.app.origin}/forums/${forumId}`);
    await organiser.getByRole("button", { name: "Close round 1" }).click();
    await organiser.getByRole("button", { name: "Yes, close round 1" }).click();
    await seen(organiser.getByRole("heading", { name: "Results of round 1", level: 1 }));
    await seen(organiser.getByText(Q.binary).first());
    await e2e.shot(organiser, "organiser-round-1-results");

    await forumNav(organiser).getByRole("link", { name: "Overview" }).click();
    await hasText(roundRow(organiser, 1), "closed");
    for (const title of Object.values(Q)) await organiser.getByLabel(title).check();
    await organiser.getByRole("button", { name: "Create draft round" }).click();
    await hasText(roundRow(organiser, 2), "draft");
    await organiser.getByRole("button", { name: "Open round 2" }).click();
    await organiser.getByRole("button", { name: "Yes, open round 2" }).click();
    await hasText(roundRow(organiser, 2), "open");
    await e2e.shot(organiser, "organiser-round-2-open");

    await expert.goto(`${e2e.app.origin}/forums`);
    const card = expert.getByRole("listitem").filter({ hasText: FORUM });
    await hasText(card, "Round 2 is open");
    await card.getByRole("link", { name: FORUM }).click();
    await seen(expert.getByRole("heading", { name: "Round 2", level: 1 }));
    await expert.getByRole("link", { name: Q.binary }).click();
    const feedback = expert.getByRole("region", { name: "The group in round 1" });
    await seen(feedback);
    await hasText(feedback, "1 of 1 expert answered");
    await seen(feedback.getByText("Your answer then:"));
    await hasText(feedback.locator(".own-previous"), "40%");
    await hasText(feedback, "Revised up: two large interconnectors were approved.");
    await e2e.shot(expert, "expert-round-2-feedback");

    await expert.getByRole("link", { name: /Next question/ }).click();
    const allocationFeedback = expert.getByRole("region", { name: "The group in round 1" });
    await seen(allocationFeedback.getByRole("rowheader", { name: SCENARIOS[0] }));
    await e2e.shot(expert, "expert-round-2-allocation-feedback");

    // The same page on a phone-sized screen.
    await expert.setViewportSize({ width: 390, height: 844 });
    await expert.reload();
    await seen(expert.getByRole("region", { name: "The group in round 1" }));
    await e2e.shot(expert, "expert-round-2-allocation-feedback-narrow");
    await expert.setViewportSize({ width: 1280, height: 900 });
  });

  it("published results reach stakeholders, and only invited ones", async () => {
    await organiser.goto(`${e2e.app.origin}/forums/${forumId}`);
    await organiser.getByRole("button", { name: "Publish round 1" }).click();
    await organiser.getByRole("button", { name: "Yes, publish round 1" }).click();
    await seen(organiser.getByRole("heading", { name: "Results of round 1", level: 1 }));
    await forumNav(organiser).getByRole("link", { name: "Overview" }).click();
    await hasText(roundRow(organiser, 1), "published");
    await e2e.shot(organiser, "organiser-round-1-published");

    // The demo stakeholder reads the demo forum's dashboard.
    stakeholder = await e2e.person();
    const confirm = await signInWith(
      stakeholder,
      e2e.app.links.stakeholder,
      "Sam Stakeholder, confirm to sign in",
    );
    await confirm.click();
    await seen(stakeholder.getByRole("heading", { name: "My forums", level: 1 }));
    await count(stakeholder.getByRole("link", { name: FORUM }), 0);
    await stakeholder.getByRole("link", { name: "Regional security outlook 2027" }).click();
    await url(stakeholder, new RegExp(`/forums/${e2e.app.demoForumId}/dashboard$`));
    await seen(stakeholder.getByRole("heading", { name: "Regional security outlook 2027", level: 1 }));
    await seen(stakeholder.locator(".round-line").filter({ hasText: /Round 1\b/ }));
    // The headline bars are a chart; their table fallback sits in a closed <details>.
    await seen(stakeholder.getByText("Negotiated settlement").filter({ visible: true }).first());
    await seen(stakeholder.getByText("Median").first());
    await e2e.shot(stakeholder, "stakeholder-demo-dashboard");

    // Not invited to the new forum: not even its existence is shown.
    await stakeholder.goto(`${e2e.app.origin}/forums/${forumId}/dashboard`);
    await seen(stakeholder.getByRole("heading", { name: "Page not found" }));
    await count(stakeholder.getByText(FORUM), 0);
    await e2e.shot(stakeholder, "stakeholder-new-forum-not-invited");

    // Invited as a stakeholder, they can read it.
    await forumNav(organiser).getByRole("link", { name: "Panel" }).click();
    await organiser.getByLabel("Name").fill("Sam Stakeholder");
    await organiser.getByLabel("E-mail address").fill(STAKEHOLDER_EMAIL);
    await organiser.getByLabel("Role").selectOption({ label: "Stakeholder" });
    await organiser.getByRole("button", { name: "Send invitation" }).click();
    await hasText(organiser.getByRole("row").filter({ hasText: STAKEHOLDER_EMAIL }), "invited");
    const link = await e2e.invitationFromOutbox(organiser, FORUM, STAKEHOLDER_EMAIL);
    // An existing account, signed in: the link joins for this account and never signs anyone in (issue 13, F1).
    await stakeholder.goto(link);
    await seen(stakeholder.getByText("Sam Stakeholder, Dana Organiser has invited you"));
    await stakeholder.getByRole("button", { name: "Join the forum", exact: true }).click();
    await stakeholder.waitForURL(/\/forums\/\d+/);
    await stakeholder.goto(`${e2e.app.origin}/forums`);
    await seen(stakeholder.getByRole("heading", { name: "My forums", level: 1 }));
    await stakeholder.getByRole("link", { name: FORUM }).click();
    await url(stakeholder, new RegExp(`/forums/${forumId}/dashboard$`));
    await seen(stakeholder.getByRole("heading", { name: FORUM, level: 1 }));
    await seen(stakeholder.locator(".round-line").filter({ hasText: /Round 1\b/ }));
    await seen(stakeholder.getByRole("heading", { name: Q.allocation }));
    await seen(stakeholder.getByText(SCENARIOS[0]!).filter({ visible: true }).first());
    await e2e.shot(stakeholder, "stakeholder-new-forum-dashboard");
  });
});
