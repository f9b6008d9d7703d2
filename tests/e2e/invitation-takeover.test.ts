// Issue 13, F1, in a real browser: the organiser of a new forum B invites the address of an expert who
// already has an account (the demo expert, of forum A). The organiser opens the invitation link herself:
// it does not open the expert's account, signed in or not. The expert signs in with their own sign-in link,
// opens the invitation and only then joins B.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_EXPERTS } from "../../src/demo/content.js";
import { browserSuite, seen, signIn } from "./browser.js";

const e2e = browserSuite();

const stamp = Date.now().toString(36);
const FORUM_B = `Forum B ${stamp}`;
const FORUM_A = "Regional security outlook 2027";
const EXPERT = DEMO_EXPERTS[0]!;

/**
 * The newest invitation link for `to`: from the outbox page if it still shows links, else from what the
 * local app printed on its console (the outbox may show messages with links redacted).
 */
async function invitationLink(organiser: Page, to: string): Promise<string> {
  const pattern = new RegExp(`${e2e.app.origin.replace(/[.:/]/g, "\\$&")}/auth/[A-Za-z0-9_-]{43}`, "g");
  for (let i = 0; i < 40; i++) {
    const log = readFileSync(e2e.app.logFile, "utf8")
      .split("\n")
      .filter((l) => l.includes(to));
    const fromLog = log.flatMap((l) => l.match(pattern) ?? []).at(-1);
    if (fromLog) return fromLog;
    await organiser.goto(`${e2e.app.origin}/outbox`);
    const item = organiser.getByRole("listitem").filter({ hasText: to }).first();
    const html = (await item.count()) > 0 ? await item.innerHTML() : "";
    const fromOutbox = html.match(pattern)?.[0];
    if (fromOutbox) return fromOutbox;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no invitation link for ${to}`);
}

describe("an invitation cannot take over an existing account (issue 13, F1)", () => {
  it("B's organiser gets nothing from the link to A's expert; the expert joins B only after signing in", async () => {
    // The organiser creates forum B and invites the address of forum A's expert.
    const organiser = await e2e.person();
    await signIn(organiser, e2e.app.links.organiser);
    await organiser.getByRole("link", { name: "New forum" }).click();
    await organiser.getByLabel("Title").fill(FORUM_B);
    await organiser.getByRole("button", { name: "Create forum" }).click();
    await seen(organiser.getByRole("heading", { name: FORUM_B, level: 1 }));
    const forumB = Number(/\/forums\/(\d+)/.exec(organiser.url())?.[1]);
    await organiser.goto(`${e2e.app.origin}/forums/${forumB}/panel`);
    await organiser.getByLabel("Name").fill("Someone Else");
    await organiser.getByLabel("E-mail address").fill(EXPERT.email);
    await organiser.getByLabel("Role").selectOption({ label: "Stakeholder" });
    await organiser.getByRole("button", { name: "Send invitation", exact: true }).click();
    await seen(organiser.getByRole("row").filter({ hasText: EXPERT.email }));
    const link = await invitationLink(organiser, EXPERT.email);

    // Opened by the organiser, signed in as herself: someone else's invitation, nothing to accept.
    await organiser.goto(link);
    await seen(organiser.getByText("but this invitation is for another account"));
    expect(await organiser.getByRole("button", { name: /Join|Sign in/ }).count()).toBe(0);
    await e2e.shot(organiser, "invitation-wrong-account");
    // Signing out from there comes back to the invitation, which now asks for the owner's own sign-in.
    await organiser.locator("#invitation").getByRole("button", { name: "Sign out" }).click();
    await seen(organiser.getByText("an invitation link never signs anyone in to an existing account"));
    expect(await organiser.getByRole("button", { name: /Join|Sign in/ }).count()).toBe(0);
    await e2e.shot(organiser, "invitation-sign-in-first");
    // Posting the link by hand, without a session, opens no account either.
    const forced = await organiser.request.post(link, { headers: { Origin: e2e.app.origin }, form: {} });
    expect(forced.status()).toBe(409);
    expect(forced.headers()["set-cookie"]).toBeUndefined();
    await organiser.goto(`${e2e.app.origin}/forums`);
    await seen(organiser.getByRole("heading", { name: "Sign in", level: 1 }));
    await organiser.goto(`${e2e.app.origin}/me/export`);
    await seen(organiser.getByRole("heading", { name: "Sign in", level: 1 }));

    // The expert signs in with their own link: only forum A so far.
    const expert = await e2e.person();
    await signIn(expert, e2e.app.links.expert);
    await seen(expert.getByRole("link", { name: FORUM_A }));
    expect(await expert.getByRole("link", { name: FORUM_B }).count()).toBe(0);
    // Then opens the invitation: it offers to join with this account, and joins.
    await expert.goto(link);
    await seen(expert.getByText(`You are signed in as ${EXPERT.name}`));
    await e2e.shot(expert, "invitation-join");
    await expert.getByRole("button", { name: "Join the forum" }).click();
    await expert.goto(`${e2e.app.origin}/forums`);
    await seen(expert.getByRole("link", { name: FORUM_B }));
    await seen(expert.getByRole("link", { name: FORUM_A }));
    // The link is spent.
    await expert.goto(link);
    await seen(expert.getByRole("heading", { name: "This link is no longer valid" }));
  });
});
