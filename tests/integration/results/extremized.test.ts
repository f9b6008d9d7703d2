// Every pool the backtest scores can be the dashboard's method (issue 20): the extremized mean of
// log-odds is stored with each closed round's yes/no snapshot, offered in Settings and on the switch.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums } from "../../../src/db/schema.js";
import { poolProbabilities } from "../../../src/domain/aggregation/index.js";
import { COMPARED_POOLS } from "../../../src/domain/forum-scores.js";
import { POOL_METHODS } from "../../../src/domain/snapshot.js";
import { db, get, post } from "../../helpers/app.js";
import { publishedForum } from "../../helpers/published-forum.js";

const dec = (html: string) => html.replaceAll("&#39;", "'");
const headline = (html: string, questionId: number) =>
  html
    .slice(html.indexOf(`id="card-${questionId}"`))
    .match(/class="headline-number">([^<]+)</)?.[1]
    ?.trim();

describe("the extremized pool", () => {
  it("every pool the backtest compares is a method readers and organisers can choose", () => {
    for (const pool of COMPARED_POOLS) expect(POOL_METHODS as readonly string[]).toContain(pool);
  });

  it("is offered in Settings, chosen as the forum's method, and headlines the yes/no card", async () => {
    const f = await publishedForum({ experts: 5 });
    const settings = dec(await (await get(`${f.base}/settings`, f.organiser.cookie)).text());
    expect(settings).toContain('value="extremized"');
    expect(settings).toContain("Extremized mean of log-odds (pushed away from 50%)");
    const res = await post(
      `${f.base}/settings`,
      {
        senderName: "",
        consentText: "",
        reminderDays: "3, 1",
        retentionDays: "",
        defaultMethod: "extremized",
      },
      f.organiser.cookie,
    );
    expect(res.status).toBe(303);
    expect((await db().select().from(forums).where(eq(forums.id, f.forum.id)).get())?.defaultMethod).toBe(
      "extremized",
    );
    // Expert answers 0.2 … 0.6: the extremized mean of their log-odds, as a whole percentage.
    const answers = [0.2, 0.3, 0.4, 0.5, 0.6].map((p, i) => ({
      expert: `e${i}`,
      time: `2026-01-0${i + 1}T00:00:00Z`,
      p,
    }));
    const expected = `${Math.round(poolProbabilities("extremized", answers).value * 100)}%`;
    const html = dec(await (await get(`${f.base}/dashboard`, f.stakeholder.cookie)).text());
    expect(headline(html, f.questions.binary.id)).toBe(expected);
    expect(html).toContain("Extremized mean of log-odds (pushed away from 50%)</a> (the organisers' choice)");
    expect(html).toContain('href="/glossary#extremized"');
    expect(await (await get("/glossary")).text()).toContain('id="extremized"');
  });
});
