import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../src/crypto.js";
import { createApiToken } from "../../../src/db/queries/api-tokens.js";
import { createToken } from "../../../src/db/queries/auth.js";
import { members, posts, shareLinks } from "../../../src/db/schema.js";
import { createUser, db, ORIGIN, request, sessionCookie } from "../../helpers/app.js";
import { makeForum, type TestForum } from "../../helpers/forum.js";
import { appRoutes, fillPath, paramNames, type RouteKey } from "../../helpers/routes.js";
import { expectSafeResponse } from "../../helpers/security-checks.js";
// The development entry (npm start) adds /dev to the same app: the matrix covers its routes too.
import "../../../src/dev-entry.js";

/**
 * The access matrix: EVERY route of the app (read from app.routes) × six callers × own/foreign object,
 * each cell asserting one exact status. A route without an entry in SPECS fails the first test by name.
 */

type Role = "anonymous" | "expert" | "expertOther" | "stakeholder" | "organiser" | "organiserOther";
const ROLES: Role[] = ["anonymous", "expert", "expertOther", "stakeholder", "organiser", "organiserOther"];

/**
 * How a route guards itself:
 * - forum: under /forums/:forumId with forumAccess: anonymous GET 303 to sign-in, POST 401; a non-member
 *   404; a member without the role 403.
 * - api: JSON API: anonymous 401, non-member 404, member without the role 403.
 * - user: needs any signed-in user (anonymous GET 303, POST 401).
 * - public: anyone.
 * - dev: development helpers, 404 for everyone without DEV_TOOLS and its secret (as in tests and production).
 */
type Guard = "forum" | "api" | "user" | "public" | "dev";

type Spec = {
  guard: Guard;
  /** Roles that pass the guard (the rest are refused as the guard says). "all" = every caller. */
  allow: Role[] | "all";
  /** Status for an allowed role with this forum's own objects: one number, or per role. */
  ok: number | Partial<Record<Role, number>>;
  /** Status for an allowed role when one object id in the URL belongs to another forum (default 404). */
  foreign?: number;
  /** Form fields sent with a POST (default none: most forms then answer 422 and change nothing). */
  body?: Record<string, string>;
  /** Object ids to use instead of the defaults for this route. */
  own?: (w: World) => Record<string, string | number>;
  /** Exact statuses that override the guard's refusals, per role. */
  refused?: Partial<Record<Role, number>>;
};

const ORG: Role[] = ["organiser"];
const MEMBERS: Role[] = ["expert", "stakeholder", "organiser"];
const SIGNED_IN: Role[] = ["expert", "expertOther", "stakeholder", "organiser", "organiserOther"];

/** One entry per route, in the app's registration order (the organiser's requests run in this order). */
const SPECS: Record<string, Spec> = {
  "GET /": { guard: "public", allow: "all", ok: { anonymous: 200, ...fill(SIGNED_IN, 303) } },
  "GET /forums": { guard: "user", allow: SIGNED_IN, ok: 200 },
  // Forum creation: the helper's organisers may create forums; experts and stakeholders may not.
  "GET /forums/new": {
    guard: "user",
    allow: SIGNED_IN,
    ok: { organiser: 200, organiserOther: 200, expert: 403, expertOther: 403, stakeholder: 403 },
  },
  "POST /forums": {
    guard: "user",
    allow: SIGNED_IN,
    ok: { organiser: 422, organiserOther: 422, expert: 403, expertOther: 403, stakeholder: 403 },
  },
  "GET /health": { guard: "public", allow: "all", ok: 200 },
  // EXCALIBUR import in the browser: the same right as forum creation (an empty body is 422 / refused).
  "GET /forums/new/excalibur": {
    guard: "user",
    allow: SIGNED_IN,
    ok: { organiser: 200, organiserOther: 200, expert: 403, expertOther: 403, stakeholder: 403 },
  },
  "POST /forums/new/excalibur/preview": {
    guard: "user",
    allow: SIGNED_IN,
    ok: { organiser: 422, organiserOther: 422, expert: 403, expertOther: 403, stakeholder: 403 },
  },
  "POST /forums/new/excalibur": {
    guard: "user",
    allow: SIGNED_IN,
    ok: { organiser: 422, organiserOther: 422, expert: 403, expertOther: 403, stakeholder: 403 },
  },
  "GET /signin": { guard: "public", allow: "all", ok: 200 },
  "GET /glossary": { guard: "public", allow: "all", ok: 200 },
  // Shared links: public; a token that opens nothing answers 404 for everyone (sharing.test.ts reads real ones).
  "GET /s/:token": { guard: "public", allow: "all", ok: 404, own: () => ({ token: "s".repeat(43) }) },
  "GET /s/:token/report": { guard: "public", allow: "all", ok: 404, own: () => ({ token: "s".repeat(43) }) },
  "GET /s/:token/embed/:questionId": {
    guard: "public",
    allow: "all",
    ok: 404,
    own: () => ({ token: "s".repeat(43), questionId: 1 }),
  },
  "POST /signin": { guard: "public", allow: "all", ok: 200, body: { email: "matrix@example.org" } },
  "GET /auth/:token": { guard: "public", allow: "all", ok: 200, foreign: 410 },
  "POST /auth/:token": { guard: "public", allow: "all", ok: 303, foreign: 410 },
  // Only an invitation for an existing account can ask for a sign-in link; the matrix's token is a sign-in link.
  "POST /auth/:token/signin-link": { guard: "public", allow: "all", ok: 410, foreign: 410 },
  "POST /signout": { guard: "public", allow: "all", ok: 303 },
  "GET /forums/:forumId": {
    guard: "forum",
    allow: MEMBERS,
    ok: { organiser: 200, expert: 303, stakeholder: 303 },
  },
  "GET /forums/:forumId/scenarios": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/scenarios": { guard: "forum", allow: ORG, ok: 422 },
  "GET /forums/:forumId/questions": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/questions/kind-fields": { guard: "forum", allow: ORG, ok: 200 },
  // Moving reorders; deleting a question the matrix's open round asked is refused (409: part of the record).
  "POST /forums/:forumId/questions/:qid/move": { guard: "forum", allow: ORG, ok: 303 },
  "POST /forums/:forumId/questions/:qid/delete": { guard: "forum", allow: ORG, ok: 409 },
  "POST /forums/:forumId/questions": { guard: "forum", allow: ORG, ok: 422 },
  "GET /forums/:forumId/panel": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/panel/invite": { guard: "forum", allow: ORG, ok: 422 },
  "POST /forums/:forumId/panel/:memberId/resend": { guard: "forum", allow: ORG, ok: 303 },
  "POST /forums/:forumId/panel/:memberId/remove": {
    guard: "forum",
    allow: ORG,
    ok: 303,
    body: { confirm: "1" },
  },
  "POST /forums/:forumId/rounds": { guard: "forum", allow: ORG, ok: 422 },
  // Round 1 is open: opening it again is refused with 409; closing it works, then publishing.
  // Irreversible actions act only with confirm=1 (without it: a 200 confirmation page, changing nothing).
  // The live monitor exists only while a round is open; round 1 is closed by the time it is reached
  // (tests/integration/expert/realtime.test.ts covers the open round).
  "GET /forums/:forumId/rounds/:n/monitor": { guard: "forum", allow: ORG, ok: 404 },
  // So is the list of who has not answered (tests/integration/organiser/overview-parts.test.ts: open round).
  "GET /forums/:forumId/rounds/:n/incomplete": { guard: "forum", allow: ORG, ok: 404 },
  "GET /forums/:forumId/participation/rate": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/participation/attrition": { guard: "forum", allow: ORG, ok: 200 },
  // Remind now: round 1 is closed by the organiser's turn (tests/integration/organiser/reminders.test.ts: open round).
  "POST /forums/:forumId/rounds/:n/remind": { guard: "forum", allow: ORG, ok: 409 },
  "POST /forums/:forumId/rounds/:n/open": { guard: "forum", allow: ORG, ok: 409 },
  "POST /forums/:forumId/rounds/:n/close": { guard: "forum", allow: ORG, ok: 303, body: { confirm: "1" } },
  "POST /forums/:forumId/rounds/:n/publish": { guard: "forum", allow: ORG, ok: 303, body: { confirm: "1" } },
  "POST /forums/:forumId/rounds/:n/synthesis": {
    guard: "forum",
    allow: ORG,
    ok: 303,
    body: { synthesis: "A short synthesis." },
  },
  "GET /forums/:forumId/rounds/:n/results": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/settings/feedback": { guard: "forum", allow: ORG, ok: 303 },
  "GET /forums/:forumId/resolutions": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/questions/:qid/resolve": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/questions/:qid/resolve": { guard: "forum", allow: ORG, ok: 422 },
  "POST /forums/:forumId/questions/:qid/seed": {
    guard: "forum",
    allow: ORG,
    ok: 303,
    own: (w) => ({ qid: w.a.questions.quantity.id }),
  },
  "POST /forums/:forumId/close": { guard: "forum", allow: ORG, ok: 303, body: { confirm: "1" } },
  // No quantity question has answers yet, so there is no EXCALIBUR study to export: 404.
  "GET /forums/:forumId/export/:file{excalibur\\.(dtt|rls)}": { guard: "forum", allow: ORG, ok: 404 },
  "GET /forums/:forumId/scores": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/cooke": { guard: "forum", allow: ORG, ok: 200 },
  // Experts read the discussion on the question page (303 there); organisers get the moderation page.
  "GET /forums/:forumId/rounds/:n/questions/:qid/discussion": {
    guard: "forum",
    allow: ["expert", "organiser"],
    ok: { expert: 303, organiser: 200 },
  },
  // Experts post; organisers write facilitator notes (the round is closed by the organiser's turn: 409).
  "POST /forums/:forumId/rounds/:n/questions/:qid/posts": {
    guard: "forum",
    allow: ["expert", "organiser"],
    ok: { expert: 422, organiser: 409 },
  },
  "POST /forums/:forumId/rounds/:n/questions/:qid/posts/:pid/unhide": { guard: "forum", allow: ORG, ok: 303 },
  "GET /forums/:forumId/discussion": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/rounds/:n/questions/:qid/posts/:pid/useful": {
    guard: "forum",
    allow: ["expert"],
    ok: 303,
  },
  "POST /forums/:forumId/rounds/:n/questions/:qid/posts/:pid/hide": {
    guard: "forum",
    allow: ORG,
    ok: 303,
    body: { reason: "Off topic." },
  },
  // The live panel exists only when the forum turns live feedback on (it is off here): 404.
  "GET /forums/:forumId/rounds/:n/questions/:qid/live": { guard: "forum", allow: ["expert"], ok: 404 },
  "GET /forums/:forumId/rounds": { guard: "forum", allow: ["expert"], ok: 200 },
  "GET /forums/:forumId/rounds/:n": { guard: "forum", allow: ["expert"], ok: 200 },
  "GET /forums/:forumId/rounds/:n/questions/:qid": { guard: "forum", allow: ["expert"], ok: 200 },
  // The previous round's reasons, a page at a time: round 1 has no earlier round (404);
  // tests/integration/expert/feedback-reasons.test.ts reads them (200).
  "GET /forums/:forumId/rounds/:n/questions/:qid/reasons": { guard: "forum", allow: ["expert"], ok: 404 },
  "POST /forums/:forumId/rounds/:n/questions/:qid": {
    guard: "forum",
    allow: ["expert"],
    ok: 303,
    body: { p: "35", rationale: "matrix", intent: "submit" },
  },
  "GET /forums/:forumId/dashboard": { guard: "forum", allow: MEMBERS, ok: 200 },
  // A card's breakdown, loaded on opening: experts never get subgroups (404); round 1 is unpublished at
  // the stakeholder's turn and, once the organiser publishes it, its one answer is too few for any
  // figure (404). tests/integration/results/dashboard.test.ts reads breakdowns (200).
  "GET /forums/:forumId/dashboard/rounds/:n/breakdown/:qid": { guard: "forum", allow: MEMBERS, ok: 404 },
  // A quantity card's per-expert ranges, loaded on opening past 60 experts: the matrix's quantity
  // question has no answer in round 1 (404); tests/integration/results/dashboard.test.ts reads them (200).
  "GET /forums/:forumId/dashboard/rounds/:n/ranges/:qid": {
    guard: "forum",
    allow: MEMBERS,
    ok: 404,
    own: (w) => ({ qid: w.a.questions.quantity.id }),
  },
  "GET /outbox": {
    guard: "user",
    allow: SIGNED_IN,
    ok: { organiser: 200, organiserOther: 200, expert: 403, expertOther: 403, stakeholder: 403 },
  },
  "GET /forums/:forumId/my-scores": { guard: "forum", allow: ["expert"], ok: 200 },
  "GET /me/scores": { guard: "user", allow: SIGNED_IN, ok: 200 },
  "GET /api/v1/forums": { guard: "api", allow: SIGNED_IN, ok: 200 },
  // Round 1 is open: organisers see its live results, experts and stakeholders only published ones (404).
  "GET /api/v1/forums/:id/rounds/:n/results": {
    guard: "api",
    allow: MEMBERS,
    ok: { organiser: 200, expert: 404, stakeholder: 404 },
  },
  "GET /api/v1/forums/:id/export": { guard: "api", allow: ORG, ok: 200 },
  "GET /api/v1/forums/:id/scores": { guard: "api", allow: ORG, ok: 200 },
  // No seed question is resolved in this forum: Cooke's model cannot run (422).
  "GET /api/v1/forums/:id/cooke": { guard: "api", allow: ORG, ok: 422 },
  "POST /api/v1/forums/import/excalibur": {
    guard: "api",
    allow: SIGNED_IN,
    ok: { organiser: 422, organiserOther: 422, expert: 403, expertOther: 403, stakeholder: 403 },
  },
  "GET /forums/:forumId/ideas": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/ideas": { guard: "forum", allow: ORG, ok: 422 },
  // Round 1 is a forecasting round, not an ideas round: the ideas routes answer 404 for it.
  "POST /forums/:forumId/rounds/:n/ideas/:ideaId/:action{merge|edit|reject|promote}": {
    guard: "forum",
    allow: ORG,
    ok: 404,
  },
  "GET /forums/:forumId/proposals": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/proposals": { guard: "forum", allow: ORG, ok: 422 },
  // The form is validated before the question is looked up: an empty body is 422 for any question id.
  "POST /forums/:forumId/proposals/:qid/revise": { guard: "forum", allow: ORG, ok: 422, foreign: 422 },
  "GET /forums/:forumId/rounds/:n/ideas": { guard: "forum", allow: ["expert", "organiser"], ok: 404 },
  "POST /forums/:forumId/rounds/:n/ideas": { guard: "forum", allow: ["expert"], ok: 404 },
  "POST /forums/:forumId/rounds/:n/ideas/:ideaId": { guard: "forum", allow: ["expert"], ok: 404 },
  "POST /forums/:forumId/rounds/:n/ideas/:ideaId/rate": { guard: "forum", allow: ["expert"], ok: 404 },
  "GET /forums/:forumId/my-ideas": { guard: "forum", allow: ["expert"], ok: 200 },
  "GET /forums/:forumId/briefing": { guard: "forum", allow: ["expert"], ok: 200 },
  // Round 1 is open: the organiser's report exists, the stakeholders' only once published (404).
  "GET /forums/:forumId/rounds/:n/report": {
    guard: "forum",
    allow: ["organiser", "stakeholder"],
    ok: { organiser: 200, stakeholder: 404 },
  },
  "GET /forums/:forumId/export.json": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/export/answers.csv": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/export/results.csv": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/api-tokens": { guard: "forum", allow: ORG, ok: 200 },
  // A token without a label is allowed (201, shown once).
  "POST /forums/:forumId/api-tokens": { guard: "forum", allow: ORG, ok: 201 },
  // Revoking is idempotent: another forum's token id answers the same 303 and changes nothing (the
  // query is scoped by forum; "the other forum is untouched" below proves it).
  "POST /forums/:forumId/api-tokens/:tokenId/revoke": {
    guard: "forum",
    allow: ORG,
    ok: 303,
    foreign: 303,
    body: { confirm: "1" },
  },
  "GET /forums/:forumId/sharing": { guard: "forum", allow: ORG, ok: 200 },
  // The organiser's walk has published round 1 by now: the link is made (201, shown once).
  "POST /forums/:forumId/sharing": { guard: "forum", allow: ORG, ok: 201, body: { round: "1" } },
  // Revoking is idempotent and scoped by forum, like a read token's.
  "POST /forums/:forumId/sharing/:linkId/revoke": {
    guard: "forum",
    allow: ORG,
    ok: 303,
    foreign: 303,
    body: { confirm: "1" },
  },
  "POST /locale": { guard: "public", allow: "all", ok: 303, body: { locale: "en", next: "/" } },
  "GET /forums/:forumId/questions/:qid/translations": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/questions/:qid/translations": { guard: "forum", allow: ORG, ok: 303 },
  "GET /forums/:forumId/scenarios/:setId/translations": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/scenarios/:setId/translations": { guard: "forum", allow: ORG, ok: 303 },
  // Round 1 is already open: scheduling it is refused with 409.
  "POST /forums/:forumId/rounds/:n/schedule": { guard: "forum", allow: ORG, ok: 409 },
  "GET /forums/:forumId/settings": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/settings": { guard: "forum", allow: ORG, ok: 303 },
  "POST /forums/:forumId/clone": { guard: "forum", allow: ORG, ok: 303 },
  "GET /forums/:forumId/audit": { guard: "forum", allow: ORG, ok: 200 },
  "GET /forums/:forumId/panel/import": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/panel/import": { guard: "forum", allow: ORG, ok: 422 },
  "GET /me/settings": { guard: "user", allow: SIGNED_IN, ok: 200 },
  "POST /me/settings": { guard: "user", allow: SIGNED_IN, ok: 422 },
  "GET /me/export": { guard: "user", allow: SIGNED_IN, ok: 200 },
  "GET /me/erase": { guard: "user", allow: SIGNED_IN, ok: 200 },
  "POST /me/erase": { guard: "user", allow: SIGNED_IN, ok: 422 },
  // An unknown unsubscribe key (the matrix has none of a real reminder): 404 for everyone.
  "GET /reminders/unsubscribe/:key": { guard: "public", allow: "all", ok: 404 },
  "POST /reminders/unsubscribe/:key": { guard: "public", allow: "all", ok: 404 },
  // The matrix's own token is a sign-in link, which cannot be declined (only invitations): 410.
  "GET /auth/:token/decline": { guard: "public", allow: "all", ok: 410, foreign: 410 },
  "POST /auth/:token/decline": { guard: "public", allow: "all", ok: 410, foreign: 410 },
  "GET /api/v1/forums/:id/audit": { guard: "api", allow: ORG, ok: 200 },
  "GET /forums/:forumId/questions/import": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/questions/import": { guard: "forum", allow: ORG, ok: 422 },
  "GET /forums/:forumId/questions/:qid/edit": { guard: "forum", allow: ORG, ok: 200 },
  "POST /forums/:forumId/questions/:qid/edit": { guard: "forum", allow: ORG, ok: 422 },
  "POST /dev/seed": { guard: "dev", allow: [], ok: 404 },
  "POST /dev/seed-scale": { guard: "dev", allow: [], ok: 404 },
  "POST /dev/scale-sessions": { guard: "dev", allow: [], ok: 404 },
  // The local Cron trigger (npm run cron): runs the scheduled handler; 404 without DEV_TOOLS and the secret.
  "POST /dev/scheduled": { guard: "dev", allow: [], ok: 404 },
};

function fill(roles: Role[], status: number): Partial<Record<Role, number>> {
  return Object.fromEntries(roles.map((r) => [r, status]));
}

/** The status a role must get on a route (own objects, or one foreign object when `foreign`). */
function expected(spec: Spec, role: Role, method: string, foreign: boolean): number {
  if (spec.refused?.[role] !== undefined) return spec.refused[role]!;
  const allowed = spec.allow === "all" || spec.allow.includes(role);
  if (allowed) {
    if (foreign) return spec.foreign ?? 404;
    return typeof spec.ok === "number" ? spec.ok : spec.ok[role]!;
  }
  switch (spec.guard) {
    case "dev":
      return 404;
    case "public":
      throw new Error("a public route allows everyone");
    case "user":
      return role === "anonymous" ? (method === "GET" ? 303 : 401) : 403;
    case "api":
      if (role === "anonymous") return 401;
      return role === "expertOther" || role === "organiserOther" ? 404 : 403;
    case "forum":
      if (role === "anonymous") return method === "GET" ? 303 : 401;
      return role === "expertOther" || role === "organiserOther" ? 404 : 403;
  }
}

type World = {
  a: TestForum;
  b: TestForum;
  own: Record<string, string | number>;
  foreign: Record<string, string | number>;
};

/** This forum (a) and another (b), with an invited and a removable member and a post in each. */
async function seedWorld(): Promise<World> {
  const [a, b] = [await makeForum(), await makeForum()];
  const extra = async (f: TestForum) => {
    const invited = await createUser();
    const removable = await createUser();
    const inv = await db()
      .insert(members)
      .values({
        forumId: f.forum.id,
        userId: invited.id,
        role: "expert",
        pseudonym: rnd(),
        status: "invited",
      })
      .returning()
      .get();
    const rem = await db()
      .insert(members)
      .values({
        forumId: f.forum.id,
        userId: removable.id,
        role: "stakeholder",
        pseudonym: rnd(),
        status: "active",
      })
      .returning()
      .get();
    const round = await db().get<{ id: number }>(
      sql`SELECT id FROM rounds WHERE forum_id = ${f.forum.id} AND number = 1`,
    );
    const post = await db()
      .insert(posts)
      .values({
        forumId: f.forum.id,
        roundId: round!.id,
        questionId: f.questions.binary.id,
        memberId: f.experts[1]!.member.id,
        body: "A post by another expert.",
      })
      .returning()
      .get();
    await createApiToken(db(), f.forum.id, "matrix", f.organiser.user);
    const token = await db().get<{ id: number }>(
      sql`SELECT id FROM api_tokens WHERE forum_id = ${f.forum.id} ORDER BY id DESC LIMIT 1`,
    );
    const link = await db()
      .insert(shareLinks)
      .values({
        forumId: f.forum.id,
        roundId: round!.id,
        hash: rnd() + f.forum.id,
        createdBy: f.organiser.user.id,
      })
      .returning()
      .get();
    return { invited: inv.id, removable: rem.id, post: post.id, apiToken: token!.id, shareLink: link.id };
  };
  const ea = await extra(a);
  const eb = await extra(b);
  return {
    a,
    b,
    own: {
      forumId: a.forum.id,
      id: a.forum.id,
      n: 1,
      qid: a.questions.binary.id,
      pid: ea.post,
      file: "excalibur.dtt",
      action: "reject",
      ideaId: 1,
      tokenId: ea.apiToken,
      linkId: ea.shareLink,
      setId: setOf(a),
      key: "k".repeat(43),
    },
    foreign: {
      id: b.forum.id,
      n: 99,
      qid: b.questions.binary.id,
      pid: eb.post,
      memberId: eb.invited,
      tokenId: eb.apiToken,
      linkId: eb.shareLink,
      setId: setOf(b),
    },
  };
}

const setOf = (f: TestForum) => (f.questions.allocation.config as { scenarioSetId: number }).scenarioSetId;

/** Everything of a forum a request could change, to prove another forum's callers changed nothing. */
async function forumState(forumId: number) {
  const q = async (query: ReturnType<typeof sql>) => JSON.stringify(await db().all(query));
  return [
    await q(sql`SELECT * FROM forums WHERE id = ${forumId}`),
    await q(sql`SELECT id, status, role FROM members WHERE forum_id = ${forumId} ORDER BY id`),
    await q(sql`SELECT id, state, synthesis FROM rounds WHERE forum_id = ${forumId} ORDER BY id`),
    await q(sql`SELECT * FROM questions WHERE forum_id = ${forumId} ORDER BY id`),
    await q(sql`SELECT id, revoked_at FROM api_tokens WHERE forum_id = ${forumId} ORDER BY id`),
    await q(sql`SELECT id, revoked_at FROM share_links WHERE forum_id = ${forumId} ORDER BY id`),
    await q(sql`SELECT id, hidden_at FROM posts WHERE forum_id = ${forumId} ORDER BY id`),
    await q(
      sql`SELECT count(*) FROM answers a JOIN rounds r ON r.id = a.round_id WHERE r.forum_id = ${forumId}`,
    ),
    await q(sql`SELECT count(*) FROM audit_log WHERE forum_id = ${forumId}`),
    await q(sql`SELECT count(*) FROM outbox WHERE forum_id = ${forumId}`),
  ];
}

let pseudo = 0;
const rnd = () => `Z${(++pseudo).toString(36).toUpperCase().padStart(4, "Q")}`.slice(0, 5);

/** The user id behind each role (null for anonymous). */
function userOf(w: World, role: Role): number | null {
  switch (role) {
    case "anonymous":
      return null;
    case "expert":
      return w.a.experts[0]!.user.id;
    case "expertOther":
      return w.b.experts[0]!.user.id;
    case "stakeholder":
      return w.a.stakeholder.user.id;
    case "organiser":
      return w.a.organiser.user.id;
    case "organiserOther":
      return w.b.organiser.user.id;
  }
}

let ip = 0;

/** Sends one cell's request; a fresh session per request, so POST /signout cannot end later cells. */
async function send(
  w: World,
  method: string,
  path: string,
  role: Role,
  routePath: string,
  spec: Spec,
  own: boolean,
) {
  const uid = userOf(w, role);
  const headers: Record<string, string> = {
    "CF-Connecting-IP": `10.0.${Math.floor(++ip / 250)}.${ip % 250}`,
  };
  if (uid !== null) headers.Cookie = await sessionCookie(uid);
  if (method === "GET") return request(path, { method, headers });
  const fields = routePath === "/signin" ? { email: `matrix-${ip}@example.org` } : (spec.body ?? {});
  void own;
  return request(path, {
    method,
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    body: new URLSearchParams(fields),
  });
}

async function valuesFor(w: World, routePath: string, own: boolean) {
  const values: Record<string, string | number> = { ...w.own };
  // Fresh objects that a request spends or changes.
  if (paramNames(routePath).includes("token")) {
    const user = await createUser();
    values.token = own ? await createToken(db(), { purpose: "signin", userId: user.id }) : "A".repeat(43);
  }
  if (routePath.includes(":memberId")) {
    const memberOf = routePath.endsWith("/remove") ? "removable" : "invited";
    const row = await db().get<{ id: number }>(sql`
      SELECT id FROM members WHERE forum_id = ${w.a.forum.id}
        AND status = ${memberOf === "invited" ? "invited" : "active"} AND role = ${memberOf === "invited" ? "expert" : "stakeholder"}
        AND user_id NOT IN (${w.a.stakeholder.user.id}) ORDER BY id DESC LIMIT 1`);
    values.memberId = row?.id ?? 0;
  }
  return values;
}

/** The variants of a route: its own objects, and one per object parameter replaced by a foreign one. */
function variants(w: World, routePath: string): { own: boolean; param?: string }[] {
  // The forum itself (:forumId, the API's :id) is covered by the other forum's callers; a file name or an
  // action is not an object.
  const objectParams = paramNames(routePath).filter(
    (p) => !["forumId", "id", "file", "action"].includes(p) && (p in w.foreign || p === "token"),
  );
  return [{ own: true }, ...objectParams.map((param) => ({ own: false, param }))];
}

describe("access matrix: every route × role × own/foreign object", () => {
  it("has an expectation for every route of the app (new routes must be added here)", () => {
    const missing = appRoutes()
      .map((r) => r.key)
      .filter((k) => !(k in SPECS));
    const stale = Object.keys(SPECS).filter((k) => !appRoutes().some((r) => r.key === k));
    if (missing.length || stale.length)
      console.error(`[matrix] routes without expectation: ${missing.join(", ")}; stale: ${stale.join(", ")}`);
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  const totals = { cells: 0, allowed: 0, refused: 0, unexpectedSuccess: 0, mismatches: 0 };
  for (const role of ROLES) {
    it(`${role}: every cell has its exact status`, async () => {
      const w = await seedWorld();
      const otherBefore = await forumState(w.b.forum.id);
      const ownBefore = await forumState(w.a.forum.id);
      const mismatches: string[] = [];
      for (const route of appRoutes()) {
        const spec = SPECS[route.key as RouteKey];
        if (!spec) continue;
        for (const v of variants(w, route.path)) {
          const values = { ...(await valuesFor(w, route.path, v.own)), ...(spec.own?.(w) ?? {}) };
          if (!v.own && v.param) values[v.param] = v.param === "token" ? "A".repeat(43) : w.foreign[v.param]!;
          const path = fillPath(route.path, values);
          const res = await send(w, route.method, path, role, route.path, spec, v.own);
          const want = expected(spec, role, route.method, !v.own);
          const allowed = spec.allow === "all" || spec.allow.includes(role);
          totals.cells++;
          if (allowed && v.own) totals.allowed++;
          else totals.refused++;
          await expectSafeResponse(res, { signedIn: role !== "anonymous", path });
          if (res.status !== want) {
            totals.mismatches++;
            // A refusal expected but a success (2xx, or a redirect other than to sign-in) received.
            const location = res.headers.get("Location") ?? "";
            const success = res.status < 300 || (res.status < 400 && !location.startsWith("/signin"));
            if (!(allowed && v.own) && success) totals.unexpectedSuccess++;
            mismatches.push(
              `${route.method} ${path} [${route.key}${v.own ? "" : `, foreign :${v.param}`}] as ${role}: ${res.status}, expected ${want}`,
            );
          }
          if (role === "anonymous" && want === 303 && route.method === "GET" && spec.guard !== "public")
            expect(res.headers.get("Location")).toBe(`/signin?next=${encodeURIComponent(path)}`);
        }
      }
      console.log(
        `[matrix] ${role}: ${totals.cells} cells so far, ${totals.allowed} allowed, ${totals.refused} refused, ` +
          `${totals.mismatches} mismatches, ${totals.unexpectedSuccess} unexpected successes`,
      );
      expect(mismatches).toEqual([]);
      // No caller changed the other forum through this forum's URLs (foreign ids included).
      expect(await forumState(w.b.forum.id)).toEqual(otherBefore);
      // Callers refused everywhere in this forum changed nothing in it either (experts only their answers).
      if (role !== "organiser" && role !== "expert")
        expect(await forumState(w.a.forum.id)).toEqual(ownBefore);
    }, 120_000);
  }
});

/**
 * Invitation flows × callers (issue 13, F1). Forum a's organiser invites, through the panel: a new
 * address, an expert of forum b (an existing account) and forum b's organiser (a second organiser who owns
 * another forum). Every caller of the matrix, and the invitee, opens and posts each link. Only the invitee
 * may join, and only a new address's link ever opens a session, for that new account alone.
 */
describe("access matrix: invitation links × callers", () => {
  type Invitee = "newAddress" | "expertOther" | "organiserOther";
  type Caller = Role | "invitee";
  const CALLERS: Caller[] = [...ROLES, "invitee"];
  /** What a caller's POST of the link must do: "session" (303 + cookie of the invitee), "join" (303, no cookie), "refuse" (409, nothing). */
  const want = (invitee: Invitee, caller: Caller): { mode: string; post: "session" | "join" | "refuse" } => {
    const isInvitee = caller === "invitee" || caller === invitee;
    if (invitee === "newAddress")
      return caller === "anonymous" || caller === "invitee"
        ? { mode: "accept", post: "session" }
        : { mode: "wrongAccount", post: "refuse" };
    if (isInvitee) return { mode: "join", post: "join" };
    return caller === "anonymous"
      ? { mode: "signInFirst", post: "refuse" }
      : { mode: "wrongAccount", post: "refuse" };
  };

  it("only the invitee joins; no link opens an existing account; the other forum is untouched", async () => {
    const w = await seedWorld();
    const otherBefore = await forumState(w.b.forum.id);
    const organiserA = await sessionCookie(w.a.organiser.user.id);
    const mismatches: string[] = [];
    let cells = 0;
    for (const invitee of ["newAddress", "expertOther", "organiserOther"] as const) {
      for (const caller of CALLERS) {
        // A fresh invitation per cell (a join spends it); the existing invitee is removed between cells.
        const email =
          invitee === "newAddress"
            ? `matrix-new-${++ip}@example.org`
            : invitee === "expertOther"
              ? w.b.experts[0]!.user.email
              : w.b.organiser.user.email;
        await db().run(sql`DELETE FROM tokens WHERE member_id IN (SELECT m.id FROM members m JOIN users u
          ON u.id = m.user_id WHERE m.forum_id = ${w.a.forum.id} AND u.email = ${email})`);
        await db().run(sql`DELETE FROM members WHERE forum_id = ${w.a.forum.id}
          AND user_id = (SELECT id FROM users WHERE email = ${email})`);
        const invited = await request(`/forums/${w.a.forum.id}/panel/invite`, {
          method: "POST",
          headers: {
            Cookie: organiserA,
            "Content-Type": "application/x-www-form-urlencoded",
            Origin: ORIGIN,
          },
          body: new URLSearchParams({ name: "Matrix Invitee", email, role: "stakeholder" }),
        });
        expect(invited.status).toBe(303);
        const mail = await db().get<{ text_body: string }>(
          sql`SELECT text_body FROM outbox WHERE to_email = ${email} AND kind = 'invite' ORDER BY id DESC LIMIT 1`,
        );
        const link = `/auth/${mail!.text_body.match(/\/auth\/([A-Za-z0-9_-]{43})/)![1]}`;
        const inviteeId = (await db().get<{ id: number }>(sql`SELECT id FROM users WHERE email = ${email}`))!
          .id;
        const uid = caller === "invitee" ? (invitee === "newAddress" ? null : inviteeId) : userOf(w, caller);
        const cookie = uid === null ? undefined : await sessionCookie(uid);
        const headers: Record<string, string> = {
          "CF-Connecting-IP": `10.9.${Math.floor(++ip / 250)}.${ip % 250}`,
        };
        if (cookie) headers.Cookie = cookie;
        const expected = want(invitee, caller);
        cells++;
        const page = await request(link, { method: "GET", headers });
        const mode = (await page.text()).match(/data-mode="([a-zA-Z]+)"/)?.[1];
        const res = await request(link, {
          method: "POST",
          headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
          body: new URLSearchParams(),
        });
        const setCookie = res.headers.get("Set-Cookie")?.match(/sf_session=([A-Za-z0-9_-]{43})/)?.[1];
        const sessionUser = setCookie
          ? (
              await db().get<{ user_id: number }>(
                sql`SELECT user_id FROM sessions WHERE id = ${await sha256Hex(setCookie)}`,
              )
            )?.user_id
          : undefined;
        const status = (
          await db().get<{ status: string }>(
            sql`SELECT status FROM members WHERE forum_id = ${w.a.forum.id} AND user_id = ${inviteeId}`,
          )
        )?.status;
        const got =
          res.status === 303 && sessionUser === inviteeId && status === "active"
            ? "session"
            : res.status === 303 && !setCookie && status === "active"
              ? "join"
              : res.status === 409 && !setCookie && status === "invited"
                ? "refuse"
                : `status ${res.status}, cookie ${setCookie ? `of user ${sessionUser}` : "none"}, member ${status}`;
        if (mode !== expected.mode || got !== expected.post)
          mismatches.push(
            `${invitee} × ${caller}: page ${mode}, post ${got}; expected ${expected.mode}, ${expected.post}`,
          );
      }
    }
    console.log(`[matrix] invitation links: ${cells} cells, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect(await forumState(w.b.forum.id)).toEqual(otherBefore);
  }, 120_000);
});
