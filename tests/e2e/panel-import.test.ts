import { describe, it } from "vitest";
import { browserSuite, hasText, seen, signIn } from "./browser.js";

const e2e = browserSuite();

const stamp = Date.now().toString(36);

describe("panel import", () => {
  it("previews a CSV with one bad row, then invites the valid rows", async () => {
    const page = await e2e.person();
    await signIn(page, e2e.app.links.organiser);
    await page.goto(`${e2e.app.origin}/forums/${e2e.app.demoForumId}/panel`);
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
    await e2e.shot(page, "panel-import-preview");
    await page.getByRole("button", { name: "Invite 2 people" }).click();
    await seen(page.getByText("2 invitations sent."));
    await page.goto(`${e2e.app.origin}/outbox`);
    await hasText(page.locator("main"), `aylin.${stamp}@example.test`);
    await hasText(page.locator("main"), `rauf.${stamp}@example.test`);
  });
});
