import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { questions, roundQuestions } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { answerRound } from "../../helpers/published-forum.js";
import { appRoutes, fillPath, paramNames } from "../../helpers/routes.js";

/**
 * Plain words on organiser and expert pages: no pooling method's code name (geo-odds, recency-median,
 * geo-pool, quantile-average, mean-rank) and no "Rule measure" in any page's visible text; the
 * technical name and formula sit behind a <details>. The ranking's results table is not headed
 * "Scenario".
 */
const RAW =
  /\b(geo-odds|recency-median|geo-pool|quantile-average|linear-pool|mean-rank|trimmed-mean|track-record)\b|Rule measure/;

/** The text a reader sees: tags, attributes, scripts and styles removed. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ");

async function world() {
  const f = await makeForum({ experts: 4 });
  const title = `Rank the drivers ${Date.now()}`;
  expect(
    (
      await post(
        `/forums/${f.forum.id}/questions`,
        {
          kind: "ranking",
          title,
          rankingOptions: "Policy\nCost\nTechnology",
          ruleKind: "iqr-at-most",
          kendallMin: "0.7",
        },
        f.organiser.cookie,
      )
    ).status,
  ).toBe(303);
  const ranking = (await db()
    .select()
    .from(questions)
    .where(and(eq(questions.forumId, f.forum.id), eq(questions.title, title)))
    .get())!;
  const round1 = (await getRoundByNumber(db(), f.forum.id, 1))!;
  await db().insert(roundQuestions).values({ roundId: round1.id, questionId: ranking.id, position: 10 });
  await answerRound(f, 1);
  for (const [i, r] of [
    ["1", "2", "3"],
    ["1", "3", "2"],
    ["2", "1", "3"],
  ].entries())
    await post(
      f.path(ranking),
      { rank0: r[0]!, rank1: r[1]!, rank2: r[2]!, intent: "submit" },
      f.experts[i]!.cookie,
    );
  await f.close();
  const n = await f.nextRound();
  const round2 = (await getRoundByNumber(db(), f.forum.id, n))!;
  await db().insert(roundQuestions).values({ roundId: round2.id, questionId: ranking.id, position: 10 });
  return { f, ranking, questionIds: [...Object.values(f.questions).map((q) => q.id), ranking.id] };
}

describe("plain labels on organiser and expert pages", () => {
  it("no page an organiser or expert reads shows a method's code name or 'Rule measure'", async () => {
    const { f, questionIds } = await world();
    const offenders: string[] = [];
    let pages = 0;
    for (const route of appRoutes().filter((r) => r.method === "GET")) {
      const names = paramNames(route.path);
      if (names.some((n) => !["forumId", "id", "n", "qid"].includes(n))) continue;
      if (!names.includes("forumId") && !names.includes("id")) continue;
      for (const n of names.includes("n") ? [1, 2] : [1])
        for (const qid of names.includes("qid") ? questionIds : [0])
          for (const who of [f.organiser, f.experts[0]!]) {
            const path = fillPath(route.path, { forumId: f.forum.id, id: f.forum.id, n, qid });
            const res = await get(path, who.cookie);
            if (res.status !== 200 || !res.headers.get("Content-Type")?.includes("text/html")) continue;
            pages++;
            const m = visibleText(await res.text()).match(RAW);
            if (m) offenders.push(`${path} (${who === f.organiser ? "organiser" : "expert"}): ${m[0]}`);
          }
    }
    expect(pages).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it("names each pooled value plainly with its technical name and formula one click away; a ranking's table is headed by option", async () => {
    const { f, ranking } = await world();
    const html = await (await get(`/forums/${f.forum.id}/rounds/1/results`, f.organiser.cookie)).text();
    // The geometric mean of odds of the binary question: a plain label, the name and formula in <details>.
    expect(html).toMatch(
      /<details class="method-help">\s*<summary>[^<]+<\/summary>[\s\S]*?Geometric mean of odds/,
    );
    expect(html).toContain("logit");
    const article = html.split(`id="result-${ranking.id}"`)[1]!.split("</article>")[0]!;
    expect(article).not.toContain(">Scenario<");
    expect(article).toContain('<th scope="col">Option</th>');
  });
});
