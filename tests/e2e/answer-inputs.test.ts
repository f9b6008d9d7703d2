// Answer inputs without anchoring, in Chromium with the real app.js and styles.css: the answer
// form is rendered by its own component (views/partials/AnswerForm.tsx) into a blank page, so no server
// is needed. The slider has no thumb until a probability is typed or chosen and follows the box both ways;
// the allocation total turns into a warning with a rescale offer; a ranking stays unranked until the
// expert moves an option or keeps the order shown.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jsx } from "hono/jsx";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { QuestionConfig } from "../../src/domain/questions.js";
import { createI18n } from "../../src/i18n/index.js";
import { I18nContext } from "../../views/context.js";
import { AnswerForm } from "../../views/partials/AnswerForm.js";
import { browserSuite } from "./browser.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const APP_JS = readFileSync(join(ROOT, "public/app.js"), "utf8");
const CSS = readFileSync(join(ROOT, "public/styles.css"), "utf8");

/** Chromium only: the form is rendered here, no app is started. */
const e2e = browserSuite({ app: false });
let page: Page;

beforeAll(async () => {
  page = await e2e.person({ width: 1000 });
});

/** The answer form for `config`, with no values (a first answer), in a page running app.js. */
async function show(config: QuestionConfig) {
  const form = jsx(
    I18nContext.Provider,
    { value: createI18n("en") },
    jsx(AnswerForm, { action: "/answer", config, values: {}, errors: {}, status: null }),
  );
  await page.setContent(
    `<!doctype html><html lang="en"><head><style>${CSS}</style></head><body><main>${form.toString()}</main><script>${APP_JS}</script></body></html>`,
  );
}

/** The form's fields as they would be submitted. */
const submitted = () =>
  page.evaluate(() => Object.fromEntries(new FormData(document.querySelector("form")!) as never)) as Promise<
    Record<string, string>
  >;

describe("answer inputs without anchoring", () => {
  it("the slider shows no thumb until a probability is typed, and follows the box both ways", async () => {
    await show({ kind: "binary" });
    const range = page.locator('input[type="range"]');
    const box = page.locator('input[name="p"]');
    expect(await box.inputValue()).toBe("");
    expect(await range.getAttribute("class")).toBe("unset");
    expect(await range.getAttribute("aria-valuetext")).toBe("no probability chosen yet");
    await box.fill("35");
    expect(await range.inputValue()).toBe("35");
    expect(await range.getAttribute("class")).toBe("");
    expect(await range.getAttribute("aria-valuetext")).toBeNull();
    await box.fill("");
    expect(await range.getAttribute("class")).toBe("unset");
    await range.fill("70");
    expect(await box.inputValue()).toBe("70");
    expect(await range.getAttribute("class")).toBe("");
  });

  it("the allocation total warns as soon as it is not 100% and offers to rescale", async () => {
    await show({
      kind: "allocation",
      scenarioSetId: 1,
      scenarios: [
        { id: 1, title: "Stalemate" },
        { id: 2, title: "Treaty" },
        { id: 3, title: "Escalation" },
      ],
    });
    const warning = page.locator("[data-total-warning]");
    await expect.poll(() => warning.isVisible()).toBe(false);
    await page.getByLabel("Stalemate").fill("50");
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain("The shares add up to 50%, not 100%.");
    await page.getByLabel("Treaty").fill("30");
    await page.getByLabel("Escalation").fill("0");
    expect(await warning.textContent()).toContain("The shares add up to 80%, not 100%.");
    expect(await page.locator(".total").getAttribute("class")).toContain("has-warning");
    await page.getByRole("button", { name: "Rescale to 100%" }).click();
    expect(await submitted()).toMatchObject({ p0: "62.5", p1: "37.5", p2: "0" });
    expect(await page.locator("[data-total]").textContent()).toBe("100");
    await expect.poll(() => warning.isVisible()).toBe(false);
    expect(await page.locator(".total").getAttribute("class")).not.toContain("has-warning");
  });

  it("a ranking stays unranked until the expert moves an option or keeps the order shown", async () => {
    const ranking: QuestionConfig = { kind: "ranking", options: ["Policy", "Cost", "Technology"] };
    await show(ranking);
    const untouched = page.locator("[data-ranking-untouched]");
    await expect.poll(() => untouched.isVisible()).toBe(true);
    expect(await submitted()).toMatchObject({ rank0: "", rank1: "", rank2: "" });
    await page.getByRole("button", { name: "This order is my ranking" }).click();
    expect(await submitted()).toMatchObject({ rank0: "1", rank1: "2", rank2: "3" });
    await expect.poll(() => untouched.isVisible()).toBe(false);

    await show(ranking);
    expect(await submitted()).toMatchObject({ rank0: "", rank1: "", rank2: "" });
    await page.getByRole("button", { name: "Move “Policy” down" }).click();
    expect(await submitted()).toMatchObject({ rank0: "2", rank1: "1", rank2: "3" });
    await expect.poll(() => untouched.isVisible()).toBe(false);
  });
});
