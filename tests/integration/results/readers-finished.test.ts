// Issue 18: a finished forum shows each resolved question's outcome beside the panel's forecast, on the
// dashboard and the report, and says it is closed (not "No consensus yet"). The demo is seeded only into
// an empty database, so this file holds the demo's checks alone.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, questions, resolutions } from "../../../src/db/schema.js";
import { seedDemo } from "../../../src/demo/seed.js";
import { db, get, sessionCookie } from "../../helpers/app.js";

describe("outcomes in a finished forum", () => {
  it("shows every resolved question's outcome beside the forecast, says 'closed', not 'No consensus yet'", async () => {
    const demo = await seedDemo(db());
    const finished = (await db().select().from(forums).where(sql`closed_at IS NOT NULL`).get())!;
    const resolved = await db()
      .select({ id: questions.id })
      .from(questions)
      .innerJoin(resolutions, eq(resolutions.questionId, questions.id))
      .where(eq(questions.forumId, finished.id));
    expect(resolved.length).toBe(13);
    const cookie = await sessionCookie(demo.stakeholder);
    for (const url of [`/forums/${finished.id}/dashboard`, `/forums/${finished.id}/rounds/2/report`]) {
      const html = await (await get(url, cookie)).text();
      for (const q of resolved) expect(html).toContain(`id="outcome-${q.id}"`);
      expect(html).toContain("This forum is finished");
      expect(html).not.toContain("No consensus yet");
    }
    const html = await (await get(`/forums/${finished.id}/dashboard`, cookie)).text();
    expect(html).toMatch(/It happened\. The panel gave it \d+%, \d+ points short of certainty\./);
    expect(html).toMatch(/It turned out “Frozen”/);
    expect(html.replaceAll("&#39;", "'")).toMatch(/The value was 212 incidents\. The panel's median was/);
  });
});
