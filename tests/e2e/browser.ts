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

/**
 * Opens a sign-in or invitation link as the person would: waits for `expectText` on the confirm page
 * when given, presses "Sign in" and waits for "My forums".
 */
export async function signIn(page: Page, link: string, expectText?: string | RegExp) {
  await page.goto(link);
  if (expectText !== undefined) await seen(page.getByText(expectText).first());
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await seen(page.getByRole("heading", { name: "My forums", level: 1 }));
}
