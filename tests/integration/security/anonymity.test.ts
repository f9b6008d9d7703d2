import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { closeRound, createRound, openRound, publishRound } from "../../../src/db/queries/round-control.js";
import { getRoundByNumber, listRoundQuestions } from "../../../src/db/queries/rounds.js";
import { forums, posts } from "../../../src/db/schema.js";
import { seedDemo } from "../../../src/demo/seed.js";
import type { AnswerValue } from "../../../src/domain/questions.js";
import { addInstitution, addMember, createUser, db, get, sessionCookie } from "../../helpers/app.js";
import { appRoutes, fillPath, paramNames } from "../../helpers/routes.js";
import { expectSafeResponse } from "../../helpers/security-checks.js";

/**
 * The anonymity leak scan: the demo forum (plus a lone expert whose institution stays below the n ≥ 3
 * threshold, discussion posts, a closed and published round 2 and an open round 3) is crawled as an
 * expert and as a stakeholder: every page reachable by links and hx-get, every GET route of the app
 * filled with the demo's ids, each also as an htmx fragment. No page may carry another expert's name,
 * e-mail, member or user id, the lone institution, or another member's answer or post timestamp.
 */

const LONE_INSTITUTION = "Lonely Institute of Solitary Studies";
const LONE_COUNTRY = "Isolania";

async function seedWorld() {
  const demo = await seedDemo(db());
  const d = db();
  const forum = (await d.select().from(forums).where(sql`id = ${demo.forumId}`).get())!;
  // A lone expert in an institution of one, who answers round 2 like everyone else.
  const lone = await createUser({ name: "Ludmila Lonesome", email: "ludmila.lonesome@example.org" });
  const inst = await addInstitution(forum.id, LONE_INSTITUTION, LONE_COUNTRY);
  const loneMember = await addMember(forum.id, lone.id, "expert", inst.id);
  const round2 = (await getRoundByNumber(d, forum.id, 2))!;
  const questions = await listRoundQuestions(d, round2.id);
  const experts = await d.all<{ id: number; userId: number }>(
    sql`SELECT id, user_id AS userId FROM members WHERE forum_id = ${forum.id} AND role = 'expert' AND status = 'active'`,
  );
  // Everyone answers round 2 (the first submitted answer of round 1 is reused as the value).
  for (const q of questions) {
    const sample = await d.get<{ value: string }>(
      sql`SELECT value FROM answers WHERE question_id = ${q.id} AND status = 'submitted' LIMIT 1`,
    );
    if (!sample) continue;
    for (const e of experts) {
      // Each expert's answer at its own minute, so a timestamp on a page points at one person.
      const at = Date.UTC(2026, 5, 1, 8, 0) + e.id * 61_000 + q.id * 7_000;
      await saveAnswer(
        d,
        {
          roundId: round2.id,
          questionId: q.id,
          memberId: e.id,
          value: JSON.parse(sample.value) as AnswerValue,
          rationale: `Reason of member ${e.id}`,
          status: "submitted",
          questionVersion: q.version,
        },
        at,
      );
    }
  }
  // Discussion posts by several experts, the lone one included.
  for (const e of [...experts.slice(1, 4), { id: loneMember.id }]) {
    await d.insert(posts).values({
      forumId: forum.id,
      roundId: round2.id,
      questionId: questions[0]!.id,
      memberId: e.id,
      body: `Post by member ${e.id}`,
      createdAt: new Date(Date.now() - 3_600_000 * (e.id % 7)).toISOString(),
    });
  }
  const organiser = { id: demo.organiser };
  await closeRound(d, forum, round2, organiser);
  await publishRound(d, forum, (await getRoundByNumber(d, forum.id, 2))!, organiser);
  const n3 = await createRound(
    d,
    forum.id,
    { questionIds: questions.map((q) => q.id), instructions: "" },
    organiser,
  );
  await openRound(d, forum, (await getRoundByNumber(d, forum.id, n3))!, organiser);
  return { demo, forum, loneMember };
}

/** What the viewer must never see: other experts' identities, ids and timestamps. */
async function forbiddenFor(viewerUserId: number) {
  const d = db();
  const others = await d.all<{ name: string; email: string; memberId: number; userId: number }>(sql`
    SELECT u.name AS name, u.email AS email, m.id AS memberId, u.id AS userId FROM members m
    JOIN users u ON u.id = m.user_id WHERE m.role = 'expert' AND u.id != ${viewerUserId}`);
  // Others' answer and post times, except those the viewer may see for another reason (their own rows,
  // round events) when they fall on the same instant or minute.
  const times = await d.all<{ t: string }>(sql`
    SELECT a.created_at AS t FROM answers a JOIN members m ON m.id = a.member_id WHERE m.user_id != ${viewerUserId}
    UNION SELECT p.created_at AS t FROM posts p JOIN members m ON m.id = p.member_id WHERE m.user_id != ${viewerUserId}`);
  const allowed = [
    ...(await d.all<{ t: string | null }>(sql`
      SELECT a.created_at AS t FROM answers a JOIN members m ON m.id = a.member_id WHERE m.user_id = ${viewerUserId}
      UNION SELECT p.created_at FROM posts p JOIN members m ON m.id = p.member_id WHERE m.user_id = ${viewerUserId}`)),
    ...(
      await d.all<{
        a: string | null;
        b: string | null;
        c: string | null;
        d: string | null;
        e: string | null;
        f: string | null;
      }>(
        sql`SELECT opened_at AS a, closed_at AS b, published_at AS c, opens_at AS d, closes_at AS e, created_at AS f FROM rounds`,
      )
    ).flatMap((r) => [r.a, r.b, r.c, r.d, r.e, r.f].map((t) => ({ t }))),
  ];
  const mine = new Set(allowed.flatMap(({ t }) => (t ? [t, t.slice(0, 16)] : [])));
  const strings = new Set<string>();
  for (const o of others) {
    strings.add(o.name);
    strings.add(o.email);
  }
  strings.add(LONE_INSTITUTION);
  strings.add(LONE_COUNTRY);
  const stamps = new Set<string>();
  for (const { t } of times) {
    for (const form of [t, t.slice(0, 16)]) // the instant, and to the minute
      if (!mine.has(form)) stamps.add(form);
  }
  for (const t of stamps) strings.add(t);
  const timestamps = stamps.size;
  return { strings: [...strings], others, timestamps };
}

const ID_PATTERNS = [
  /member-\d+/i,
  /user-\d+/i,
  /data-member/i,
  /data-user/i,
  /"(member|user)_?id"\s*:/i,
  /name="(member|user)_?id"/i,
];

/** Crawls from the start pages, following same-origin links, form-less hx-get and the filled GET routes. */
async function crawl(cookie: string, starts: string[]) {
  const seen = new Set<string>();
  const queue = [...starts];
  const pages: { path: string; html: string; status: number; htmx: boolean }[] = [];
  const fragments = new Set<string>();
  while (queue.length > 0 && seen.size < 400) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const htmx of fragments.has(path) || /\/(questions|live|discussion)/.test(path)
      ? [false, true]
      : [false]) {
      const res = await get(path, cookie, htmx ? { "HX-Request": "true" } : {});
      const html = await expectSafeResponse(res, { signedIn: true, path });
      pages.push({ path, html, status: res.status, htmx });
      if (htmx) continue;
      const location = res.headers.get("Location");
      if (location?.startsWith("/")) queue.push(location.split("#")[0]!);
      for (const m of html.matchAll(/(href|hx-get)="(\/[^"#]*)/g)) {
        const link = m[2]!.replace(/&amp;/g, "&");
        if (m[1] === "hx-get") fragments.add(link);
        if (
          !link.startsWith("/signout") &&
          !link.startsWith("/auth/") &&
          !/\.(css|js|svg|png|ico)$/.test(link)
        )
          queue.push(link);
      }
    }
  }
  return pages;
}

/** Every GET route of the app filled with the demo's ids (all rounds, questions and posts of its forums). */
async function routeStarts(forumIds: number[]) {
  const d = db();
  const out: string[] = [];
  for (const forumId of forumIds) {
    const rounds = await d.all<{ number: number; id: number }>(
      sql`SELECT number, id FROM rounds WHERE forum_id = ${forumId}`,
    );
    for (const route of appRoutes().filter((r) => r.method === "GET")) {
      const names = paramNames(route.path);
      if (names.some((n) => !["forumId", "id", "n", "qid", "pid", "setId"].includes(n))) continue;
      for (const r of names.includes("n") ? rounds : [rounds[0]]) {
        if (!r) continue;
        const qs = names.includes("qid")
          ? await d.all<{ id: number }>(
              sql`SELECT question_id AS id FROM round_questions WHERE round_id = ${r.id}`,
            )
          : [{ id: 0 }];
        for (const q of qs) {
          const set = await d.get<{ id: number }>(
            sql`SELECT id FROM scenario_sets WHERE forum_id = ${forumId}`,
          );
          out.push(
            fillPath(route.path, {
              forumId,
              id: forumId,
              n: r.number,
              qid: q.id,
              pid: 1,
              setId: set?.id ?? 0,
            }),
          );
        }
      }
    }
  }
  return out;
}

describe("anonymity leak scan over the demo forum", () => {
  it("no page or fragment shown to an expert or a stakeholder names, ids or timestamps another expert", async () => {
    const { demo } = await seedWorld();
    const forumIds = (await db().all<{ id: number }>(sql`SELECT id FROM forums`)).map((f) => f.id);
    const starts = ["/forums", "/me/scores", ...(await routeStarts(forumIds))];
    let pagesScanned = 0;
    let leaks: string[] = [];
    for (const [who, userId] of [
      ["expert", demo.expert],
      ["stakeholder", demo.stakeholder],
    ] as const) {
      const { strings, timestamps } = await forbiddenFor(userId);
      const pages = await crawl(await sessionCookie(userId), starts);
      const shown = pages.filter((p) => p.status === 200);
      pagesScanned += shown.length;
      for (const p of shown) {
        for (const s of strings)
          if (p.html.includes(s)) leaks.push(`${who} ${p.path}${p.htmx ? " (htmx)" : ""}: "${s}"`);
        for (const re of ID_PATTERNS)
          if (re.test(p.html)) leaks.push(`${who} ${p.path}${p.htmx ? " (htmx)" : ""}: ${re}`);
      }
      console.log(
        `[anonymity] ${who}: ${pages.length} responses (${shown.length} with 200), ${strings.length} forbidden strings checked (${timestamps} of them timestamps)`,
      );
    }
    leaks = [...new Set(leaks)];
    // The scanner itself must see a leak where one is: the organiser's panel names every expert.
    const { strings } = await forbiddenFor(demo.expert);
    const panel = await (
      await get(`/forums/${demo.forumId}/panel`, await sessionCookie(demo.organiser))
    ).text();
    expect(strings.filter((s) => panel.includes(s)).length).toBeGreaterThan(10);
    console.log(`[anonymity] ${pagesScanned} pages and fragments scanned, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    expect(pagesScanned).toBeGreaterThan(20);
  }, 300_000);
});
