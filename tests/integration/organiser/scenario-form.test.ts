import { describe, expect, it } from "vitest";
import { get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const rowsIn = (html: string) => (html.match(/<fieldset class="scenario-row">/g) ?? []).length;

describe("the scenario form grows with the scenarios", () => {
  it("starts with three rows and adds one on request, keeping what was typed and saving nothing", async () => {
    const f = await makeForum({ experts: 0 });
    const base = `/forums/${f.forum.id}/scenarios`;
    const first = await (await get(base, f.organiser.cookie)).text();
    expect(rowsIn(first)).toBe(3);
    expect(first).toContain("What would bring this future about");
    const more = await post(
      base,
      { intent: "more", rows: "3", title: "Region in 2030", title0: "Calm", narrative0: "Trade grows." },
      f.organiser.cookie,
    );
    expect(more.status).toBe(200);
    const html = await more.text();
    expect(rowsIn(html)).toBe(4);
    expect(html).toContain('value="Region in 2030"');
    expect(html).toContain("Trade grows.");
    expect(html).not.toContain("notice=scenarios-added");
  });

  it("stops offering more rows at the limit of six", async () => {
    const f = await makeForum({ experts: 0 });
    const res = await post(
      `/forums/${f.forum.id}/scenarios`,
      { intent: "more", rows: "5" },
      f.organiser.cookie,
    );
    const html = await res.text();
    expect(rowsIn(html)).toBe(6);
    expect(html).not.toContain('value="more"');
  });
});
