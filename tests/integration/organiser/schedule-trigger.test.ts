import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createRound } from "../../../src/db/queries/round-control.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { auditLog, snapshots } from "../../../src/db/schema.js";
import { app } from "../../../src/index.js";
import { db, get, ORIGIN } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
// npm start's entry (src/dev-entry.ts): the same app plus /dev, where the local Cron trigger lives.
import "../../../src/dev-entry.js";

/**
 * The local trigger of the Cron handler, as `npm run cron` (scripts/cron.mjs) calls it: POST
 * /dev/scheduled with the per-start secret runs runScheduled, the function the production `scheduled`
 * export calls, and answers its report. These tests watch rounds open and close through that HTTP
 * request only (no direct call of the handler).
 */
const SECRET = "local-trigger-secret";
const devEnv = { ...env, DEV_TOOLS: "1", DEV_TOOLS_SECRET: SECRET };

type Report = { time: string; opened: string[]; closed: string[]; reminders: number; errors: string[] };

async function trigger(time?: string, secret: string | null = SECRET, bindings: object = devEnv) {
  const headers: Record<string, string> = {
    Origin: ORIGIN,
    "Content-Type": "application/x-www-form-urlencoded",
  };
  if (secret !== null) headers["X-Dev-Secret"] = secret;
  const q = time ? `?${new URLSearchParams({ time })}` : "";
  return app.request(`${ORIGIN}/dev/scheduled${q}`, { method: "POST", headers, body: "" }, bindings);
}

const iso = (ms: number) => new Date(ms).toISOString();

describe("the local Cron trigger (POST /dev/scheduled)", () => {
  it("answers 404 without the development switch or the per-start secret, and changes nothing", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    const now = Date.now();
    await createRound(
      db(),
      f.forum.id,
      {
        questionIds: [f.questions.binary.id],
        instructions: "",
        opensAt: iso(now - 3_600_000),
        closesAt: iso(now + 7 * 86_400_000),
      },
      f.organiser.user,
    );
    expect((await trigger(undefined, null)).status).toBe(404);
    expect((await trigger(undefined, "wrong")).status).toBe(404);
    // The test (and production) bindings have no DEV_TOOLS: the route does not exist for anyone.
    expect((await trigger(undefined, SECRET, env)).status).toBe(404);
    expect((await trigger("not-a-time")).status).toBe(400);
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("draft");
  });

  it("an overdue opening reads 'opening overdue' with an 'Open now' button, and the next run catches up: the round opens, then closes at its time", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    const now = Date.now();
    // The opening time passed two hours ago and no cron has run since.
    const closesAt = iso(now + 3 * 86_400_000);
    await createRound(
      db(),
      f.forum.id,
      {
        questionIds: [f.questions.binary.id],
        instructions: "",
        opensAt: iso(now - 2 * 3_600_000),
        closesAt,
      },
      f.organiser.user,
    );
    const before = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    const schedule = before.slice(before.indexOf('id="schedule-2"'));
    expect(schedule).toContain("opening overdue");
    expect(schedule).not.toMatch(/closed on|· closed/);
    // The organiser's way to open it now: the round's own (confirmed) open action.
    expect(schedule).toContain(`action="/forums/${f.forum.id}/rounds/2/open"`);
    expect(schedule).toContain("Open round 2 now");
    const asked = await app.request(
      `${ORIGIN}/forums/${f.forum.id}/rounds/2/open`,
      {
        method: "POST",
        headers: {
          Origin: ORIGIN,
          Cookie: f.organiser.cookie,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: "",
      },
      env,
    );
    expect(await asked.text()).toContain('id="confirm-open"');

    // The next run (through the HTTP trigger) opens it.
    const res = await trigger();
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.opened).toContain(`${f.forum.id}/2`);
    expect(report.errors).toEqual([]);
    const opened = (await getRoundByNumber(db(), f.forum.id, 2))!;
    expect(opened.state).toBe("open");
    const page = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    expect(page).not.toContain("opening overdue");
    expect(page).not.toContain(`id="open-now-2"`);
    const expertPage = await get(`/forums/${f.forum.id}/rounds/2`, f.experts[0]!.cookie);
    expect(expertPage.status).toBe(200);
    // The audit row of the opening names no person: the schedule did it.
    const openAudit = await db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "round.open"), eq(auditLog.targetId, "2")),
      )
      .get();
    expect(openAudit?.actorUserId).toBeNull();

    // A second run at the same moment changes nothing; a run before the close leaves it open.
    expect(((await (await trigger()).json()) as Report).opened).not.toContain(`${f.forum.id}/2`);
    await trigger(iso(new Date(closesAt).getTime() - 60_000));
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("open");

    // The run at the closing time closes it, with its snapshot, as a manual close would.
    const closing = (await (await trigger(closesAt)).json()) as Report;
    expect(closing.closed).toContain(`${f.forum.id}/2`);
    const closed = (await getRoundByNumber(db(), f.forum.id, 2))!;
    expect(closed.state).toBe("closed");
    expect(closed.closedAt).toBe(closesAt);
    const snaps = await db().select().from(snapshots).where(eq(snapshots.roundId, closed.id));
    expect(snaps.length).toBeGreaterThan(0);
  });

  it("a draft whose closing time passed before it opened is not opened by the schedule, and says so", async () => {
    const f = await makeForum({ experts: 3 });
    await f.close(1);
    const now = Date.now();
    await createRound(
      db(),
      f.forum.id,
      {
        questionIds: [f.questions.binary.id],
        instructions: "",
        opensAt: iso(now - 2 * 86_400_000),
        closesAt: iso(now - 86_400_000),
      },
      f.organiser.user,
    );
    const page = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
    const schedule = page.slice(page.indexOf('id="schedule-2"'));
    expect(schedule).toContain('id="close-passed-2"');
    expect(schedule).toContain("set a new closing time");
    expect(schedule).not.toContain("opening overdue");
    expect(schedule).not.toContain("closed on");
    const report = (await (await trigger()).json()) as Report;
    expect(report.opened).not.toContain(`${f.forum.id}/2`);
    expect((await getRoundByNumber(db(), f.forum.id, 2))!.state).toBe("draft");
  });
});
