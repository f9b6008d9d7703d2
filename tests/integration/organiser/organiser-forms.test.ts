import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { questions, roundQuestions, rounds, scenarioSets, scenarios } from "../../../src/db/schema.js";
import { db, get, post } from "../../helpers/app.js";
import { auditActions, seedBinaryQuestion, seedForum } from "../../helpers/organiser.js";

/** The error paragraph of a field, as Field renders it. */
const fieldError = (html: string, id: string) =>
  html.match(new RegExp(`id="f-${id}-error"[^>]*>([^<]*)<`))?.[1]?.replace(/&#39;/g, "'");

describe("scenario sets", () => {
  it("creates a set with its scenarios, ignoring blank rows, and audits it", async () => {
    const s = await seedForum();
    const res = await post(
      `${s.base}/scenarios`,
      {
        title: "Security outlook 2027",
        title0: "Settlement",
        narrative0: "Both sides sign.",
        drivers0: "mediation",
        title2: "Stalemate",
        narrative2: "No change.",
      },
      s.organiser.cookie,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`${s.base}/scenarios?notice=scenarios-added`);
    const set = await db().select().from(scenarioSets).where(eq(scenarioSets.forumId, s.forumId)).get();
    const rows = await db()
      .select()
      .from(scenarios)
      .where(eq(scenarios.setId, set!.id))
      .orderBy(scenarios.position);
    expect(rows.map((r) => [r.position, r.title, r.drivers])).toEqual([
      [0, "Settlement", "mediation"],
      [1, "Stalemate", ""],
    ]);
    expect(await auditActions(s.forumId)).toContain("scenario-set.create");
    const page = await (await get(`${s.base}/scenarios`, s.organiser.cookie)).text();
    expect(page).toContain("Both sides sign.");
  });

  it("answers 422 with values kept for fewer than two scenarios, a row without narrative, no title", async () => {
    const s = await seedForum();
    const res = await post(
      `${s.base}/scenarios`,
      { title: "", title0: "Only one", narrative0: "Alone", title1: "Half", drivers1: "kept driver" },
      s.organiser.cookie,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, "title")).toBe("This field is required.");
    expect(fieldError(html, "narrative1")).toBe("This field is required.");
    expect(html).toContain('value="Only one"');
    expect(html).toContain('value="kept driver"');
    const one = await post(
      `${s.base}/scenarios`,
      { title: "T", title0: "A", narrative0: "a" },
      s.organiser.cookie,
    );
    expect(one.status).toBe(422);
    expect(fieldError(await one.text(), "scenarios")).toBe("Describe at least two scenarios.");
    expect(await db().select().from(scenarioSets).where(eq(scenarioSets.forumId, s.forumId))).toHaveLength(0);
  });
});

describe("questions", () => {
  it("creates each kind with its settings and the consensus rule in the question's scale", async () => {
    const s = await seedForum();
    await post(
      `${s.base}/scenarios`,
      { title: "Set", title0: "A", narrative0: "a", title1: "B", narrative1: "b" },
      s.organiser.cookie,
    );
    const set = await db().select().from(scenarioSets).where(eq(scenarioSets.forumId, s.forumId)).get();
    const cases: [Record<string, string>, unknown, unknown][] = [
      [
        { kind: "binary", title: "B", resolutionCriteria: "R" },
        { kind: "binary" },
        { kind: "iqr-at-most", max: 0.15 },
      ],
      [
        {
          kind: "allocation",
          title: "A",
          resolutionCriteria: "R",
          scenarioSetId: String(set!.id),
          iqrMax: "10",
        },
        { kind: "allocation", scenarioSetId: set!.id, scenarios: [{ title: "A" }, { title: "B" }] },
        { kind: "iqr-at-most", max: 0.1 },
      ],
      [
        { kind: "quantity", title: "Q", resolutionCriteria: "R", unit: "km", iqrMax: "50" },
        { kind: "quantity", unit: "km" },
        { kind: "iqr-at-most", max: 50 },
      ],
      [
        {
          kind: "rating",
          title: "R",
          ratingMin: "1",
          ratingMax: "9",
          minLabel: "low",
          maxLabel: "high",
          ruleKind: "share-in-band",
          bandLow: "7",
          bandHigh: "9",
        },
        { kind: "rating", min: 1, max: 9, minLabel: "low", maxLabel: "high" },
        { kind: "share-in-band", low: 7, high: 9, minShare: 0.7 },
      ],
      [
        { kind: "rating", title: "R5", ratingMin: "1", ratingMax: "5", minLabel: "l", maxLabel: "h" },
        { kind: "rating", min: 1, max: 5 },
        { kind: "iqr-at-most", max: 1 },
      ],
    ];
    for (const [form, config, rule] of cases) {
      const res = await post(`${s.base}/questions`, form, s.organiser.cookie);
      expect(res.status).toBe(303);
      const row = await db().select().from(questions).where(eq(questions.title, form.title!)).get();
      expect(row!.config).toMatchObject(config as object);
      expect(row!.consensusRule).toEqual(rule);
    }
    const rows = await db()
      .select()
      .from(questions)
      .where(eq(questions.forumId, s.forumId))
      .orderBy(questions.id);
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    expect((await auditActions(s.forumId)).filter((a) => a === "question.create")).toHaveLength(5);
    const page = await (await get(`${s.base}/questions`, s.organiser.cookie)).text();
    expect(page).toContain("Consensus when the interquartile range is at most 15 percentage points");
    expect(page).toContain("Consensus when at least 70% of answers lie between 7 and 9");
  });

  const refusals: [string, Record<string, string>, Record<string, string>][] = [
    [
      "no title, no criteria",
      { kind: "binary", title: "", resolutionCriteria: "" },
      { title: "This field is required.", resolutionCriteria: "This field is required." },
    ],
    ["unknown kind", { kind: "telepathy", title: "T" }, { kind: "Choose one of the options." }],
    [
      "allocation without a set",
      { kind: "allocation", title: "T", resolutionCriteria: "R" },
      { scenarioSetId: "Create a scenario set first." },
    ],
    [
      "quantity without IQR",
      { kind: "quantity", title: "T", resolutionCriteria: "R", unit: "km" },
      { iqrMax: "Give the largest interquartile range that counts as consensus." },
    ],
    [
      "rating min ≥ max",
      { kind: "rating", title: "T", ratingMin: "5", ratingMax: "5", minLabel: "a", maxLabel: "b" },
      { ratingMax: "The highest rating must be above the lowest." },
    ],
    [
      "rating not integer, labels missing",
      { kind: "rating", title: "T", ratingMin: "1.5", ratingMax: "9" },
      {
        ratingMin: "Enter a whole number.",
        minLabel: "This field is required.",
        maxLabel: "This field is required.",
      },
    ],
    [
      "binary IQR above 100",
      { kind: "binary", title: "T", resolutionCriteria: "R", iqrMax: "150" },
      { iqrMax: "This value lies outside the question's scale." },
    ],
    [
      "band reversed",
      {
        kind: "binary",
        title: "T",
        resolutionCriteria: "R",
        ruleKind: "share-in-band",
        bandLow: "80",
        bandHigh: "20",
      },
      { bandHigh: "The band must end above where it starts." },
    ],
    [
      "band share not a number",
      {
        kind: "binary",
        title: "T",
        resolutionCriteria: "R",
        ruleKind: "share-in-band",
        bandLow: "10",
        bandHigh: "20",
        minShare: "lots",
      },
      { minShare: "Enter a number." },
    ],
  ];
  for (const [name, form, expected] of refusals) {
    it(`answers 422 for ${name}, values kept, message at the field`, async () => {
      const s = await seedForum();
      const res = await post(`${s.base}/questions`, form, s.organiser.cookie);
      expect(res.status).toBe(422);
      const html = await res.text();
      for (const [field, message] of Object.entries(expected)) expect(fieldError(html, field)).toBe(message);
      if (form.title) expect(html).toContain(`name="title" value="${form.title}"`);
      expect(await db().select().from(questions).where(eq(questions.forumId, s.forumId))).toHaveLength(0);
    });
  }
});

describe("new round form", () => {
  it("pre-checks every question and creates a draft round with the chosen ones, audited", async () => {
    const s = await seedForum();
    const q1 = await seedBinaryQuestion(s);
    const q2 = await seedBinaryQuestion(s);
    const page = await (await get(s.base, s.organiser.cookie)).text();
    expect(page).toContain(`name="questionIds" value="${q1}" checked`);
    expect(page).toContain(`name="questionIds" value="${q2}" checked`);
    const res = await post(
      `${s.base}/rounds`,
      { questionIds: [String(q2)], instructions: "Be brief" },
      s.organiser.cookie,
    );
    expect(res.status).toBe(303);
    const round = await db().select().from(rounds).where(eq(rounds.forumId, s.forumId)).get();
    expect(round).toMatchObject({ number: 1, state: "draft", instructions: "Be brief" });
    const rq = await db().select().from(roundQuestions).where(eq(roundQuestions.roundId, round!.id));
    expect(rq.map((r) => r.questionId)).toEqual([q2]);
    expect(await auditActions(s.forumId)).toContain("round.create");
  });

  it("answers 422 when no question is chosen or one is foreign, instructions kept", async () => {
    const s = await seedForum();
    await seedBinaryQuestion(s);
    const res = await post(`${s.base}/rounds`, { instructions: "Kept text" }, s.organiser.cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, "questionIds")).toBe("Choose at least one question.");
    expect(html).toContain("Kept text</textarea>");
    const foreign = await post(`${s.base}/rounds`, { questionIds: ["999999"] }, s.organiser.cookie);
    expect(foreign.status).toBe(422);
    expect(await db().select().from(rounds).where(eq(rounds.forumId, s.forumId))).toHaveLength(0);
  });
});
