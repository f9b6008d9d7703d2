import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { db, get } from "../../helpers/app.js";
import { makeForum, type TestForum } from "../../helpers/forum.js";

/**
 * The organiser's results page shows what the experts said: every answer with its reason beside it,
 * under the pseudonym (and the name only in a quasi-anonymous forum), sortable by answer, filterable
 * to the answers outside the middle half, searchable; as plain GET links and as htmx swaps.
 */

// Five answers to the binary question: Q1 = 40%, Q3 = 60% (type 7), so 10% and 90% lie outside.
const ANSWERS = [
  [0.5, "Drafts are ready for signature"],
  [0.1, "Elections will delay everything"],
  [0.9, "Broad support in every capital"],
  [0.4, "Ratification is slow"],
  [0.6, ""],
] as const;

async function closedForum(anonymity: "quasi" | "strict") {
  const f = await makeForum({ experts: 5, anonymity });
  const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
  for (const [i, [p, rationale]] of ANSWERS.entries()) {
    const outcome = await saveAnswer(db(), {
      roundId: round.id,
      questionId: f.questions.binary.id,
      memberId: f.experts[i]!.member.id,
      value: { kind: "binary", p },
      rationale,
      status: "submitted",
      questionVersion: 1,
    });
    expect(outcome).toBe("saved");
  }
  await f.close();
  return f;
}

const resultsPath = (f: TestForum, query = "") => `/forums/${f.forum.id}/rounds/1/results${query}`;

/** The answer list items of one question, in page order. */
function items(html: string, questionId: number): string[] {
  const section = html.split(`id="answers-${questionId}"`)[1]?.split("</section>")[0] ?? "";
  return [...section.matchAll(/<li class="answer-item[^"]*">([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
}

describe("organiser results: what the experts said", () => {
  it("shows each reason beside its answer, under the pseudonym and, in a quasi-anonymous forum, the name", async () => {
    const f = await closedForum("quasi");
    const res = await get(resultsPath(f), f.organiser.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    const list = items(html, f.questions.binary.id);
    expect(list).toHaveLength(5);
    for (const [i, [p, rationale]] of ANSWERS.entries()) {
      const item = list.find((x) => x.includes(f.experts[i]!.member.pseudonym))!;
      expect(item).toContain(`${Math.round(p * 100)}%`);
      expect(item).toContain(rationale || "No reason given.");
      expect(item).toContain(f.experts[i]!.user.name);
    }
    // The dashboard's strip plot, and the synthesis editor beside the answers.
    expect(html).toContain(`id="result-strip-${f.questions.binary.id}-t"`);
    expect(html).toMatch(/<aside class="results-aside"[\s\S]*id="synthesis-form"/);
    // The two answers outside the middle half are marked as such.
    expect(list.filter((x) => x.includes("outside the middle half"))).toHaveLength(2);
    // Organisers only: experts and stakeholders are refused, with no reason in the answer.
    for (const cookie of [f.experts[0]!.cookie, f.stakeholder.cookie]) {
      const refused = await get(resultsPath(f, `?question=${f.questions.binary.id}&sort=asc`), cookie);
      expect([403, 404]).toContain(refused.status);
      expect(await refused.text()).not.toContain("Broad support in every capital");
    }
  });

  it("sorts by answer, keeps only answers outside the middle half, and searches the reasons", async () => {
    const f = await closedForum("quasi");
    const q = f.questions.binary.id;
    const order = async (query: string) =>
      items(await (await get(resultsPath(f, query), f.organiser.cookie)).text(), q).map(
        (x) => x.match(/<strong class="answer-value"[^>]*>([^<]*)</)?.[1],
      );
    expect(await order(`?question=${q}&sort=asc`)).toEqual(["10%", "40%", "50%", "60%", "90%"]);
    expect(await order(`?question=${q}&sort=desc`)).toEqual(["90%", "60%", "50%", "40%", "10%"]);
    expect(await order(`?question=${q}&outside=1&sort=asc`)).toEqual(["10%", "90%"]);
    expect(await order(`?question=${q}&q=SUPPORT`)).toEqual(["90%"]);
    // The form keeps what was asked.
    const html = await (
      await get(resultsPath(f, `?question=${q}&outside=1&q=delay`), f.organiser.cookie)
    ).text();
    expect(html).toContain(`name="outside" value="1" id="answers-${q}-outside" checked`);
    expect(html).toContain('value="delay"');
    expect(html).toContain("1 of 5 answers shown.");
    // A filter for one question leaves the others' lists whole; nonsense parameters are ignored.
    expect(items(html, f.questions.binary.id)).toHaveLength(1);
    expect((await get(resultsPath(f, "?question=x&sort=up&outside=yes"), f.organiser.cookie)).status).toBe(
      200,
    );
  });

  it("answers an htmx request for one question's list with that list only", async () => {
    const f = await closedForum("quasi");
    const q = f.questions.binary.id;
    const res = await get(resultsPath(f, `?question=${q}&sort=desc`), f.organiser.cookie, {
      "HX-Request": "true",
      "HX-Target": `answers-${q}`,
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain("<html");
    expect(html.startsWith(`<section class="result-answers" id="answers-${q}"`)).toBe(true);
    expect(items(html, q)[0]).toContain("90%");
  });

  it("never shows names under strict anonymity, only pseudonyms", async () => {
    const f = await closedForum("strict");
    const html = await (await get(resultsPath(f), f.organiser.cookie)).text();
    for (const e of f.experts) {
      expect(html).toContain(e.member.pseudonym);
      expect(html).not.toContain(e.user.name);
      expect(html).not.toContain(e.user.email);
    }
    expect(html).toContain("Broad support in every capital");
  });
});

describe("organiser results: a large panel's answers come a page at a time", () => {
  it("shows 25 of 30 answers per question, and 'show more' swaps in the list with the next ones, sort kept", async () => {
    const { publishedForum } = await import("../../helpers/published-forum.js");
    const f = await publishedForum({ experts: 30 });
    const q = f.questions.binary.id;
    const html = await (await get(resultsPath(f), f.organiser.cookie)).text();
    // Before: all 30 answers of every question in the page.
    for (const question of [f.questions.binary, f.questions.quantity])
      expect(items(html, question.id)).toHaveLength(25);
    const more = `/forums/${f.forum.id}/rounds/1/results?question=${q}&amp;shown=50`;
    expect(html).toContain(
      `<p class="more-answers"><a href="${more}#answers-${q}" hx-get="${more}" hx-target="#answers-${q}" hx-swap="outerHTML">Show more answers (5 not shown yet)</a></p>`,
    );
    const swapped = await get(resultsPath(f, `?question=${q}&shown=50`), f.organiser.cookie, {
      "HX-Request": "true",
      "HX-Target": `answers-${q}`,
    });
    const list = await swapped.text();
    expect(list).toMatch(/^<section class="result-answers" id="answers-/);
    expect(items(list, q)).toHaveLength(30);
    expect(list).not.toContain("more-answers");
    // Sorted descending, the link keeps the sort, and the first page holds the 25 highest answers.
    const sorted = await (await get(resultsPath(f, `?question=${q}&sort=desc`), f.organiser.cookie)).text();
    expect(sorted).toContain(`?question=${q}&amp;sort=desc&amp;shown=50`);
    const values = items(sorted, q).map((x) => Number(x.match(/class="answer-value"[^>]*>(\d+)%/)?.[1]));
    expect(values).toHaveLength(25);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // A malformed count is ignored (the first page).
    expect(
      items(await (await get(resultsPath(f, `?question=${q}&shown=-3`), f.organiser.cookie)).text(), q),
    ).toHaveLength(25);
  });
});
