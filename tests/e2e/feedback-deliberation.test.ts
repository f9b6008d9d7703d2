// Feedback, deliberation and the Real-Time Delphi reveal, in a real browser. The demo expert opens a
// round-2 question of the seeded demo forum, reads the group's feedback, posts an argument tagged "pro"
// and replies to it. The demo organiser then sets up a Real-Time Delphi forum through the UI; a new
// expert sees the note "answer first", answers and sees the group, and the demo expert votes the new
// expert's argument useful. Screenshots go to tests/e2e/screenshots/fd-*.png.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, forumNav, hasText, seen, signIn } from "./browser.js";

const e2e = browserSuite({ prefix: "fd-" });

const stamp = Date.now().toString(36);
const RT_FORUM = `Live panel ${stamp}`;
const RT_QUESTION = "Will the border crossing reopen before 2027?";
const RITA = { name: "Rita Realtime", email: `rita.${stamp}@example.test` };
const ALEX = { name: "Alex Amberg", email: "alex@demo.scenario-forum.test" };
const DEMO_Q = "Will the two governments sign a bilateral peace treaty by 31 December 2027?";

let alex: Page;
let organiser: Page;
let rita: Page;
let ritaInvite = "";
let alexInvite = "";
let rtForumUrl = "";

const followLink = signIn;

async function invitationFor(page: Page, to: string): Promise<string> {
  await page.goto(rtForumUrl);
  return e2e.invitationFromOutbox(page, RT_FORUM, to);
}

describe("feedback and deliberation", () => {
  it("the demo expert reads round 1's feedback on a round-2 question, posts a pro argument and replies", async () => {
    alex = await e2e.person();
    await followLink(alex, e2e.app.links.expert, `${ALEX.name}, confirm to sign in`);
    await alex.goto(`${e2e.app.origin}/forums/${e2e.app.demoForumId}/rounds/2`);
    await alex.getByRole("link", { name: DEMO_Q }).click();
    await seen(alex.getByRole("heading", { name: DEMO_Q, level: 1 }));
    const feedback = alex.locator("#feedback-panel");
    await seen(feedback.getByRole("heading", { name: "The group in round 1" }));
    await hasText(feedback, "Consensus rule:");
    await hasText(feedback, "Your answer then:");
    await seen(feedback.locator("svg"));
    await e2e.shot(alex, "01-expert-round-2-feedback");

    await alex.waitForLoadState("load");
    const discussion = alex.locator("#discussion");
    await discussion.scrollIntoViewIfNeeded();
    await discussion.getByLabel("Your post").fill("Both parliaments have scheduled ratification debates.");
    await discussion.getByLabel("Kind of post").first().selectOption({ label: "Pro" });
    await discussion.getByRole("button", { name: "Post", exact: true }).click();
    await seen(alex.getByText("Your post was added."));
    const mine = alex.locator("article.post").filter({ hasText: "ratification debates" });
    await hasText(mine, "You");
    await hasText(mine, "Pro");
    // The page was not reloaded: htmx swapped the thread in place.
    expect(alex.url()).not.toContain("#post-");

    await alex.locator("#discussion details.reply summary").first().click();
    await alex
      .locator("#discussion details.reply")
      .first()
      .getByLabel("Your reply")
      .fill("Source: both parliaments' published agendas.");
    await alex
      .locator("#discussion details.reply")
      .first()
      .getByLabel("Kind of post")
      .selectOption({ label: "Evidence" });
    await alex.getByRole("button", { name: "Send reply" }).click();
    const reply = alex.locator("#discussion .replies article.post").filter({ hasText: "published agendas" });
    await seen(reply);
    await hasText(reply, "Evidence");
    await reply.scrollIntoViewIfNeeded();
    await e2e.shot(alex, "02-expert-thread-post-and-reply");
    // No names, e-mails or times in the thread.
    const thread = await alex.locator("#discussion").innerHTML();
    expect(thread).not.toContain(ALEX.name);
    expect(thread).not.toContain("@");
    expect(thread).not.toContain("<time");

    // Narrow screens read the same thread.
    const narrow = await e2e.person({ width: 375 });
    await narrow.context().addCookies(await alex.context().cookies());
    await narrow.goto(alex.url());
    await seen(narrow.locator("#discussion").getByText("ratification debates"));
    await narrow.locator("#discussion").scrollIntoViewIfNeeded();
    await e2e.shot(narrow, "03-expert-thread-narrow");
  });

  it("the demo organiser sets up a Real-Time Delphi forum and invites two experts", async () => {
    organiser = await e2e.person();
    await followLink(organiser, e2e.app.links.organiser, "Dana Organiser, confirm to sign in");
    await organiser.getByRole("link", { name: "New forum" }).click();
    await organiser.getByLabel("Title").fill(RT_FORUM);
    await organiser.getByLabel("Roundless (Real-Time Delphi)").check();
    await organiser.getByRole("button", { name: "Create forum" }).click();
    await seen(organiser.getByRole("heading", { name: RT_FORUM, level: 1 }));
    rtForumUrl = organiser.url();

    await forumNav(organiser).getByRole("link", { name: "Questions" }).click();
    await organiser.getByLabel("Kind").selectOption({ label: "Probability (yes/no)" });
    await seen(organiser.locator('#kind-fields[data-kind="binary"]'));
    await organiser.getByLabel("Question", { exact: true }).fill(RT_QUESTION);
    await organiser
      .getByLabel("Resolution criteria")
      .fill("Yes if a scheduled crossing is open to travellers.");
    await organiser.getByRole("button", { name: "Add question" }).click();
    await seen(organiser.getByRole("row").filter({ hasText: RT_QUESTION }));

    for (const [person, institution] of [
      [RITA, "Institute for Border Studies"],
      [ALEX, "Northland Institute"],
    ] as const) {
      await forumNav(organiser).getByRole("link", { name: "Panel" }).click();
      await organiser.getByLabel("Name").fill(person.name);
      await organiser.getByLabel("E-mail address").fill(person.email);
      await organiser.getByLabel("Role").selectOption({ label: "Expert" });
      await organiser.getByLabel("Or a new institution").fill(institution);
      await organiser.getByLabel("Country of the new institution").fill("Northland");
      await organiser.getByRole("button", { name: "Send invitation", exact: true }).click();
      await seen(organiser.getByRole("row").filter({ hasText: person.name }));
    }
    ritaInvite = await invitationFor(organiser, RITA.email);
    alexInvite = await invitationFor(organiser, ALEX.email);
    // The demo expert accepts the invitation too (an active member counts as eligible). Theirs is an
    // existing account: the link only joins, for the account already signed in (issue 13, F1).
    await alex.goto(alexInvite);
    await alex.getByRole("button", { name: "Join the forum", exact: true }).click();
    await alex.waitForURL(/\/forums\/\d+/);
    await alex.goto(`${e2e.app.origin}/forums`);
    await seen(alex.getByRole("heading", { name: "My forums", level: 1 }));
  });

  it("a new expert sees 'answer first', answers, then sees the live group; the demo expert votes", async () => {
    // The organiser opens the one continuous study (its overview speaks of no rounds).
    await organiser.goto(rtForumUrl);
    await organiser.getByLabel(RT_QUESTION).check();
    await organiser.getByRole("button", { name: "Set up the study as a draft" }).click();
    await organiser.getByRole("button", { name: "Open the study" }).click();
    await organiser.getByRole("button", { name: "Yes, open the study" }).click();
    await seen(organiser.getByRole("button", { name: "Close the study" }));

    rita = await e2e.person();
    await signIn(rita, ritaInvite);
    await rita.goto(`${e2e.app.origin}/forums`);
    await rita.getByRole("link", { name: RT_FORUM }).click();
    await rita.getByRole("link", { name: "Start answering" }).click();
    await seen(rita.getByRole("heading", { name: RT_QUESTION, level: 1 }));
    await seen(rita.getByText("Answer this question first to see the group."));
    // The discussion holds others' estimates: it stays closed until her first answer (issue 20).
    await seen(rita.locator("#discussion").getByText("The discussion opens once you have answered"));
    expect(await rita.locator("#discussion").getByLabel("Your post").count()).toBe(0);
    await rita.waitForLoadState("load");
    await e2e.shot(rita, "04-rt-expert-before-answering");

    await rita.getByLabel("Probability", { exact: true }).fill("30");
    await rita.getByLabel("Your reasons").fill("Staffing is the bottleneck.");
    await rita.getByRole("button", { name: "Submit answer" }).click();
    await seen(rita.getByText("Answer submitted. You can revise it until the study closes."));
    // The discussion opens by itself after the answer; she posts her argument.
    await seen(rita.locator("#discussion").getByLabel("Your post"));
    await rita
      .locator("#discussion")
      .getByLabel("Your post")
      .fill("The ministries have not agreed on customs staff.");
    await rita.locator("#discussion").getByLabel("Kind of post").first().selectOption({ label: "Con" });
    await rita.locator("#discussion").getByRole("button", { name: "Post", exact: true }).click();
    await seen(rita.getByText("Your post was added."));
    // The live panel reloads itself after the answer: the group is revealed without a page load.
    const live = rita.locator("#live-panel");
    await seen(live.getByRole("heading", { name: "The group so far" }));
    await hasText(live, "1 of 2 experts answered");
    expect(await live.getAttribute("hx-trigger")).toContain("every 15s");
    await e2e.shot(rita, "05-rt-expert-after-answering");

    // The demo expert answers, sees Rita's view in the group, and votes her argument useful.
    await alex.goto(`${e2e.app.origin}/forums`);
    await alex.getByRole("link", { name: RT_FORUM }).click();
    await alex.getByRole("link", { name: "Start answering" }).click();
    await seen(alex.getByText("Answer this question first to see the group."));
    await alex.waitForLoadState("load");
    await alex.getByLabel("Probability", { exact: true }).fill("55");
    await alex.getByRole("button", { name: "Submit answer" }).click();
    await seen(alex.locator("#live-panel").getByRole("heading", { name: "The group so far" }));
    await hasText(alex.locator("#live-panel"), "2 of 2 experts answered");
    await hasText(alex.locator("#live-panel"), "Staffing is the bottleneck.");
    const ritaPost = alex.locator("article.post").filter({ hasText: "customs staff" });
    await hasText(ritaPost, "Con");
    await ritaPost.getByRole("button", { name: "Mark as useful" }).click();
    await hasText(alex.locator("article.post").filter({ hasText: "customs staff" }), "1 useful vote");
    await seen(
      alex
        .locator("article.post")
        .filter({ hasText: "customs staff" })
        .getByRole("button", { name: "✓ Useful" }),
    );
    await e2e.shot(alex, "06-rt-demo-expert-voted");

    // Rita's panel picks up Alex's answer on its next poll (every 15 s).
    await hasText(rita.locator("#live-panel"), "2 of 2 experts answered");
    await e2e.shot(rita, "07-rt-expert-panel-refreshed");
  });

  it("the organiser follows the running study on the live monitor without closing anything", async () => {
    await organiser.goto(rtForumUrl);
    await forumNav(organiser).getByRole("link", { name: "Live monitor" }).click();
    await seen(organiser.getByRole("heading", { name: "Live monitor of the running study", level: 1 }));
    const item = organiser.locator("#live-monitor article.result").filter({ hasText: RT_QUESTION });
    // Both answers and Rita's reason, under pseudonyms, while the study stays open.
    await hasText(item, "2 of 2 experts answered");
    await hasText(item, "Staffing is the bottleneck.");
    expect(await organiser.locator("#live-monitor").innerText()).not.toContain(RITA.name);
    expect(await organiser.locator("#live-monitor").getAttribute("hx-trigger")).toContain("every 30s");
    await e2e.shot(organiser, "08-rt-organiser-live-monitor");
    await organiser.goto(rtForumUrl);
    await seen(organiser.getByRole("button", { name: "Close the study" }));
  });
});
