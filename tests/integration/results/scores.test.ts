import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { getRoundByNumber } from "../../../src/db/queries/rounds.js";
import { rounds } from "../../../src/db/schema.js";
import { createUser, db, get, post, sessionCookie } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const T = (day: number) => Date.parse(`2026-01-${String(day).padStart(2, "0")}T00:00:00Z`);

/**
 * Three experts answer round 1 (open 1–11 January 2026): binary p = 0.9, 0.6, 0.2 on day 2; the first
 * revises to 0.8 on day 6. Allocation answers too. The organiser resolves binary yes and allocation "Alpha".
 */
async function scoredForum(anonymity: "quasi" | "strict" = "quasi") {
  const f = await makeForum({ experts: 3, anonymity });
  const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
  const ps = [0.9, 0.6, 0.2];
  for (const [i, e] of f.experts.entries()) {
    const base = {
      roundId: round.id,
      memberId: e.member.id,
      rationale: "",
      status: "submitted" as const,
      questionVersion: 1,
    };
    await saveAnswer(
      db(),
      { ...base, questionId: f.questions.binary.id, value: { kind: "binary", p: ps[i]! } },
      T(2),
    );
    await saveAnswer(
      db(),
      { ...base, questionId: f.questions.allocation.id, value: { kind: "allocation", p: [0.5, 0.3, 0.2] } },
      T(2),
    );
  }
  const e0 = f.experts[0]!;
  await saveAnswer(
    db(),
    {
      roundId: round.id,
      memberId: e0.member.id,
      rationale: "",
      status: "submitted",
      questionVersion: 1,
      questionId: f.questions.binary.id,
      value: { kind: "binary", p: 0.8 },
    },
    T(6),
  );
  await f.close();
  await db().run(
    sql`UPDATE rounds SET opened_at = ${new Date(T(1)).toISOString()}, closed_at = ${new Date(T(11)).toISOString()} WHERE id = ${round.id}`,
  );
  const resolve = (qid: number, outcome: string) =>
    post(
      `/forums/${f.forum.id}/questions/${qid}/resolve`,
      { outcome, resolvedOn: "2026-02-01", sourceNote: "Source" },
      f.organiser.cookie,
    );
  expect((await resolve(f.questions.binary.id, "yes")).status).toBe(303);
  expect((await resolve(f.questions.allocation.id, "s0")).status).toBe(303);
  return f;
}

type Row = {
  questionId: number;
  expert: string;
  brier: number;
  brier2: number;
  log: number;
  peer: number;
  baseline: number;
};

describe("scores", () => {
  it("GET /api/v1/forums/:id/scores: one row per expert and resolved question, time-averaged", async () => {
    const f = await scoredForum();
    const res = await get(`/api/v1/forums/${f.forum.id}/scores`, f.organiser.cookie);
    expect(res.status).toBe(200);
    const { scores } = (await res.json()) as { scores: Row[] };
    expect(scores).toHaveLength(6);
    const byExpert = (i: number, qid: number) =>
      scores.find((s) => s.expert === f.experts[i]!.member.pseudonym && s.questionId === qid)!;
    // Expert 0: 0.9 for days 2–6, 0.8 for days 6–11: Brier (4·0.01 + 5·0.04) / 9.
    expect(byExpert(0, f.questions.binary.id).brier).toBeCloseTo((4 * 0.01 + 5 * 0.04) / 9, 12);
    expect(byExpert(2, f.questions.binary.id).brier).toBeCloseTo(0.64, 12);
    // Baseline over the whole window: 100·(log2 p + 1), day 1–2 without a forecast counts 0.
    expect(byExpert(1, f.questions.binary.id).baseline).toBeCloseTo((100 * (Math.log2(0.6) + 1) * 9) / 10, 9);
    expect(byExpert(0, f.questions.binary.id).peer).toBeGreaterThan(0);
    expect(byExpert(2, f.questions.binary.id).peer).toBeLessThan(0);
    // Allocation: Brier's sum over scenarios (0.25 + 0.09 + 0.04).
    expect(byExpert(1, f.questions.allocation.id).brier).toBeCloseTo(0.38, 12);
    for (const s of scores)
      for (const k of ["brier", "log", "peer", "baseline"] as const) expect(typeof s[k]).toBe("number");
  });

  it("quantity questions are scored too (interval, CRPS, quantile loss) on the API, the organiser's page and the expert's", async () => {
    const f = await scoredForum();
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    // Three 5/50/95 estimates, answered on day 2 of the 1–11 January window; the true value turns out 10.
    const qs: [number, number, number][] = [
      [2, 5, 8],
      [6, 9, 14],
      [8, 10, 12],
    ];
    await db().run(sql`UPDATE rounds SET state = 'open' WHERE id = ${round.id}`);
    for (const [i, e] of f.experts.entries())
      await saveAnswer(
        db(),
        {
          roundId: round.id,
          memberId: e.member.id,
          rationale: "",
          status: "submitted",
          questionVersion: 1,
          questionId: f.questions.quantity.id,
          value: { kind: "quantity", q: qs[i]! },
        },
        T(2),
      );
    await db().run(sql`UPDATE rounds SET state = 'published' WHERE id = ${round.id}`);
    const resolved = await post(
      `/forums/${f.forum.id}/questions/${f.questions.quantity.id}/resolve`,
      { outcome: "value", value: "10", resolvedOn: "2026-02-01", sourceNote: "Source" },
      f.organiser.cookie,
    );
    expect(resolved.status).toBe(303);
    const body = (await (await get(`/api/v1/forums/${f.forum.id}/scores`, f.organiser.cookie)).json()) as {
      quantityScores: {
        questionId: number;
        expert: string;
        interval: number;
        crps: number;
        quantile: number;
      }[];
    };
    const mine = (i: number) => body.quantityScores.find((s) => s.expert === f.experts[i]!.member.pseudonym)!;
    expect(body.quantityScores).toHaveLength(3);
    // Interval score of [2, 8] at y = 10, α = 0.1: 6 + 20·2 = 46 (Gneiting & Raftery 2007, eq. 43).
    expect(mine(0).interval).toBeCloseTo(46, 12);
    expect(mine(2).interval).toBeCloseTo(4, 12);
    // Pinball loss of 5/50/95 = 8/10/12 at y = 10: (0.05·2 + 0 + 0.05·2)/3.
    expect(mine(2).quantile).toBeCloseTo(0.2 / 3, 12);
    expect(mine(2).crps).toBeLessThan(mine(0).crps);

    const page = await (await get(`/forums/${f.forum.id}/scores`, f.organiser.cookie)).text();
    expect(page).toContain(`id="quantity-scores-${f.questions.quantity.id}"`);
    expect(page).toContain("Range score (5–95%)");
    // The panel's average of estimates: 16/3, 8, 34/3 → the range [5.33, 11.33] holds 10: its width, 6.
    expect(page).toContain("Panel (average of estimates, 3 experts)</th><td>6.00</td>");

    const own = await (await get(`/forums/${f.forum.id}/my-scores`, f.experts[0]!.cookie)).text();
    expect(own).toContain("Range score 46.00: the width of your 5–95% range");
    expect(own).toContain("(the panel: 6.00)");
  });

  it("shows each score's skill over the panel average and the fitted extremizing factor", async () => {
    const f = await scoredForum();
    const page = await (await get(`/forums/${f.forum.id}/scores`, f.organiser.cookie)).text();
    expect(page).toContain('id="skill-pool"');
    expect(page).toContain('id="extremizing-fit"');
    // One yes/no question the panel leaned towards (final 0.8, 0.6, 0.2 → mean log-odds > 0) and it happened:
    // separable, so the fit sits at its upper bound and says so.
    expect(page).toContain("so the fit only says d is at least 10");
    const own = await (await get(`/forums/${f.forum.id}/my-scores`, f.experts[0]!.cookie)).text();
    expect(own).toContain('id="skill-pool"');
  });

  it("leaves annulled questions out of every score", async () => {
    const f = await scoredForum();
    await post(
      `/forums/${f.forum.id}/questions/${f.questions.binary.id}/resolve`,
      { outcome: "annulled", resolvedOn: "2026-02-02", sourceNote: "Question was ambiguous" },
      f.organiser.cookie,
    );
    const { scores } = (await (
      await get(`/api/v1/forums/${f.forum.id}/scores`, f.organiser.cookie)
    ).json()) as { scores: Row[] };
    expect(scores.every((s) => s.questionId === f.questions.allocation.id)).toBe(true);
    expect(scores).toHaveLength(3);
  });

  it("API roles: expert and stakeholder 403, outsider 404, anonymous 401", async () => {
    const f = await scoredForum();
    const path = `/api/v1/forums/${f.forum.id}/scores`;
    expect((await get(path, f.experts[0]!.cookie)).status).toBe(403);
    expect((await get(path, f.stakeholder.cookie)).status).toBe(403);
    expect((await get(path, await sessionCookie((await createUser()).id))).status).toBe(404);
    expect((await get(path)).status).toBe(401);
  });

  it("organiser page: names under quasi anonymity, the panel's calibration plot and the pools compared", async () => {
    const f = await scoredForum();
    const html = await (await get(`/forums/${f.forum.id}/scores`, f.organiser.cookie)).text();
    expect(html).toContain(f.experts[0]!.user.name);
    expect(html).toContain('id="calibration-crowd"');
    expect(html).toContain("<svg");
    expect(html).toContain("Murphy decomposition");
    expect(html).toContain('id="pool-track-record"');
    expect(html).toContain('id="pool-median"');
  });

  it("organiser and expert pages: skill over the base rate and Spiegelhalter's test beside the Murphy table", async () => {
    const f = await scoredForum();
    for (const [path, cookie] of [
      [`/forums/${f.forum.id}/scores`, f.organiser.cookie],
      [`/forums/${f.forum.id}/my-scores`, f.experts[0]!.cookie],
    ] as const) {
      const html = await (await get(path, cookie)).text();
      expect(html).toContain('id="skill-base-rate"');
      expect(html).toContain("<summary>Skill over the base rate (higher is better)</summary>");
      expect(html).toContain('id="spiegelhalter"');
      expect(html).toContain("Spiegelhalter&#39;s Z = Σ(o − p)(1 − 2p)");
    }
  });

  it("organiser page under strict anonymity shows pseudonyms, never names", async () => {
    const f = await scoredForum("strict");
    const html = await (await get(`/forums/${f.forum.id}/scores`, f.organiser.cookie)).text();
    for (const e of f.experts) {
      expect(html).not.toContain(e.user.name);
      expect(html).toContain(`Expert ${e.member.pseudonym}`);
    }
  });

  it("an expert sees only their own revisions and scores, explained; others get 403", async () => {
    const f = await scoredForum();
    const path = `/forums/${f.forum.id}/my-scores`;
    const res = await get(path, f.experts[0]!.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("My answers and scores");
    expect(html).toContain("90%");
    expect(html).toContain("80%");
    expect(html).toContain("the squared distance between your probability");
    expect(html).toContain('id="calibration-mine"');
    for (const e of f.experts.slice(1)) {
      expect(html).not.toContain(e.user.name);
      expect(html).not.toContain(e.member.pseudonym);
    }
    expect((await get(path, f.organiser.cookie)).status).toBe(403);
    expect((await get(path, f.stakeholder.cookie)).status).toBe(403);
    expect((await get(path, await sessionCookie((await createUser()).id))).status).toBe(404);
    expect((await get(path)).status).toBe(303);
  });

  it("/me/scores: the expert's own means per forum and over all forums; anonymous sign-in", async () => {
    const f = await scoredForum();
    const res = await get("/me/scores", f.experts[2]!.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(f.forum.title);
    expect(html).toContain("0.64");
    expect((await get("/me/scores")).status).toBe(303);
  });

  it("stakeholders see aggregate accuracy only, and the track-record pool is selectable", async () => {
    const f = await scoredForum();
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    await db()
      .update(rounds)
      .set({ state: "published", publishedAt: new Date().toISOString() })
      .where(eq(rounds.id, round.id));
    const html = await (
      await get(`/forums/${f.forum.id}/dashboard?method=track-record`, f.stakeholder.cookie)
    ).text();
    expect(html).toContain("Accuracy on resolved questions");
    expect(html).toContain("median answer had a mean Brier score of 0.16");
    expect(html).toContain("Weighted by past accuracy (track record)");
    for (const e of f.experts) expect(html).not.toContain(e.user.name);
    expect(html).not.toMatch(/Expert [A-Z2-9]{5}/);
  });
});
