// Issue 13, F2 and F3: strict anonymity hides who is behind a pseudonym from organisers too, and nobody
// below the organiser receives subgroup statistics together with per-pseudonym values (the rule lives in
// src/domain/visibility.ts; these tests go through the pages, exports and API that apply it).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { computeLiveSnapshot } from "../../../src/db/queries/realtime.js";
import { findPreviousSnapshot, getRoundByNumber, getRoundQuestion } from "../../../src/db/queries/rounds.js";
import { institutions } from "../../../src/db/schema.js";
import { scalarOf } from "../../../src/domain/questions.js";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { countableGroups, snapshotView } from "../../../src/domain/visibility.js";
import { db, get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { answerRound, dashboardWithBreakdowns, publishedForum } from "../../helpers/published-forum.js";

describe("F2: strict anonymity on organiser pages and exports", () => {
  it("the Panel page pairs no name or e-mail with a pseudonym in a strict forum (it does under quasi)", async () => {
    const strict = await makeForum({ experts: 4, anonymity: "strict" });
    const html = await (await get(`/forums/${strict.forum.id}/panel`, strict.organiser.cookie)).text();
    for (const e of strict.experts) {
      expect(html).toContain(e.user.email);
      expect(html).not.toContain(e.member.pseudonym);
    }
    const quasi = await makeForum({ experts: 4 });
    const open = await (await get(`/forums/${quasi.forum.id}/panel`, quasi.organiser.cookie)).text();
    for (const e of quasi.experts) expect(open).toContain(e.member.pseudonym);
  });

  it("exports narrow no pseudonym to fewer than 3 people by its institution and country, not even by a missing one", async () => {
    // The organiser knows the panel (names and institutions on the Panel page). Grouping the export's
    // pseudonyms by the labels written beside them must leave every pseudonym among at least 3 people:
    // with 3 + 1 experts, labelling the three singles out the fourth as the only unlabelled one.
    for (const experts of [4, 7, 8]) {
      const f = await publishedForum({ experts, anonymity: "strict" });
      const data = (await (await get(`${f.base}/export.json`, f.organiser.cookie)).json()) as {
        rounds: { answers: { pseudonym: string; institution: string | null; country: string | null }[] }[];
      };
      const classes = new Map<string, Set<string>>();
      for (const a of data.rounds.flatMap((r) => r.answers)) {
        const key = `${a.institution}|${a.country}`;
        classes.set(key, (classes.get(key) ?? new Set()).add(a.pseudonym));
      }
      for (const [key, pseudonyms] of classes)
        expect(pseudonyms.size, `${experts} experts: ${key} holds ${pseudonyms.size}`).toBeGreaterThanOrEqual(
          3,
        );
      const lone = f.experts[experts - 1]!;
      const [inst] = await db()
        .select()
        .from(institutions)
        .where(eq(institutions.id, lone.member.institutionId!));
      const csv = await (await get(`${f.base}/export/answers.csv`, f.organiser.cookie)).text();
      if (experts !== 8) expect(csv).not.toContain(inst!.name);
    }
  });
});

describe("F2: who has answered is not shown by name under strict anonymity", () => {
  it("the overview lists nobody by name, counts small institutions together, and the outbox hides reminders' recipients", async () => {
    for (const anonymity of ["strict", "quasi"] as const) {
      // 4 experts: an institution of 3 and one of 1; two answer one question, the lone expert among them.
      const f = await makeForum({ experts: 4, anonymity });
      await answerRound(f, 1, 0, [0, 3]);
      const names = new Map((await db().select().from(institutions)).map((i) => [i.id, i.name]));
      const lone = f.experts[3]!;
      const overview = await (await get(`/forums/${f.forum.id}`, f.organiser.cookie)).text();
      expect(
        (await post(`/forums/${f.forum.id}/rounds/1/remind`, { confirm: "1" }, f.organiser.cookie)).status,
      ).toBe(200);
      const outbox = await (await get("/outbox", f.organiser.cookie)).text();
      if (anonymity === "strict") {
        // The live monitor shows which pseudonym answered; a named progress list beside it would pair them.
        expect(overview).toContain('id="incomplete-hidden"');
        expect(overview).not.toContain('id="incomplete-experts"');
        for (const e of f.experts) {
          expect(overview).not.toContain(e.user.email);
          expect(overview).not.toContain(e.user.name);
          expect(outbox).not.toContain(e.user.email);
        }
        // 3 + 1: a row for either institution would give the lone expert's progress away, also in the
        // parts the overview loads when opened; and the list of who has not answered is no page either.
        for (const page of [
          overview,
          await (await get(`/forums/${f.forum.id}/participation/rate`, f.organiser.cookie)).text(),
          await (await get(`/forums/${f.forum.id}/participation/attrition`, f.organiser.cookie)).text(),
        ]) {
          expect(page).not.toContain(names.get(lone.member.institutionId!)!);
          expect(page).not.toContain(names.get(f.experts[0]!.member.institutionId!)!);
        }
        expect((await get(`/forums/${f.forum.id}/rounds/1/incomplete`, f.organiser.cookie)).status).toBe(404);
        expect(outbox).toContain("to an expert of the panel");
        expect(outbox).not.toContain("you have answered");
      } else {
        expect(overview).toContain('id="incomplete-experts"');
        expect(overview).toContain(f.experts[1]!.user.email);
        const rate = await (await get(`/forums/${f.forum.id}/participation/rate`, f.organiser.cookie)).text();
        expect(rate).toContain(names.get(lone.member.institutionId!)!);
        expect(outbox).toContain(f.experts[1]!.user.email);
      }
    }
  });

  it("counts by institution only where no one is singled out (countableGroups)", async () => {
    const sizes = (entries: [string | null, number][]) => countableGroups(new Map(entries), 3);
    expect(
      [
        ...sizes([
          ["A", 3],
          ["B", 3],
        ]),
      ].sort(),
    ).toEqual(["A", "B"]);
    expect([
      ...sizes([
        ["A", 3],
        ["Z", 1],
      ]),
    ]).toEqual([]);
    expect([
      ...sizes([
        ["A", 3],
        ["B", 4],
        ["Z", 1],
        [null, 1],
      ]),
    ]).toEqual(["B"]);
    expect(
      [
        ...sizes([
          ["A", 3],
          ["B", 3],
          ["Z", 1],
          ["Y", 2],
        ]),
      ].sort(),
    ).toEqual(["A", "B"]);
  });
});

describe("F3: no subgroup statistics beside per-pseudonym values below the organiser", () => {
  it("the review's matching attack links pseudonyms to institutions on data with both, and finds nothing in what an expert gets", async () => {
    const f = await publishedForum({ experts: 6 });
    const url = `/api/v1/forums/${f.forum.id}/rounds/1/results`;
    type Results = { questions: { snapshot: QuestionSnapshot }[] };
    // The attack: a group of 3's median is one member's answer; a pseudonym whose answer alone equals it
    // is linked to that group.
    const attack = (body: Results) => {
      const links = new Map<string, string>();
      for (const { snapshot: s } of body.questions)
        for (const g of [...(s.groups?.institution ?? []), ...(s.groups?.country ?? [])]) {
          const hits = (s.responses ?? []).filter((r) => scalarOf(r.value) === g.median);
          if (hits.length === 1) links.set(`${hits[0]!.pseudonym}→${g.name}`, g.name);
        }
      return links;
    };
    const names = new Map((await db().select().from(institutions)).map((i) => [i.id, i.name]));
    const truth = new Map(f.experts.map((e) => [e.member.pseudonym, names.get(e.member.institutionId!)]));
    // Organisers receive both (they invited the panel): the attack works there, which shows it is real.
    const org = (await (await get(url, f.organiser.cookie)).json()) as Results;
    const orgLinks = [...attack(org).keys()].filter((k) => !k.includes("Country"));
    expect(orgLinks.length).toBeGreaterThanOrEqual(2);
    for (const k of orgLinks) expect(truth.get(k.split("→")[0]!)).toBe(k.split("→")[1]);
    // An expert: the pseudonymous answers, no subgroup — nothing links.
    const body = (await (await get(url, f.experts[0]!.cookie)).json()) as Results;
    for (const { snapshot: s } of body.questions) {
      expect(s.responses?.length ?? 0).toBeGreaterThan(0);
      expect(s.groups.institution).toEqual([]);
      expect(s.groups.country).toEqual([]);
      expect("stages" in s).toBe(false);
    }
    expect(attack(body).size).toBe(0);
    // Stakeholders: the groups, but no per-pseudonym value — nothing links either.
    const st = (await (await get(url, f.stakeholder.cookie)).json()) as Results;
    expect(st.questions.some((q) => q.snapshot.groups.institution.length > 0)).toBe(true);
    expect(st.questions.every((q) => q.snapshot.responses === undefined)).toBe(true);
    expect(attack(st).size).toBe(0);
  });

  it("the expert's feedback and live panel read no subgroup out of the database (the queries apply the rule)", async () => {
    const f = await publishedForum({ experts: 6 });
    const q = f.questions.binary;
    const organiser = await findPreviousSnapshot(db(), f.forum.id, q.id, 2, snapshotView("organiser"));
    expect(organiser!.stats.groups.institution.length).toBeGreaterThan(0);
    const expert = await findPreviousSnapshot(db(), f.forum.id, q.id, 2, snapshotView("expert"));
    expect(expert!.stats.responses.length).toBe(6);
    expect(expert!.stats.groups).toEqual({ institution: [], country: [] });
    const round = (await getRoundByNumber(db(), f.forum.id, 1))!;
    const question = (await getRoundQuestion(db(), round.id, q.id))!;
    const live = await computeLiveSnapshot(db(), f.forum, round.id, question, snapshotView("expert"));
    expect(live.responses.length).toBe(6);
    expect(live.groups).toEqual({ institution: [], country: [] });
    expect("stages" in live).toBe(false);
  });

  it("the dashboard shows experts no breakdown by institution or country; stakeholders still see it", async () => {
    const f = await publishedForum({ experts: 6 });
    const expertView = await (await get(`${f.base}/dashboard`, f.experts[0]!.cookie)).text();
    expect(expertView).not.toContain("Country 0 (n = 3)");
    expect(expertView).not.toMatch(/id="groups-\d+-institution/);
    expect(expertView).not.toContain("/breakdown/");
    const breakdown = `${f.base}/dashboard/rounds/1/breakdown/${f.questions.binary.id}`;
    expect((await get(breakdown, f.experts[0]!.cookie)).status).toBe(404);
    const stakeholderView = await dashboardWithBreakdowns(`${f.base}/dashboard`, f.stakeholder.cookie);
    expect(stakeholderView).toContain("Country 0 (n = 3)");
    expect(await (await get(breakdown, f.stakeholder.cookie)).text()).toContain("Country 0 (n = 3)");
  });
});
