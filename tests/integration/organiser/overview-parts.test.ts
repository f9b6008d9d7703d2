import { describe, expect, it } from "vitest";
import { get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/**
 * The parts of the organiser's overview that grow with the panel: who has not answered all is listed a
 * page at a time, and the rows per institution load when opened (or as pages of their own).
 */
describe("organiser overview: the parts that grow with the panel", () => {
  it("lists who has not answered 20 at a time, fewest answered first, and the rest through plain links", async () => {
    const f = await makeForum({ experts: 25 });
    // One expert answers one question: listed after everyone who answered nothing.
    const one = f.experts[0]!;
    expect(
      (await post(f.path(f.questions.binary), { p: "40", rationale: "r", intent: "submit" }, one.cookie))
        .status,
    ).toBe(303);
    const base = `/forums/${f.forum.id}`;
    const overview = await (await get(base, f.organiser.cookie)).text();
    expect(overview).toContain("0 of 25 experts answered all 4 questions.");
    const listed = (html: string) =>
      f.experts.filter((e) =>
        html.match(/id="incomplete-experts">([\s\S]*?)<\/ul>/)![1]!.includes(e.user.email),
      );
    expect(listed(overview)).toHaveLength(20);
    expect(listed(overview)).not.toContain(one);
    const more = overview.match(/id="incomplete-more"><a href="([^"]+)">([^<]+)</)!;
    expect(more[2]).toContain("5 more experts not shown");
    const next = await get(more[1]!.replaceAll("&amp;", "&"), f.organiser.cookie);
    expect(next.status).toBe(200);
    const rest = await next.text();
    expect(listed(rest)).toHaveLength(5);
    const items = rest.match(/id="incomplete-experts">([\s\S]*?)<\/ul>/)![1]!.split("<li>");
    expect(items.at(-1)).toContain(one.user.email);
    expect(rest).toContain("1 of 4 answered");
    expect(rest).not.toContain('id="incomplete-more"');
    expect(new Set([...listed(overview), ...listed(rest)]).size).toBe(25);
  });

  it("loads the response rate per institution when opened, as a partial for htmx or as a page", async () => {
    const f = await makeForum({ experts: 6 });
    const base = `/forums/${f.forum.id}`;
    const overview = await (await get(base, f.organiser.cookie)).text();
    expect(overview).toContain(`hx-get="${base}/participation/rate"`);
    const part = await (
      await get(`${base}/participation/rate`, f.organiser.cookie, { "HX-Request": "true" })
    ).text();
    expect(part.trimStart().startsWith('<div id="rate-institutions">')).toBe(true);
    expect(part.match(/<tr>/g)).toHaveLength(3); // the heading, and two institutions of three
    const page = await get(`${base}/participation/rate`, f.organiser.cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="rate-institutions"');
  });
});
