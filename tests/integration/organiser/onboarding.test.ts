import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums, outbox } from "../../../src/db/schema.js";
import { db, get, post, unique } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const linkIn = (text: string) => /\/auth\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

/** Invites a new address with `role` and returns the mail and the token of its link. */
async function invite(f: Awaited<ReturnType<typeof makeForum>>, role: "expert" | "stakeholder") {
  const email = `${unique(role)}@example.org`;
  const res = await post(
    `/forums/${f.forum.id}/panel/invite`,
    { name: unique("Invitee"), email, role, institutionName: unique("Inst"), institutionCountry: "Testland" },
    f.organiser.cookie,
  );
  expect(res.status).toBe(303);
  const mail = (await db().select().from(outbox).where(eq(outbox.toEmail, email)).get())!;
  return { mail, token: linkIn(mail.textBody)! };
}

describe("onboarding: an invitation says what it is for", () => {
  it("an expert's mail and page give the role, the anonymity, the schedule and the consent; accepting leads to the open round", async () => {
    const f = await makeForum({ experts: 1, anonymity: "strict" });
    await db()
      .update(forums)
      .set({ consentText: "Answers are kept for five years and published only in aggregate." })
      .where(eq(forums.id, f.forum.id));
    const { mail, token } = await invite(f, "expert");
    expect(mail.textBody).toContain("You are invited as an expert");
    expect(mail.textBody).toContain("Nobody, the organisers included, sees your name");
    const page = await (await get(`/auth/${token}`)).text();
    expect(page).toContain("You are invited as an expert");
    expect(page).toContain("Round 1 is open now");
    expect(page).toContain("What you agree to");
    expect(page).toContain("Answers are kept for five years");
    expect(page).toContain(">Accept and go to the questions<");
    const accepted = await post(`/auth/${token}`, {});
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("Location")).toBe(`/forums/${f.forum.id}`);
    const cookie = accepted.headers.get("Set-Cookie")!.split(";")[0]!;
    const home = await get(`/forums/${f.forum.id}`, cookie);
    // Into the open round (a later joiner first reads the briefing on the earlier rounds).
    expect(home.headers.get("Location")).toMatch(new RegExp(`^/forums/${f.forum.id}/(rounds/1|briefing)$`));
  });

  it("a reader's invitation does not speak of answers under a pseudonym, and leads to the dashboard", async () => {
    const f = await makeForum({ experts: 1 });
    const { mail, token } = await invite(f, "stakeholder");
    expect(mail.textBody).toContain("You are invited as a reader");
    expect(mail.textBody).not.toContain("pseudonym");
    const page = await (await get(`/auth/${token}`)).text();
    expect(page).not.toContain("pseudonym");
    expect(page).toContain(">Accept and see the results<");
    const accepted = await post(`/auth/${token}`, {});
    const cookie = accepted.headers.get("Set-Cookie")!.split(";")[0]!;
    const home = await get(accepted.headers.get("Location")!, cookie);
    expect(home.headers.get("Location")).toBe(`/forums/${f.forum.id}/dashboard`);
  });

  it("the panel asks for the consent text before the first invitation", async () => {
    const f = await makeForum({ experts: 1 });
    const panel = await (await get(`/forums/${f.forum.id}/panel`, f.organiser.cookie)).text();
    expect(panel).toContain('id="consent-first"');
    await db().update(forums).set({ consentText: "Kept five years." }).where(eq(forums.id, f.forum.id));
    const after = await (await get(`/forums/${f.forum.id}/panel`, f.organiser.cookie)).text();
    expect(after).not.toContain('id="consent-first"');
  });
});
