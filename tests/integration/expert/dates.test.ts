import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { rounds, users } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/**
 * Dates say what they are ("closes on …", never a bare date after "Round 1 is open"), in the reader's
 * zone with UTC beside it only when that zone is not UTC; the time zone is chosen from a list.
 */
const CLOSES = "2099-12-30T16:00:00.000Z";

async function forumClosingLater() {
  const f = await makeForum({ experts: 1 });
  const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
  await db().update(rounds).set({ closesAt: CLOSES }).where(eq(rounds.id, round.id));
  return f;
}

/** The deadline element's text, tags removed. */
const deadline = (html: string) =>
  (html.match(/<span class="deadline">([\s\S]*?)<\/span>(?=<\/p>|\s*<\/p>)/)?.[1] ?? "").replace(
    /<[^>]*>/g,
    "",
  );

describe("dates", () => {
  it("'Round 1 is open' is followed by when it closes, in UTC once for a reader in UTC", async () => {
    const f = await forumClosingLater();
    for (const path of ["/forums", `/forums/${f.forum.id}/rounds/1`]) {
      const text = deadline(await (await get(path, f.experts[0]!.cookie)).text());
      expect(text).toMatch(/^closes on Dec 30, 2099, 4:00\s?PM UTC · in [\d,]+ days$/);
      expect(text.match(/UTC/g)).toHaveLength(1);
    }
  });

  it("a reader in another zone reads the local time with UTC beside it", async () => {
    const f = await forumClosingLater();
    await db().update(users).set({ timeZone: "Europe/Berlin" }).where(eq(users.id, f.experts[0]!.user.id));
    const text = deadline(await (await get("/forums", f.experts[0]!.cookie)).text());
    expect(text).toMatch(
      /^closes on Dec 30, 2099, 5:00\s?PM \(Dec 30, 2099, 4:00\s?PM UTC\) · in [\d,]+ days$/,
    );
  });

  it("the time zone is chosen from a list; a zone not in it is refused with 422 and the form kept", async () => {
    const f = await makeForum({ experts: 1 });
    const cookie = f.experts[0]!.cookie;
    const page = await (await get("/me/settings", cookie)).text();
    expect(page).toMatch(/<select name="timeZone"[^>]*>/);
    expect(page).toContain('<option value="Europe/Berlin">Europe/Berlin</option>');
    expect(page).toContain('<option value="America/New_York">America/New York</option>');
    expect(page).not.toContain("<datalist");
    // An alias Intl accepts but the list does not carry, and a made-up zone: both refused.
    for (const timeZone of ["US/Eastern", "Mars/Olympus"]) {
      const res = await post("/me/settings", { timeZone, locale: "tr" }, cookie);
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain("Choose a time zone from the list.");
      expect(html).toContain('<option value="tr" selected="">');
    }
    expect((await post("/me/settings", { timeZone: "Asia/Baku", locale: "" }, cookie)).status).toBe(303);
    expect(await (await get("/me/settings", cookie)).text()).toContain(
      '<option value="Asia/Baku" selected="">Asia/Baku</option>',
    );
  });
});
