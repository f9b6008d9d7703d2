import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "./server.js";

/** How long a browser test waits for one thing to appear (wrangler dev on a busy 2-core machine). */
export const WAIT = 20_000;

/** Waits until `l` is visible. */
export const seen = (l: Locator) => l.waitFor({ state: "visible", timeout: WAIT });

/** Debian's Chromium, headless, with the flags every browser test needs (STACK.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** The confirm button of a sign-in link ("Sign in") or of an invitation ("Accept and …", by role). */
export const CONFIRM_LINK = /^(Sign in|Accept and .+)$/;

/**
 * Opens a sign-in or invitation link as the person would: waits for `expectText` on the confirm page
 * when given and presses its button. A sign-in lands on "My forums"; an accepted invitation in its
 * forum (an expert on the open round, a reader on the dashboard).
 */
export async function signIn(page: Page, link: string, expectText?: string | RegExp) {
  await page.goto(link);
  if (expectText !== undefined) await seen(page.getByText(expectText).first());
  const invitation = (await page.locator("#invitation").count()) > 0;
  await page.getByRole("button", { name: CONFIRM_LINK }).click();
  if (invitation) await page.waitForURL(/\/forums\/\d+/);
  else await seen(page.getByRole("heading", { name: "My forums", level: 1 }));
}
