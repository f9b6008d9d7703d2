// Panel import in a real browser: the demo organiser pastes a CSV with one bad row, sees the preview
// (the bad line marked with its reason, nothing sent yet), confirms, and finds the two invitations.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seen, signIn, WAIT } from "./browser.js";
import { type RunningApp, startApp } from "./server.js";

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), "screenshots");
const stamp = Date.now().toString(36);
const hasText = (l: Locator, text: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
  expect.poll(() => l.innerText(), { timeout: WAIT }).toContain(text);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await app?.stop();
});

describe("panel import", () => {
  it("previews a CSV with one bad row, then invites the valid rows", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page, app.links.organiser);
    await page.goto(`${app.origin}/forums/${app.demoForumId}/panel`);
    await page.getByRole("link", { name: "Import panel" }).click();
    await seen(page.getByRole("heading", { name: "Import a panel from CSV", level: 1 }));
    const csv = [
      "name,email,institution,country",
      `Aylin Demir,aylin.${stamp}@example.test,Ankara Energy Lab,TR`,
      "Broken Row,not-an-address,Somewhere,AZ",
      `Rauf Aliyev,rauf.${stamp}@example.test,Baku Grid Institute,AZ`,
    ].join("\n");
    await page.getByLabel("Paste CSV").fill(csv);
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.locator("#import-preview");
    await seen(preview.getByRole("heading", { name: "Preview: 2 of 3 rows can be invited" }));
    await hasText(page.locator("#import-line-3"), "not a valid e-mail address");
    await hasText(page.locator("#import-line-2"), "ready");
    await page.screenshot({ path: join(SHOTS, "panel-import-preview.png"), fullPage: true });
    await page.getByRole("button", { name: "Invite 2 people" }).click();
    await seen(page.getByText("2 invitations sent."));
    await page.goto(`${app.origin}/outbox`);
    await hasText(page.locator("main"), `aylin.${stamp}@example.test`);
    await hasText(page.locator("main"), `rauf.${stamp}@example.test`);
    await context.close();
  });
});
