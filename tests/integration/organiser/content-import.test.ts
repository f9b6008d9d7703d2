import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, questions, scenarioSets, scenarios } from "../../../src/db/schema.js";
import type { QuestionConfig } from "../../../src/domain/questions.js";
import { parseContentImport } from "../../../src/validation/content-import.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const forumQuestions = (forumId: number) =>
  db().select().from(questions).where(eq(questions.forumId, forumId)).orderBy(questions.id);

describe("content import formats", () => {
  it("checks CSV rows with the question form's validators", () => {
    const csv = [
      "kind,title,body,resolution_criteria,unit,min,max,min_label,max_label,options,scenario_set,iqr_max",
      "binary,Will it rain,,Met office,,,,,,,,10",
      "rating,Desirable,,,,1,5,bad,good,,,",
      "binary,,,Crit,,,,,,,,",
      "quantity,Tonnes,,Crit,t,,,,,,,", // quantity needs an IQR: no default
      "ranking,Order,,,,,,,,A|B|C,,",
      "allocation,Split,,Crit,,,,,,,Missing set,",
      "binary,Too wide,,Crit,,,,,,,,150",
      "oracle,What,,Crit,,,,,,,,",
    ].join("\n");
    const r = parseContentImport(csv, []);
    if (!r.ok) throw new Error(r.error);
    expect(r.items.map((i) => [i.line, i.errors.map((e) => e.key)])).toEqual([
      ["2", []],
      ["3", []],
      ["4", ["error.required"]],
      ["5", ["org.error.iqrRequired"]],
      ["6", []],
      ["7", ["ops.questions.error.set"]],
      ["8", ["org.error.outOfScale"]],
      ["9", ["ops.questions.error.kind"]],
    ]);
    const first = r.items[0]!;
    expect(first.type === "question" && first.output?.consensusRule).toEqual({
      kind: "iqr-at-most",
      max: 0.1,
    });
    expect(r.items[2]!.errors[0]!.field).toBe("title");
  });

  it("refuses a CSV without the header and unreadable JSON", () => {
    expect(parseContentImport("binary,x", [])).toEqual({ ok: false, error: "ops.cimport.error.header" });
    expect(parseContentImport("{ nope", [])).toEqual({ ok: false, error: "ops.cimport.error.json" });
  });
});

describe("content import page", () => {
  it("is for organisers only", async () => {
    const f = await makeForum({ experts: 1 });
    const path = `/forums/${f.forum.id}/questions/import`;
    expect((await get(path, f.organiser.cookie)).status).toBe(200);
    expect((await get(path, f.experts[0]!.cookie)).status).toBe(403);
    expect((await get(path, f.stakeholder.cookie)).status).toBe(403);
    expect((await post(path, { text: "kind,title", step: "confirm" }, f.experts[0]!.cookie)).status).toBe(
      403,
    );
    expect((await get(path)).status).toBe(303);
  });

  it("previews JSON with a bad row (422, nothing written), then imports the valid rows, audited", async () => {
    const f = await makeForum({ experts: 1 });
    const path = `/forums/${f.forum.id}/questions/import`;
    const before = (await forumQuestions(f.forum.id)).length;
    const json = JSON.stringify({
      scenarioSets: [
        {
          title: "Imported futures",
          scenarios: [
            { title: "Boom", narrative: "Growth", drivers: "Tech" },
            { title: "Bust", narrative: "Decline", drivers: "" },
            { title: "Drift", narrative: "Nothing", drivers: "" },
          ],
        },
      ],
      questions: [
        {
          kind: "binary",
          title: "Imported yes/no",
          body: "B",
          resolutionCriteria: "C",
          consensusRule: { kind: "iqr-at-most", max: 20 },
        },
        {
          kind: "allocation",
          title: "Imported split",
          resolutionCriteria: "C",
          config: { scenarioSet: "Imported futures" },
        },
        {
          kind: "rating",
          title: "Imported bad rating",
          config: { min: 5, max: 1, minLabel: "a", maxLabel: "b" },
        },
        {
          kind: "ranking",
          title: "Imported order",
          config: { options: ["x", "y", "z"] },
          consensusRule: { kind: "kendall-at-least", min: 0.6 },
        },
      ],
    });
    const preview = await post(path, { text: json, step: "preview" }, f.organiser.cookie);
    expect(preview.status).toBe(422);
    const html = await preview.text();
    expect(html).toContain("4 of 5 rows can be imported");
    expect(html).toContain("questions[2]");
    expect(html).toContain("config.max:");
    expect(html).toContain("Import 4 rows");
    expect((await forumQuestions(f.forum.id)).length).toBe(before);

    const confirm = await post(path, { text: json, step: "confirm" }, f.organiser.cookie);
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get("Location")).toContain("done=4");
    const qs = await forumQuestions(f.forum.id);
    expect(qs.length).toBe(before + 3);
    const added = qs.slice(before);
    expect(added.map((q) => q.title)).toEqual(["Imported yes/no", "Imported split", "Imported order"]);
    expect(added[0]!.consensusRule).toEqual({ kind: "iqr-at-most", max: 0.2 });
    expect(added[2]!.consensusRule).toEqual({ kind: "kendall-at-least", min: 0.6 });
    const set = await db()
      .select()
      .from(scenarioSets)
      .where(and(eq(scenarioSets.forumId, f.forum.id), eq(scenarioSets.title, "Imported futures")))
      .get();
    const scen = await db()
      .select()
      .from(scenarios)
      .where(eq(scenarios.setId, set!.id))
      .orderBy(scenarios.position);
    expect(scen.map((s) => s.title)).toEqual(["Boom", "Bust", "Drift"]);
    const config = added[1]!.config as QuestionConfig;
    expect(config).toEqual({
      kind: "allocation",
      scenarioSetId: set!.id,
      scenarios: scen.map((s) => ({ id: s.id, title: s.title })),
    });
    const actions = (await db().select().from(auditLog).where(eq(auditLog.forumId, f.forum.id))).map(
      (a) => a.action,
    );
    expect(actions.filter((a) => a === "question.create").length).toBe(3);
    expect(actions).toContain("scenario-set.create");
    expect(actions).toContain("content.import");
    // The imported allocation is answerable like one made with the form (the round form lists it).
    expect(await (await get(`/forums/${f.forum.id}/questions`, f.organiser.cookie)).text()).toContain(
      "Imported split",
    );
  });

  it("imports CSV over an existing set and refuses empty input with 422", async () => {
    const f = await makeForum({ experts: 1 });
    const path = `/forums/${f.forum.id}/questions/import`;
    const csv =
      "kind,title,body,resolution_criteria,unit,min,max,min_label,max_label,options,scenario_set,iqr_max\n" +
      'allocation,"CSV split, with comma",,Crit,,,,,,,Set,\n' +
      "quantity,CSV tonnes,,Crit,t,,,,,,,5\n";
    const preview = await post(path, { text: csv, step: "preview" }, f.organiser.cookie);
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain("2 of 2 rows can be imported");
    const confirm = await post(path, { text: csv, step: "confirm" }, f.organiser.cookie);
    expect(confirm.headers.get("Location")).toContain("done=2");
    const qs = await forumQuestions(f.forum.id);
    const split = qs.find((q) => q.title === "CSV split, with comma")!;
    expect(split.config).toEqual(f.questions.allocation.config);
    expect(qs.find((q) => q.title === "CSV tonnes")!.consensusRule).toEqual({ kind: "iqr-at-most", max: 5 });
    expect((await post(path, { text: "  ", step: "preview" }, f.organiser.cookie)).status).toBe(422);
  });

  it("writes 120 questions (several batches)", async () => {
    const f = await makeForum({ experts: 1 });
    const path = `/forums/${f.forum.id}/questions/import`;
    const before = (await forumQuestions(f.forum.id)).length;
    const lines = ["kind,title,resolution_criteria"];
    for (let i = 0; i < 120; i++) lines.push(`binary,Bulk ${i},Crit`);
    const res = await post(path, { text: lines.join("\n"), step: "confirm" }, f.organiser.cookie);
    expect(res.headers.get("Location")).toContain("done=120");
    const qs = await forumQuestions(f.forum.id);
    expect(qs.length).toBe(before + 120);
    expect(new Set(qs.map((q) => q.position)).size).toBe(qs.length);
  });
});
