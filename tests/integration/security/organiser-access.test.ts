import { describe, expect, it } from "vitest";
import { runBatch } from "../../../src/db/batch.js";
import { createRound } from "../../../src/db/queries/round-control.js";
import { members } from "../../../src/db/schema.js";
import { createUser, db, get, post } from "../../helpers/app.js";
import { type Seeded, seedBinaryQuestion, seedForum } from "../../helpers/organiser.js";

type Route = {
  method: "GET" | "POST";
  path: (s: Ctx) => string;
  body?: (s: Ctx) => Record<string, string | string[]>;
  ok: number;
};
type Ctx = Seeded & { questionId: number; invitedId: number; removableId: number };

/** Every organiser route in an order in which the organiser's own requests all succeed. */
const ROUTES: Route[] = [
  { method: "GET", path: (s) => `${s.base}/scenarios`, ok: 200 },
  {
    method: "POST",
    path: (s) => `${s.base}/scenarios`,
    body: () => ({ title: "Set", title0: "A", narrative0: "a", title1: "B", narrative1: "b" }),
    ok: 303,
  },
  { method: "GET", path: (s) => `${s.base}/questions`, ok: 200 },
  {
    method: "POST",
    path: (s) => `${s.base}/questions`,
    body: () => ({ kind: "binary", title: "Q", resolutionCriteria: "R" }),
    ok: 303,
  },
  { method: "GET", path: (s) => `${s.base}/panel`, ok: 200 },
  {
    method: "POST",
    path: (s) => `${s.base}/panel/invite`,
    body: () => ({
      name: "New Person",
      email: `new-${crypto.randomUUID()}@example.org`,
      role: "stakeholder",
    }),
    ok: 303,
  },
  { method: "POST", path: (s) => `${s.base}/panel/${s.invitedId}/resend`, ok: 303 },
  {
    method: "POST",
    path: (s) => `${s.base}/panel/${s.removableId}/remove`,
    body: () => ({ confirm: "1" }),
    ok: 303,
  },
  {
    method: "POST",
    path: (s) => `${s.base}/rounds`,
    body: (s) => ({ questionIds: [String(s.questionId)] }),
    ok: 303,
  },
  { method: "POST", path: (s) => `${s.base}/rounds/1/open`, body: () => ({ confirm: "1" }), ok: 303 },
  { method: "POST", path: (s) => `${s.base}/rounds/1/close`, body: () => ({ confirm: "1" }), ok: 303 },
  { method: "GET", path: (s) => `${s.base}/rounds/1/results`, ok: 200 },
  {
    method: "POST",
    path: (s) => `${s.base}/rounds/1/synthesis`,
    body: () => ({ synthesis: "Text" }),
    ok: 303,
  },
  { method: "POST", path: (s) => `${s.base}/rounds/1/publish`, body: () => ({ confirm: "1" }), ok: 303 },
];

async function seed(): Promise<Ctx> {
  const s = await seedForum();
  const questionId = await seedBinaryQuestion(s);
  // A draft round 1 for the non-organiser cases, whose requests must not change anything anyway.
  const invited = await createUser();
  const removable = await createUser();
  const [a, b] = await runBatch(db(), [
    db()
      .insert(members)
      .values({
        forumId: s.forumId,
        userId: invited.id,
        role: "expert",
        pseudonym: "INVTD",
        status: "invited",
      })
      .returning(),
    db()
      .insert(members)
      .values({
        forumId: s.forumId,
        userId: removable.id,
        role: "stakeholder",
        pseudonym: "RMVBL",
        status: "active",
      })
      .returning(),
  ]);
  const id = (r: D1Result | undefined) => (r!.results[0] as { id: number }).id;
  return { ...s, questionId, invitedId: id(a), removableId: id(b) };
}

const send = (r: Route, s: Ctx, cookie?: string) =>
  r.method === "GET" ? get(r.path(s), cookie) : post(r.path(s), r.body?.(s) ?? {}, cookie);

describe("organiser routes: who may use them", () => {
  it("the organiser gets 200 pages and 303 redirects, in order", async () => {
    const s = await seed();
    for (const r of ROUTES) {
      const res = await send(r, s, s.organiser.cookie);
      expect(`${r.method} ${r.path(s)} → ${res.status}`).toBe(`${r.method} ${r.path(s)} → ${r.ok}`);
    }
    const overview = await get(s.base, s.organiser.cookie);
    expect(overview.status).toBe(200);
  });

  const others: [string, (s: Ctx) => string | undefined, { GET: number; POST: number }][] = [
    ["anonymous", () => undefined, { GET: 303, POST: 401 }],
    ["an expert of the forum", (s) => s.expert.cookie, { GET: 403, POST: 403 }],
    ["a stakeholder of the forum", (s) => s.stakeholder.cookie, { GET: 403, POST: 403 }],
    ["an organiser of another forum", (s) => s.outsider.cookie, { GET: 404, POST: 404 }],
  ];

  for (const [who, cookie, expected] of others) {
    it(`${who} is refused on every route`, async () => {
      const s = await seed();
      await createRound(db(), s.forumId, { questionIds: [s.questionId], instructions: "" }, s.organiser.user);
      for (const r of ROUTES) {
        const res = await send(r, s, cookie(s));
        expect(`${r.method} ${r.path(s)} → ${res.status}`).toBe(
          `${r.method} ${r.path(s)} → ${expected[r.method]}`,
        );
        if (who === "anonymous" && r.method === "GET")
          expect(res.headers.get("Location")).toBe(`/signin?next=${encodeURIComponent(r.path(s))}`);
      }
    });
  }

  it("GET /forums/:id sends experts and stakeholders to their own pages and hides the forum from others", async () => {
    const s = await seed();
    expect((await get(s.base, s.organiser.cookie)).status).toBe(200);
    const expert = await get(s.base, s.expert.cookie);
    expect(expert.status).toBe(303);
    expect(expert.headers.get("Location")).toBe(`${s.base}/rounds`);
    const stakeholder = await get(s.base, s.stakeholder.cookie);
    expect(stakeholder.status).toBe(303);
    expect(stakeholder.headers.get("Location")).toBe(`${s.base}/dashboard`);
    expect((await get(s.base, s.outsider.cookie)).status).toBe(404);
    expect((await get(s.base)).status).toBe(303);
  });

  it("GET /outbox: organisers 200, experts and stakeholders 403, anonymous to sign-in", async () => {
    const s = await seed();
    expect((await get("/outbox", s.organiser.cookie)).status).toBe(200);
    expect((await get("/outbox", s.outsider.cookie)).status).toBe(200);
    expect((await get("/outbox", s.expert.cookie)).status).toBe(403);
    expect((await get("/outbox", s.stakeholder.cookie)).status).toBe(403);
    const anon = await get("/outbox");
    expect(anon.status).toBe(303);
    expect(anon.headers.get("Location")).toBe("/signin?next=%2Foutbox");
  });
});
