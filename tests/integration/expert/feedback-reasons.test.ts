/** The previous round's reasons come a page at a time: a panel of 300 does not put 300 reasons in one page. */
import { describe, expect, it } from "vitest";
import { REASONS_PAGE } from "../../../views/partials/FeedbackPanel.js";
import { get } from "../../helpers/app.js";
import { publishedForum } from "../../helpers/published-forum.js";

const HX = { "HX-Request": "true" };
const reasonsIn = (html: string) => (html.match(/<p class="rationale" hx-disable="true">/g) ?? []).length;

describe("feedback reasons, paged", () => {
  it(`shows ${REASONS_PAGE} of 25 reasons, loads the other 5 in place, and shows them all without JavaScript`, async () => {
    const f = await publishedForum({ experts: 25 });
    await f.nextRound();
    const q = f.questions.binary.id;
    const page = `${f.base}/rounds/2/questions/${q}`;
    const expert = f.experts[0]!.cookie;
    const html = await (await get(page, expert)).text();
    // Before: all 25 reasons in the page.
    expect(reasonsIn(html)).toBe(REASONS_PAGE);
    expect(html).toContain(
      `<li class="more-reasons"><a href="${page}?reasons=${2 * REASONS_PAGE}#reasons" hx-get="${page}/reasons?from=${REASONS_PAGE}" hx-target="closest li" hx-swap="outerHTML">Show more reasons (5 not shown yet)</a></li>`,
    );
    // The next page: the last 5, and no further link.
    const more = await get(`${page}/reasons?from=${REASONS_PAGE}`, expert, HX);
    expect(more.status).toBe(200);
    const rest = await more.text();
    expect(reasonsIn(rest)).toBe(5);
    expect(rest).not.toContain("more-reasons");
    // Every reason of round 1's binary question appears once over the two pages.
    const shown = [...(html + rest).matchAll(/<p class="rationale" hx-disable="true">([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(new Set(shown).size).toBe(25);
    // Without JavaScript the link's page shows them all.
    const all = await (await get(`${page}?reasons=${2 * REASONS_PAGE}`, expert)).text();
    expect(reasonsIn(all)).toBe(25);
    expect(all).not.toContain("more-reasons");
    // Nonsense in the query shows the first page; a question with no earlier round has no reasons (404).
    expect(reasonsIn(await (await get(`${page}?reasons=-7`, expert)).text())).toBe(REASONS_PAGE);
    expect(reasonsIn(await (await get(`${page}/reasons?from=abc`, expert, HX)).text())).toBe(REASONS_PAGE);
    expect((await get(`${f.base}/rounds/1/questions/${q}/reasons`, expert, HX)).status).toBe(404);
    // Only experts read the reasons this way.
    expect((await get(`${page}/reasons`, f.stakeholder.cookie, HX)).status).toBe(403);
  });
});
