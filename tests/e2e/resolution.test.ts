// Issue 5 in a real browser, on the demo's finished forum: the organiser re-resolves a question and
// reads the history, the scores page with the panel's calibration plot, and Cooke's Classical Model;
// a stakeholder reads the quantity dashboard with the decision maker; an expert reads their own
// answers, scores and calibration. Screenshots go to tests/e2e/screenshots-resolution/.
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, hasText, seen } from "./browser.js";

const e2e = browserSuite({ shots: "screenshots-resolution", clean: true, numbered: true });

const FINISHED = "Regional security outlook 2026 (finished)";

async function openFinishedForum(page: Page) {
  await page.goto(`${e2e.app.origin}/forums`);
  await page.getByRole("link", { name: FINISHED }).first().click();
}

describe("resolution, scores, calibration and the Classical Model", () => {
  let organiser: Page;

  it("the organiser re-resolves a question and sees the change in its history", async () => {
    organiser = await e2e.signedIn(e2e.app.links.organiser, /Dana Organiser, confirm to sign in/);
    await openFinishedForum(organiser);
    await organiser
      .getByRole("navigation", { name: "Forum administration" })
      .getByRole("link", { name: "Resolution and scores" })
      .click();
    await seen(organiser.getByRole("heading", { name: "Resolution and scores", level: 1 }));
    await organiser.getByRole("link", { name: /^Resolve: Did the two foreign ministers meet/ }).click();
    await seen(organiser.getByRole("heading", { level: 1, name: /^Resolve:/ }));
    await hasText(organiser.locator("#resolution-history"), "Resolved as Yes on 2026-07-01");
    await organiser.getByLabel("No", { exact: true }).check();
    await organiser.getByLabel("Date of the outcome").fill("2026-07-20");
    await organiser
      .getByLabel("Source, and the reason for a change")
      .fill("The meeting in May was virtual, not in person (corrected ministry statement).");
    await organiser.getByRole("button", { name: "Save resolution" }).click();
    await hasText(organiser.locator("#resolution-history"), "Changed from Yes to No on 2026-07-20");
    await hasText(organiser.locator("#current-resolution"), "No");
    await e2e.shot(organiser, "organiser-resolution-history");
  });

  it("the organiser reads everyone's scores, the panel's calibration plot and the pools compared", async () => {
    await organiser.getByRole("link", { name: "Resolution and scores" }).first().click();
    await organiser.getByRole("link", { name: "Scores and calibration" }).first().click();
    await seen(organiser.getByRole("heading", { name: "Scores and calibration", level: 1 }));
    const plot = organiser.locator("#calibration-crowd svg");
    await seen(plot);
    expect(await organiser.locator("#calibration-crowd .calib-dot").count()).toBeGreaterThan(2);
    await seen(organiser.locator("#pool-track-record"));
    await e2e.shot(organiser, "organiser-calibration-plot", organiser.locator("#crowd-calibration"));
    await e2e.shot(organiser, "organiser-scores");
  });

  it("the organiser sees Cooke's weights and alpha", async () => {
    await organiser.goto(organiser.url().replace(/\/scores$/, "/cooke"));
    await seen(organiser.getByRole("heading", { name: "Cooke's Classical Model", level: 1 }));
    await hasText(organiser.locator("#cooke-experts"), "Decision maker");
    await organiser.getByLabel(/Significance level/).fill("optimise");
    await organiser.getByRole("button", { name: "Compute" }).click();
    await hasText(organiser.locator("#cooke"), "α used:");
    await e2e.shot(organiser, "organiser-cooke");
  });

  it("a stakeholder reads the quantity dashboard with the decision maker beside the equal-weight pool", async () => {
    const stakeholder = await e2e.signedIn(e2e.app.links.stakeholder, /Sam Stakeholder, confirm to sign in/);
    await openFinishedForum(stakeholder);
    await seen(stakeholder.locator("#decision-maker"));
    await hasText(stakeholder.locator("#decision-maker"), "Performance-weighted decision maker");
    await hasText(stakeholder.locator("#dashboard-accuracy"), "mean Brier score");
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    expect(await stakeholder.locator("body").innerText()).not.toMatch(/Expert [A-Z2-9]{5}/);
    await e2e.shot(stakeholder, "stakeholder-dm-dashboard", stakeholder.locator("#dashboard-accuracy"));
    await e2e.shot(stakeholder, "stakeholder-dashboard");
  });

  it("the organiser imports an EXCALIBUR study through the page: files, preview, confirm, a read-only forum", async () => {
    // Two seeds and a target; expert A is sharp and right, B is wide (EXCALIBUR's ASCII format).
    const study = fileURLToPath(new URL("../fixtures/excalibur-two-experts", import.meta.url));
    await organiser.goto(`${e2e.app.origin}/forums`);
    await organiser.getByRole("link", { name: "Import an EXCALIBUR study (.dtt and .rls)" }).click();
    await seen(organiser.getByRole("heading", { name: "Import an EXCALIBUR study", level: 1 }));
    await organiser.getByLabel("Title").fill("Uploaded study");
    await organiser.getByLabel("Assessments file (.dtt)").setInputFiles(`${study}.dtt`);
    await organiser.getByLabel("Realisations file (.rls)").setInputFiles(`${study}.rls`);
    await organiser.getByRole("button", { name: "Check the files" }).click();
    // The preview says what was read before anything is saved.
    await seen(
      organiser.getByRole("heading", { name: "Import “Uploaded study”: check what was read", level: 1 }),
    );
    await hasText(
      organiser.locator("main"),
      "2 experts, 3 items (2 seed questions with a known answer, 1 target",
    );
    await e2e.shot(organiser, "organiser-excalibur-preview");
    await organiser.getByRole("button", { name: "Create the read-only forum (2 experts, 3 items)" }).click();
    await seen(organiser.getByRole("heading", { name: "Cooke's Classical Model", level: 1 }));
    await hasText(organiser.locator("#cooke-experts"), "Decision maker");
    await e2e.shot(organiser, "organiser-excalibur-imported");
    // Read-only: the overview offers no new round and nothing to publish.
    await organiser.goto(organiser.url().replace(/\/cooke.*$/, ""));
    await seen(organiser.getByRole("heading", { name: "Uploaded study", level: 1 }));
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    const overview = await organiser.locator("main").innerText();
    expect(overview).not.toMatch(/New draft round|Publish round/);
  });

  it("an expert reads their own answers, revisions, scores and calibration", async () => {
    const expert = await e2e.signedIn(e2e.app.links.expert, /confirm to sign in/);
    await openFinishedForum(expert);
    await expert.getByRole("link", { name: "My answers and scores" }).click();
    await seen(expert.getByRole("heading", { name: "My answers and scores", level: 1 }));
    await seen(expert.locator("#calibration-mine svg"));
    await hasText(expert.locator("#my-scores"), "the squared distance between your probability");
    await e2e.shot(expert, "expert-my-scores");
  });
});
