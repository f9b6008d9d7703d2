import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeRound, createRound, openRound, publishRound } from "../../../src/db/queries/round-control.js";
import { getRoundByNumber, listRoundQuestions } from "../../../src/db/queries/rounds.js";
import {
  forums,
  ideas,
  questions,
  questionVersions,
  scenarioSets,
  scenarios,
  snapshots,
} from "../../../src/db/schema.js";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { db, get, post, unique } from "../../helpers/app.js";
import { auditActions, type Seeded, seedForum } from "../../helpers/organiser.js";

/** Creates round 0 with two prompts through the organiser form and opens it. */
async function openIdeasRound(s: Seeded, becomes?: string) {
  const res = await post(
    `${s.base}/ideas`,
    {
      prompts: "Which trends could most change the picture by 2028?\nWhich scenarios are missing?",
      instructions: "",
      ...(becomes ? { becomes } : {}),
    },
    s.organiser.cookie,
  );
  expect(res.status).toBe(303);
  expect((await post(`${s.base}/rounds/0/open`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
  const round = (await getRoundByNumber(db(), s.forumId, 0))!;
  expect(round).toMatchObject({ kind: "ideas", state: "open" });
  const prompts = await listRoundQuestions(db(), round.id);
  return { round, prompts };
}

const myIdeas = (s: Seeded, memberId: number) =>
  db()
    .select()
    .from(ideas)
    .where(and(eq(ideas.forumId, s.forumId), eq(ideas.memberId, memberId)));

async function submit(s: Seeded, i: number, questionId: number, title: string, explanation = "Because.") {
  const res = await post(
    `${s.base}/rounds/0/ideas`,
    { questionId: String(questionId), title, explanation },
    s.experts[i]!.cookie,
  );
  expect(res.status).toBe(303);
  return (await myIdeas(s, s.experts[i]!.member.id)).find((x) => x.title === title)!;
}

describe("ideas round (round 0)", () => {
  it("promotes an item as a scenario with no scenario set yet: the organiser names a new set in place", async () => {
    const s = await seedForum({ experts: 3 });
    const { prompts } = await openIdeasRound(s);
    const item = await submit(s, 0, prompts[1]!.id, "Managed decline", "A slow, orderly wind-down.");
    expect((await post(`${s.base}/rounds/0/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const review = await (await get(`${s.base}/rounds/0/ideas`, s.organiser.cookie)).text();
    expect(review).toContain('name="newSetTitle"');
    expect(review).toContain("Scenario set to create for it (name)");
    // Without a set or a name: still refused, saying why.
    expect(
      (await post(`${s.base}/rounds/0/ideas/${item.id}/promote`, { as: "scenario" }, s.organiser.cookie))
        .status,
    ).toBe(422);
    const done = await post(
      `${s.base}/rounds/0/ideas/${item.id}/promote`,
      { as: "scenario", scenarioSetId: "", newSetTitle: "Regional futures" },
      s.organiser.cookie,
    );
    expect(done.status).toBe(303);
    const [set] = await db().select().from(scenarioSets).where(eq(scenarioSets.forumId, s.forumId));
    expect(set!.title).toBe("Regional futures");
    const made = await db().select().from(scenarios).where(eq(scenarios.setId, set!.id));
    expect(made.map((x) => x.title)).toEqual(["Managed decline"]);
    const promoted = (await myIdeas(s, s.experts[0]!.member.id)).find((x) => x.id === item.id)!;
    expect(promoted.status).toBe("promoted");
    // Ideas are data: the export carries round 0's items and decisions under pseudonyms, never names.
    const exported = (await (await get(`${s.base}/export.json`, s.organiser.cookie)).json()) as {
      rounds: {
        number: number;
        ideas?: { title: string; status: string; pseudonym: string; promotedQuestionId: number | null }[];
      }[];
    };
    const round0 = exported.rounds.find((r) => r.number === 0)!;
    expect(round0.ideas).toEqual([
      expect.objectContaining({
        title: "Managed decline",
        status: "promoted",
        pseudonym: s.experts[0]!.member.pseudonym,
        promotedQuestionId: promoted.promotedQuestionId,
      }),
    ]);
    expect(JSON.stringify(exported)).not.toContain(s.experts[0]!.user.name);
    expect(exported.rounds.filter((r) => r.number !== 0).every((r) => r.ideas === undefined)).toBe(true);
    // Provenance: the review names and links the question the item became (not a bare "#id").
    const after = await (await get(`${s.base}/rounds/0/ideas`, s.organiser.cookie)).text();
    expect(after).toMatch(
      new RegExp(
        `Became the question <a href="/forums/${s.forumId}/questions/${promoted.promotedQuestionId}/edit">Regional futures</a>`,
      ),
    );
  });

  it("a round for scenarios offers 'a scenario' first; the scenarios page names the items it came from", async () => {
    const s = await seedForum({ experts: 3 });
    // The form offers the three kinds, proposals first; a kind it does not know is refused beside the field.
    const form = await (await get(`${s.base}/ideas`, s.organiser.cookie)).text();
    expect(form).toMatch(/<input type="radio" name="becomes" value="proposal" checked/);
    const bad = await post(
      `${s.base}/ideas`,
      { prompts: "Which scenarios are missing?", instructions: "", becomes: "riddle" },
      s.organiser.cookie,
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Which scenarios are missing?");
    const { prompts } = await openIdeasRound(s, "scenario");
    const a = await submit(s, 0, prompts[1]!.id, "Managed decline", "A slow, orderly wind-down.");
    const b = await submit(s, 1, prompts[1]!.id, "Orderly wind-down", "The same, in other words.");
    expect((await post(`${s.base}/rounds/0/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const review = await (await get(`${s.base}/rounds/0/ideas`, s.organiser.cookie)).text();
    const promoteForms = review.match(/<form method="post" action="[^"]*\/promote"[\s\S]*?<\/form>/g) ?? [];
    expect(promoteForms).toHaveLength(2);
    for (const f of promoteForms) {
      expect(f).toMatch(/value="scenario" checked/);
      expect(f).not.toMatch(/value="proposal" checked/);
    }
    expect(
      (await post(`${s.base}/rounds/0/ideas/${b.id}/merge`, { into: String(a.id) }, s.organiser.cookie))
        .status,
    ).toBe(303);
    expect(
      (
        await post(
          `${s.base}/rounds/0/ideas/${a.id}/promote`,
          { as: "scenario", scenarioSetId: "", newSetTitle: "Regional futures" },
          s.organiser.cookie,
        )
      ).status,
    ).toBe(303);
    const [made] = await db().select().from(scenarios).where(eq(scenarios.fromIdeaId, a.id));
    expect(made!.title).toBe("Managed decline");
    const page = await (await get(`${s.base}/scenarios`, s.organiser.cookie)).text();
    const sources = page.match(
      new RegExp(`<div class="idea-sources" id="scenario-sources-${made!.id}">[\\s\\S]*?</div>`),
    );
    expect(sources?.[0]).toContain(`href="/forums/${s.forumId}/rounds/0/ideas#review-idea-${a.id}"`);
    expect(sources?.[0]).toContain("suggested in ideas round 0 and promoted into this scenario");
    expect(sources?.[0]).toContain(`href="/forums/${s.forumId}/rounds/0/ideas#review-idea-${b.id}"`);
    expect(sources?.[0]).toContain("merged into the item that became this scenario");
    // No author's name on the scenarios page.
    for (const e of s.experts) expect(page).not.toContain(e.user.name);
  });

  it("experts submit several items per prompt, edit their own until close, and get 422 per field", async () => {
    const s = await seedForum({ experts: 3 });
    const { prompts } = await openIdeasRound(s);
    expect(prompts.map((p) => p.kind)).toEqual(["idea", "idea"]);
    // The round page of an ideas round leads to the items page.
    const roundPage = await get(`${s.base}/rounds/0`, s.expert.cookie);
    expect(roundPage.status).toBe(303);
    expect(roundPage.headers.get("Location")).toBe(`${s.base}/rounds/0/ideas`);
    const a = await submit(s, 0, prompts[0]!.id, "Water scarcity");
    await submit(s, 0, prompts[0]!.id, "Energy interdependence");
    expect((await myIdeas(s, s.expert.member.id)).length).toBe(2);
    const bad = await post(
      `${s.base}/rounds/0/ideas`,
      { questionId: String(prompts[0]!.id), title: "  ", explanation: "kept text" },
      s.expert.cookie,
    );
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain("kept text");
    expect(badHtml).toContain('aria-invalid="true"');
    const edit = await post(
      `${s.base}/rounds/0/ideas/${a.id}`,
      { title: "Water scarcity in the basin", explanation: "Dams upstream." },
      s.expert.cookie,
    );
    expect(edit.status).toBe(303);
    // Another expert cannot edit it.
    const foreign = await post(
      `${s.base}/rounds/0/ideas/${a.id}`,
      { title: "Hijacked", explanation: "" },
      s.experts[1]!.cookie,
    );
    expect(foreign.status).toBe(409);
    expect((await db().select().from(ideas).where(eq(ideas.id, a.id)).get())!.title).toBe(
      "Water scarcity in the basin",
    );
    // After close nothing can be added or changed.
    expect((await post(`${s.base}/rounds/0/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    expect(
      (await post(`${s.base}/rounds/0/ideas/${a.id}`, { title: "Late", explanation: "" }, s.expert.cookie))
        .status,
    ).toBe(409);
    expect(
      (
        await post(
          `${s.base}/rounds/0/ideas`,
          { questionId: String(prompts[0]!.id), title: "Late", explanation: "" },
          s.expert.cookie,
        )
      ).status,
    ).toBe(409);
  });

  it("keeps provenance from other experts and stakeholders; organisers see names only under quasi", async () => {
    for (const anonymity of ["quasi", "strict"] as const) {
      const s = await seedForum({ experts: 3, anonymity });
      const { prompts } = await openIdeasRound(s);
      const title = unique("Secret-item");
      await submit(s, 0, prompts[0]!.id, title);
      const author = s.experts[0]!;
      const forbidden = [
        author.user.name,
        author.user.email,
        String(author.member.id),
        author.member.pseudonym,
      ];
      // Other experts read the item to rate it on the round's page (issue 20), never its author; their
      // own list of items never shows it.
      for (const path of [`${s.base}/rounds/0/ideas`, `${s.base}/my-ideas`]) {
        const html = await (await get(path, s.experts[1]!.cookie)).text();
        if (path.endsWith("/my-ideas")) expect(html).not.toContain(title);
        else expect(html).toContain(title);
        for (const f of forbidden.slice(0, 2)) expect(html).not.toContain(f);
        expect(html).not.toContain(author.member.pseudonym);
      }
      // The author is told truthfully who sees their name: organisers do under quasi-anonymity.
      const own = await (await get(`${s.base}/rounds/0/ideas`, author.cookie)).text();
      expect(own).toContain(
        anonymity === "quasi"
          ? "The organisers see your name beside your items"
          : "the organisers see only your pseudonym",
      );
      expect(own).not.toContain("Nobody but you");
      // Stakeholders cannot open the items pages at all.
      expect((await get(`${s.base}/rounds/0/ideas`, s.stakeholder.cookie)).status).toBe(403);
      expect((await get(`${s.base}/my-ideas`, s.stakeholder.cookie)).status).toBe(403);
      expect((await post(`${s.base}/rounds/0/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
      const review = await (await get(`${s.base}/rounds/0/ideas`, s.organiser.cookie)).text();
      expect(review).toContain(title);
      expect(review).toContain(author.member.pseudonym);
      if (anonymity === "quasi") expect(review).toContain(author.user.name);
      else {
        expect(review).not.toContain(author.user.name);
        expect(review).not.toContain(author.user.email);
      }
    }
  });

  it("merges, edits, rejects and promotes (trend, scenario, proposal) into the next draft round, each audited", async () => {
    const s = await seedForum({ experts: 3 });
    const set = await db()
      .insert(scenarioSets)
      .values({ forumId: s.forumId, title: "Futures" })
      .returning()
      .get();
    const alpha = await db()
      .insert(scenarios)
      .values({ setId: set.id, position: 0, title: "Alpha", narrative: "A" })
      .returning()
      .get();
    // An allocation question on the set, not in an open round: it must pick the new scenario up.
    const alloc = await db()
      .insert(questions)
      .values({
        forumId: s.forumId,
        kind: "allocation",
        title: "Which future?",
        config: { kind: "allocation", scenarioSetId: set.id, scenarios: [{ id: alpha.id, title: "Alpha" }] },
        consensusRule: { kind: "iqr-at-most", max: 0.15 },
      })
      .returning()
      .get();
    const { prompts } = await openIdeasRound(s);
    const [p0, p1] = [prompts[0]!.id, prompts[1]!.id];
    const trend = await submit(s, 0, p0, "Water scarcity");
    const dup = await submit(s, 1, p0, "Scarce water");
    const rejected = await submit(s, 2, p0, "Something vague");
    const scen = await submit(s, 1, p1, "Regional trade bloc");
    const prop = await submit(s, 2, p1, "Joint water commission", "A standing commission.");
    // Review actions are refused while the round is open.
    expect(
      (await post(`${s.base}/rounds/0/ideas/${dup.id}/merge`, { into: String(trend.id) }, s.organiser.cookie))
        .status,
    ).toBe(409);
    expect((await post(`${s.base}/rounds/0/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    // Experts cannot review.
    expect(
      (await post(`${s.base}/rounds/0/ideas/${dup.id}/merge`, { into: String(trend.id) }, s.expert.cookie))
        .status,
    ).toBe(403);

    const ok = (r: Response) => expect(r.status).toBe(303);
    ok(
      await post(`${s.base}/rounds/0/ideas/${dup.id}/merge`, { into: String(trend.id) }, s.organiser.cookie),
    );
    ok(
      await post(
        `${s.base}/rounds/0/ideas/${trend.id}/edit`,
        { title: "Water scarcity by 2028", explanation: "Edited." },
        s.organiser.cookie,
      ),
    );
    expect(
      (await post(`${s.base}/rounds/0/ideas/${rejected.id}/reject`, { reason: "" }, s.organiser.cookie))
        .status,
    ).toBe(422);
    ok(
      await post(
        `${s.base}/rounds/0/ideas/${rejected.id}/reject`,
        { reason: "Too vague to rate." },
        s.organiser.cookie,
      ),
    );
    ok(await post(`${s.base}/rounds/0/ideas/${trend.id}/promote`, { as: "trend" }, s.organiser.cookie));
    expect(
      (await post(`${s.base}/rounds/0/ideas/${scen.id}/promote`, { as: "scenario" }, s.organiser.cookie))
        .status,
    ).toBe(422);
    ok(
      await post(
        `${s.base}/rounds/0/ideas/${scen.id}/promote`,
        { as: "scenario", scenarioSetId: String(set.id) },
        s.organiser.cookie,
      ),
    );
    ok(await post(`${s.base}/rounds/0/ideas/${prop.id}/promote`, { as: "proposal" }, s.organiser.cookie));
    // A second promotion of the same item does nothing.
    expect(
      (await post(`${s.base}/rounds/0/ideas/${prop.id}/promote`, { as: "trend" }, s.organiser.cookie)).status,
    ).toBe(409);

    const rows = new Map(
      (
        await db()
          .select()
          .from(ideas)
          .where(eq(ideas.roundId, (await getRoundByNumber(db(), s.forumId, 0))!.id))
      ).map((r) => [r.id, r]),
    );
    expect(rows.get(dup.id)).toMatchObject({ status: "merged", mergedInto: trend.id, title: "Scarce water" });
    expect(rows.get(trend.id)).toMatchObject({
      status: "promoted",
      title: "Water scarcity",
      editedTitle: "Water scarcity by 2028",
    });
    expect(rows.get(rejected.id)).toMatchObject({ status: "rejected", rejectReason: "Too vague to rate." });

    const round1 = (await getRoundByNumber(db(), s.forumId, 1))!;
    expect(round1).toMatchObject({ state: "draft", kind: "standard" });
    const qs = await listRoundQuestions(db(), round1.id);
    const trendQ = qs.find((q) => q.fromIdeaId === trend.id)!;
    expect(trendQ.title).toBe("Water scarcity by 2028");
    expect(trendQ.config).toMatchObject({ kind: "proposal", trend: true });
    expect((trendQ.config as { dimensions: { key: string }[] }).dimensions.map((d) => d.key)).toEqual([
      "likelihood",
      "impact",
    ]);
    const propQ = qs.find((q) => q.fromIdeaId === prop.id)!;
    expect(propQ).toMatchObject({ kind: "proposal", body: "A standing commission." });
    expect((propQ.config as { dimensions: { key: string }[] }).dimensions.map((d) => d.key)).toEqual([
      "desirability",
      "feasibility",
    ]);
    // The scenario joined the set and the allocation question's config, which is asked in round 1.
    const newScenario = (await db().select().from(scenarios).where(eq(scenarios.setId, set.id))).find(
      (x) => x.title === "Regional trade bloc",
    )!;
    expect(newScenario.position).toBe(1);
    const allocNow = qs.find((q) => q.id === alloc.id)!;
    expect(allocNow.config).toEqual({
      kind: "allocation",
      scenarioSetId: set.id,
      scenarios: [
        { id: alpha.id, title: "Alpha" },
        { id: newScenario.id, title: "Regional trade bloc" },
      ],
    });
    expect(
      rows.get(scen.id)!.promotedQuestionId ??
        (await db().select().from(ideas).where(eq(ideas.id, scen.id)).get())!.promotedQuestionId,
    ).toBe(alloc.id);
    expect(qs).toHaveLength(3);

    const actions = await auditActions(s.forumId);
    for (const a of ["idea.merge", "idea.edit", "idea.reject", "idea.promote"]) expect(actions).toContain(a);
    expect(actions.filter((a) => a === "idea.promote")).toHaveLength(3);

    // The experts see what became of their own items, and only theirs.
    const mine0 = await (await get(`${s.base}/my-ideas`, s.experts[0]!.cookie)).text();
    expect(mine0).toContain("Water scarcity by 2028");
    expect(mine0).toContain("round 1");
    const mine1 = await (await get(`${s.base}/my-ideas`, s.experts[1]!.cookie)).text();
    expect(mine1).toContain("Merged into “Water scarcity by 2028”");
    expect(mine1).toContain("Which future?");
    expect(mine1).not.toContain("Something vague");
    const mine2 = await (await get(`${s.base}/my-ideas`, s.experts[2]!.cookie)).text();
    expect(mine2).toContain("Too vague to rate.");
    for (const e of [s.experts[0]!, s.experts[1]!]) {
      expect(mine2).not.toContain(e.user.name);
      expect(mine2).not.toContain(e.user.email);
      expect(mine2).not.toContain(e.member.pseudonym);
    }
    // Prompts are not offered as questions for the next round.
    const overview = await (await get(s.base, s.organiser.cookie)).text();
    expect(overview).not.toContain("Which scenarios are missing?");
  });
});

describe("proposals", () => {
  it("are rated per dimension with 422 per field, summarised per dimension, revised with history kept", async () => {
    const s = await seedForum({ experts: 3 });
    // Three raters: a verdict needs the forum's minimum lowered to 3 (the default is 5).
    await db().update(forums).set({ minRespondents: 3 }).where(eq(forums.id, s.forumId));
    const bad = await post(
      `${s.base}/proposals`,
      { title: "P", dimensions: "Only one; a; b" },
      s.organiser.cookie,
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("at least two dimensions");
    const made = await post(
      `${s.base}/proposals`,
      {
        title: "Open a hotline",
        body: "Between the ministries.",
        dimensions: "Desirability; Very undesirable; Very desirable\nFeasibility; Infeasible; Feasible",
      },
      s.organiser.cookie,
    );
    expect(made.status).toBe(303);
    const q = (await db()
      .select()
      .from(questions)
      .where(and(eq(questions.forumId, s.forumId), eq(questions.kind, "proposal")))
      .get())!;
    expect((await post(`${s.base}/rounds`, { questionIds: [String(q.id)] }, s.organiser.cookie)).status).toBe(
      303,
    );
    expect((await post(`${s.base}/rounds/1/open`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const path = `${s.base}/rounds/1/questions/${q.id}`;
    const page = await (await get(path, s.expert.cookie)).text();
    expect(page).toContain('name="d0"');
    expect(page).toContain('name="d1"');
    const missing = await post(path, { d0: "4", intent: "submit" }, s.expert.cookie);
    expect(missing.status).toBe(422);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain('id="f-d1-error"');
    expect(missingHtml).not.toContain('id="f-d0-error"');
    expect((await post(path, { d0: "9", d1: "2", intent: "submit" }, s.expert.cookie)).status).toBe(422);
    const ratings = [
      [5, 2],
      [4, 2],
      [4, 4],
    ];
    for (const [i, [d, f]] of ratings.entries())
      expect(
        (
          await post(
            path,
            { d0: String(d), d1: String(f), rationale: "r", intent: "submit" },
            s.experts[i]!.cookie,
          )
        ).status,
      ).toBe(303);
    // Not revisable while open.
    expect(
      (await post(`${s.base}/proposals/${q.id}/revise`, { title: "Changed", body: "" }, s.organiser.cookie))
        .status,
    ).toBe(409);
    expect((await post(`${s.base}/rounds/1/close`, { confirm: "1" }, s.organiser.cookie)).status).toBe(303);
    const snap = (await db().select().from(snapshots).where(eq(snapshots.questionId, q.id)).get())!
      .stats as QuestionSnapshot;
    expect(snap.kind).toBe("proposal");
    expect(snap.n).toBe(3);
    expect(snap.dimensions!.map((d) => [d.key, d.summary!.median, d.summary!.iqr, d.consensus.met])).toEqual([
      ["desirability", 4, 0.5, true],
      ["feasibility", 2, 1, true],
    ]);
    expect(snap.consensus.met).toBe(true);
    // Existing fields keep their meaning: no scalar summary for a multi-dimension item.
    expect(snap.summary).toBeNull();
    // Revision keeps the text history.
    expect(
      (
        await post(
          `${s.base}/proposals/${q.id}/revise`,
          { title: "Open a direct hotline", body: "Revised." },
          s.organiser.cookie,
        )
      ).status,
    ).toBe(303);
    const versions = await db().select().from(questionVersions).where(eq(questionVersions.questionId, q.id));
    expect(versions.map((v) => [v.version, v.title]).sort()).toEqual([
      [1, "Open a hotline"],
      [2, "Open a direct hotline"],
    ]);
    expect((await db().select().from(questions).where(eq(questions.id, q.id)).get())!.version).toBe(2);
    expect(await auditActions(s.forumId)).toContain("question.revise");
    // Results page for the organiser shows the chart and the ranked list with its rule.
    const html = await (await get(`${s.base}/proposals`, s.organiser.cookie)).text();
    expect(html).toContain('id="proposal-chart"');
    expect(html).toContain("<title");
    expect(html).toContain('id="proposal-rank-rule"');
  });
});

describe("Policy Delphi chart over rounds", () => {
  it("draws all four consensus states and keeps an item retired from round 2 with its round-1 values", async () => {
    const s = await seedForum({ experts: 5 });
    const forum = (await db().select().from(forums).where(eq(forums.id, s.forumId)).get())!;
    const dims = "Desirability; Very undesirable; Very desirable\nFeasibility; Infeasible; Feasible";
    for (const title of ["Joint water commission", "Shared grid operator"])
      expect(
        (await post(`${s.base}/proposals`, { title, body: "", dimensions: dims }, s.organiser.cookie)).status,
      ).toBe(303);
    const [a, b] = await db()
      .select()
      .from(questions)
      .where(and(eq(questions.forumId, s.forumId), eq(questions.kind, "proposal")))
      .orderBy(questions.id);
    const actor = s.organiser.user;
    const runRound = async (n: number, qs: { id: number }[], ratings: Map<number, [number, number][]>) => {
      await createRound(db(), s.forumId, { questionIds: qs.map((q) => q.id), instructions: "" }, actor);
      const round = (await getRoundByNumber(db(), s.forumId, n))!;
      expect(await openRound(db(), forum, round, actor)).toBe(true);
      for (const q of qs)
        for (const [i, [d0, d1]] of ratings.get(q.id)!.entries())
          expect(
            (
              await post(
                `${s.base}/rounds/${n}/questions/${q.id}`,
                { d0: String(d0), d1: String(d1), rationale: "r", intent: "submit" },
                s.experts[i]!.cookie,
              )
            ).status,
          ).toBe(303);
      const open = (await getRoundByNumber(db(), s.forumId, n))!;
      expect(await closeRound(db(), forum, open, actor)).toBe(true);
      expect(await publishRound(db(), forum, (await getRoundByNumber(db(), s.forumId, n))!, actor)).toBe(
        true,
      );
    };
    const spread: [number, number][] = [
      [1, 1],
      [5, 5],
      [2, 2],
      [4, 4],
      [3, 3],
    ];
    // Round 1: a agrees on desirability only (IQR 0), b on neither (IQR 2 on both).
    await runRound(
      1,
      [a!, b!],
      new Map([
        [a!.id, spread.map(([, f]) => [4, f] as [number, number])],
        [b!.id, spread],
      ]),
    );
    // Round 2 asks only b again (a is retired); b now agrees on feasibility only.
    await runRound(2, [b!], new Map([[b!.id, spread.map(([d]) => [d, 3] as [number, number])]]));

    const html = await (await get(`${s.base}/dashboard?round=2`, s.stakeholder.cookie)).text();
    for (const label of [
      "consensus on both",
      "consensus on Desirability only",
      "consensus on Feasibility only",
      "consensus on neither",
    ])
      expect(html).toContain(label);
    // Both items are drawn: a (retired, round 1 values, desirability only) and b (round 2, feasibility only).
    expect(html).toContain("Joint water commission");
    expect(html).toContain("Shared grid operator");
    expect(html.match(/<g class="pc-item pc-x">/g)).toHaveLength(1);
    expect(html.match(/<g class="pc-item pc-y">/g)).toHaveLength(1);
    expect(html).toContain("From round");
    // Polarisation: a's feasibility (round 1) and b's desirability (round 2) split the panel 2 low, 2 high.
    expect(html).toContain("Where the panel is split");
    const splits = html.match(/split panel: 40% rate it low \(1–2\), 40% high \(4–5\), of 5 ratings/g);
    expect(splits).toHaveLength(2);
  });
});
