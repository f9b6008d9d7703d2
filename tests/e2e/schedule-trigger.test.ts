// A scheduled round opening through the local Cron trigger, as the README documents it: the organiser
// clones the demo forum, creates a draft round whose opening time has passed, sees "opening overdue",
// then `GET /__scheduled` (wrangler dev --test-scheduled, started by `npm start`) runs src/scheduled.ts
// and the round is open. Screenshots go to tests/e2e/screenshots-schedule/.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browserSuite, seen, WAIT } from "./browser.js";

const e2e = browserSuite({ shots: "screenshots-schedule", clean: true });

/** A datetime-local value (UTC, the demo organiser's zone) `minutes` from now. */
function localInput(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString().slice(0, 16);
}

describe("a scheduled round opens through the local trigger", () => {
  it("the running app's processes carry no dev secret on their command lines (F12)", () => {
    const secret = JSON.parse(readFileSync(".wrangler/dev-secret", "utf8")).secret as string;
    const leaks: string[] = [];
    for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
      let cmd = "";
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      } catch {
        continue;
      }
      if (cmd.includes(secret) || cmd.includes("DEV_TOOLS_SECRET"))
        leaks.push(`${pid}: ${cmd.slice(0, 120)}`);
    }
    expect(leaks).toEqual([]);
  });

  it("the README's trigger opens a round whose opening time has passed", async () => {
    const page = await e2e.signedIn(e2e.app.links.organiser);

    // A fresh forum with the demo's questions and no rounds: clone the demo forum.
    await page.goto(`${e2e.app.origin}/forums/${e2e.app.demoForumId}/settings`);
    await page.getByRole("button", { name: "Clone forum" }).click();
    await page.waitForURL(/\/forums\/\d+\?notice=forum-cloned$/);
    const forumUrl = page.url().replace(/\?.*$/, "");

    const form = page.locator("#new-round-form");
    await seen(form);
    await form.locator('input[name="questionIds"]').first().check();
    await form.locator('input[name="opensAt"]').fill(localInput(-30));
    await form.locator('input[name="closesAt"]').fill(localInput(60 * 24 * 7));
    await form.getByRole("button", { name: "Create draft round" }).click();
    await page.waitForURL(`${forumUrl}?notice=round-created`);
    const schedule = page.locator("#schedule-1");
    await seen(schedule);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    expect(await schedule.innerText()).toContain("opening overdue");
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    expect(await schedule.innerText()).not.toContain("closed");
    await e2e.shot(page, "01-opening-overdue");

    const trigger = await fetch(`${e2e.app.origin}/__scheduled?cron=${encodeURIComponent("*/5 * * * *")}`);
    expect(trigger.status).toBe(200);

    await page.goto(forumUrl);
    await expect
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
      .poll(
        async () => {
          await page.reload();
          return page.locator("main").textContent();
        },
        { timeout: WAIT },
      )
      .toMatch(/Round 1[^\n]*open/i);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    expect(await page.locator("main").innerText()).not.toContain("opening overdue");
    await e2e.shot(page, "02-opened-by-schedule");

    // The audit log names the schedule as the actor of the opening.
    await page.goto(`${forumUrl}/audit`);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    expect(await page.locator("main").innerText()).toMatch(
      /round\.open[\s\S]*schedule|schedule[\s\S]*round\.open/,
    );
  });
});
