import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { CHROMIUM_ARGS, type RunningApp, startApp } from "./server.js";

/** How long a browser test waits for one thing to appear (wrangler dev on a busy 2-core machine). */
export const WAIT = 20_000;

/** Waits until `l` is visible. */
export const seen = (l: Locator) => l.waitFor({ state: "visible", timeout: WAIT });

/** Waits until the rendered text of `l` contains `text`. */
export const hasText = (l: Locator, text: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
  expect.poll(() => l.innerText(), { timeout: WAIT }).toContain(text);

/** The organiser's forum navigation. */
export const forumNav = (page: Page) => page.getByRole("navigation", { name: "Forum administration" });

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

/** What one browser context (one person) looks like. */
export type PersonOptions = {
  /** Viewport width in px (1280). */
  width?: number;
  /** Viewport height in px (900). */
  height?: number;
  /** Lets axe be injected as an inline script, which the app's CSP (rightly) refuses otherwise. */
  bypassCSP?: boolean;
  /** Signed-in state taken from another context (`context.storageState()`). */
  storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>;
};

export type BrowserSuiteOptions = {
  /** Start the app (`npm start` on a free port, fresh D1) before the file's tests; false: only chromium. */
  app?: boolean;
  /** The screenshots folder under tests/e2e ("screenshots"). */
  shots?: string;
  /** Empty the folder first: true, the whole folder; a string, only its files whose names start with it. */
  clean?: boolean | string;
  /** Prefix of every screenshot's file name ("fd-"). */
  prefix?: string;
  /** Number the screenshots in the order taken ("01-", "02-", …, after the prefix). */
  numbered?: boolean;
};

/** What a browser test file shares: the running app, chromium, its people and its screenshots. */
export type BrowserSuite = {
  /** The running app (from the first beforeAll on). */
  readonly app: RunningApp;
  readonly browser: Browser;
  /** The screenshots folder's path. */
  readonly shots: string;
  /** A new browser context, closed after the file's tests, patient with a busy wrangler dev. */
  context(options?: PersonOptions): Promise<BrowserContext>;
  /** A page of its own context: one more person. */
  person(options?: PersonOptions): Promise<Page>;
  /** A new person who opens a sign-in or invitation link (see signIn; such a link works once). */
  signedIn(link: string, expectText?: string | RegExp): Promise<Page>;
  /**
   * The invitation to `forum` sent to `to`, opened in the outbox from a forum page of the organiser's
   * `page`: the outbox shows it with its link hidden (issue 13, F1), so the link is the one that reached
   * the invitee, printed by the local app.
   */
  invitationFromOutbox(page: Page, forum: string, to: string): Promise<string>;
  /** A full-page screenshot (or of `locator` only) named after the suite's prefix and numbering. */
  shot(page: Page, name: string, locator?: Locator): Promise<void>;
};

/**
 * The set-up every browser test file shares, registered as its beforeAll and afterAll: empties and
 * creates the screenshots folder, starts the app and chromium; afterwards closes every context it made,
 * chromium and the app. Call it once at the top of the file.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  const {
    app: withApp = true,
    shots: folder = "screenshots",
    clean = false,
    prefix = "",
    numbered = false,
  } = options;
  const shots = join(dirname(fileURLToPath(import.meta.url)), folder);
  const contexts: BrowserContext[] = [];
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let shotNumber = 0;

  beforeAll(async () => {
    if (clean === true) rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    if (typeof clean === "string")
      for (const f of readdirSync(shots)) if (f.startsWith(clean)) rmSync(join(shots, f));
    if (withApp) app = await startApp({ from: inject("migratedD1") });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close().catch(() => {});
    await app?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test or hook`);
    return value;
  };

  const suite: BrowserSuite = {
    get app() {
      return started(app, "the app");
    },
    get browser() {
      return started(browser, "chromium");
    },
    shots,
    async context({ width = 1280, height = 900, bypassCSP, storageState } = {}) {
      const context = await suite.browser.newContext({
        viewport: { width, height },
        bypassCSP,
        storageState,
      });
      context.setDefaultTimeout(WAIT);
      // wrangler dev sometimes stalls a static file for seconds while it reloads: be patient with page loads.
      context.setDefaultNavigationTimeout(60_000);
      contexts.push(context);
      return context;
    },
    async person(personOptions) {
      return (await suite.context(personOptions)).newPage();
    },
    async signedIn(link, expectText) {
      const page = await suite.person();
      await signIn(page, link, expectText);
      return page;
    },
    async invitationFromOutbox(page, forum, to) {
      await page
        .getByRole("navigation", { name: "Forum administration" })
        .getByRole("link", { name: "Outbox" })
        .click();
      await seen(page.getByRole("heading", { name: "Outbox", level: 1 }));
      const message = page
        .getByRole("listitem")
        .filter({ hasText: `to ${to}` })
        .filter({ hasText: `Invitation: ${forum}` })
        .first();
      await seen(message);
      await message.getByText("Message text").click();
      await seen(message.getByText("[link hidden: it signs its recipient in]"));
      expect(await message.getByRole("link", { name: /\/auth\// }).count()).toBe(0);
      return suite.app.linkFor(to);
    },
    async shot(page, name, locator) {
      shotNumber += 1;
      const number = numbered ? `${String(shotNumber).padStart(2, "0")}-` : "";
      const path = join(shots, `${prefix}${number}${name}.png`);
      if (locator) await locator.screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    },
  };
  return suite;
}
