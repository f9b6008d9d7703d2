import { describe, expect, it } from "vitest";
import {
  disclosableGroups,
  disclosableLabels,
  type GroupKeys,
  groupThreshold,
  hiddenSnapshotPaths,
  labelGroups,
  mayPairNamesWithPseudonyms,
  panelShowsPseudonyms,
  snapshotView,
  type ViewerRole,
  viewSnapshot,
} from "../../src/domain/visibility.js";

const ROLES: ViewerRole[] = ["organiser", "token", "expert", "stakeholder"];

describe("visibility: the one rule of who sees what", () => {
  it("never gives anyone below the organiser both subgroups and per-pseudonym responses (F3)", () => {
    for (const role of ROLES) {
      const v = snapshotView(role);
      if (role !== "organiser" && role !== "token") expect(v.responses && v.subgroups).toBe(false);
    }
    expect(snapshotView("expert")).toEqual({ responses: true, subgroups: false });
    expect(snapshotView("stakeholder")).toEqual({ responses: false, subgroups: true });
  });

  it("pairs names with pseudonyms only for organisers of quasi-anonymous forums (F2)", () => {
    for (const role of ROLES)
      for (const mode of ["quasi", "strict"] as const)
        expect(mayPairNamesWithPseudonyms(role, mode)).toBe(role === "organiser" && mode === "quasi");
    expect(panelShowsPseudonyms("strict")).toBe(false);
    expect(panelShowsPseudonyms("quasi")).toBe(true);
  });

  it("labels export rows so that no pseudonym narrows to fewer than the threshold of people", () => {
    const people = (spec: [string | null, string | null, number][]): GroupKeys[] =>
      spec.flatMap(([institution, country, n]) =>
        Array.from({ length: n }, () => ({ institution, country })),
      );
    const classSizes = (ps: GroupKeys[], t: number) => {
      const labels = disclosableLabels(ps, t);
      const m = new Map<string, number>();
      for (const p of ps) {
        const key = JSON.stringify(labelGroups(p, labels));
        m.set(key, (m.get(key) ?? 0) + 1);
      }
      return { labels, sizes: [...m.values()] };
    };
    // Groups of 3 keep their labels.
    const even = classSizes(
      people([
        ["A", "X", 3],
        ["B", "Y", 3],
      ]),
      3,
    );
    expect([...even.labels.institutions].sort()).toEqual(["A", "B"]);
    // The review's case: 3 in A and one lone expert elsewhere. Writing A beside three pseudonyms would
    // single out the fourth (the only unlabelled one), so nothing is labelled.
    const lone = classSizes(
      people([
        ["A", "X", 3],
        ["Z", "W", 1],
      ]),
      3,
    );
    expect(lone.labels.institutions.size + lone.labels.countries.size).toBe(0);
    expect(lone.sizes).toEqual([4]);
    // A lone expert sharing A's country: their institution is hidden, so the country must go too.
    const sameCountry = classSizes(
      people([
        ["A", "X", 3],
        ["Z", "X", 1],
        ["B", "Y", 3],
        ["C", "V", 3],
      ]),
      3,
    );
    expect(sameCountry.sizes.every((n) => n >= 3)).toBe(true);
    expect(sameCountry.labels.countries.has("X")).toBe(false);
    // Only the smallest labelled group joins the unlabelled; larger ones keep their labels.
    const big = classSizes(
      people([
        ["A", "X", 3],
        ["B", "Y", 5],
        ["Z", "W", 1],
      ]),
      3,
    );
    expect([...big.labels.institutions]).toEqual(["B"]);
    expect(big.sizes.every((n) => n >= 3)).toBe(true);
    // Invariant over many panels: every labelled combination is shared by 0 or at least k people.
    for (let seed = 1; seed <= 200; seed++) {
      let x = seed;
      const rnd = (m: number) => {
        x = (x * 1103515245 + 12345) % 2147483648;
        return x % m;
      };
      const ps = Array.from({ length: 3 + rnd(15) }, () => {
        const i = rnd(6);
        return i === 5
          ? { institution: null, country: null }
          : { institution: `I${i}`, country: `C${i % 3}` };
      });
      for (const k of [3, 4, 5]) {
        const { sizes } = classSizes(ps, k);
        if (ps.length >= k) expect(sizes.every((n) => n >= k)).toBe(true);
      }
    }
  });

  it("publishes a subgroup only when its complement is empty or reaches the threshold too (F3)", () => {
    const g = (name: string, n: number, median = 0.5) => ({ name, n, median });
    const none = new Map<string, string | null>();
    // 4 respondents, a group of 3: the one outside is narrowed by the group's median — suppressed.
    expect(disclosableGroups({ institution: [g("A", 3)], country: [g("X", 3)] }, 4, 3, none)).toEqual({
      institution: [],
      country: [],
    });
    // 6 respondents in two groups of 3: both shown; a group that is everyone is shown too.
    expect(
      disclosableGroups({ institution: [g("A", 3), g("B", 3)], country: [g("X", 6)] }, 6, 3, none),
    ).toEqual({ institution: [g("A", 3), g("B", 3)], country: [g("X", 6)] });
    // Country X = institution A (3) + one lone expert, among 7: X would give away the lone answer.
    const countryOf = new Map<string, string | null>([
      ["A", "X"],
      ["B", "Y"],
    ]);
    const nested = disclosableGroups(
      { institution: [g("A", 3), g("B", 3)], country: [g("X", 4), g("Y", 3)] },
      7,
      3,
      countryOf,
    );
    expect(nested.institution.map((x) => x.name)).toEqual(["A", "B"]);
    expect(nested.country.map((x) => x.name)).toEqual(["Y"]);
    // Below the threshold nothing, whatever the complement.
    expect(disclosableGroups({ institution: [g("A", 2)], country: [] }, 2, 3, none).institution).toEqual([]);
  });

  it("removes what a view hides, in SQL paths and in the object, without touching the input", () => {
    const snap = {
      n: 3,
      responses: [{ pseudonym: "ABCDE" }],
      groups: { institution: [{ name: "I", n: 3, median: 0.4 }], country: [] },
      stages: { all: {} },
      dimensions: [{ key: "d", polarisation: { split: true, groups: [{ by: "institution" }] } }],
    };
    const copy = structuredClone(snap);
    const expert = viewSnapshot(snap, snapshotView("expert"));
    expect(expert.responses).toEqual(snap.responses);
    expect(expert.groups).toEqual({ institution: [], country: [] });
    expect("stages" in expert).toBe(false);
    expect(expert.dimensions?.[0]?.polarisation?.groups).toEqual([]);
    const stakeholder = viewSnapshot(snap, snapshotView("stakeholder"));
    expect("responses" in stakeholder).toBe(false);
    expect(stakeholder.groups).toEqual(snap.groups);
    expect(snap).toEqual(copy);
    expect(hiddenSnapshotPaths(snapshotView("expert"))).toEqual(["$.groups", "$.stages"]);
    expect(hiddenSnapshotPaths(snapshotView("stakeholder"))).toEqual(["$.responses"]);
    expect(hiddenSnapshotPaths(snapshotView("organiser"))).toEqual([]);
  });
});

describe("groupThreshold", () => {
  it("is the forum's minimum group size, never below 3 (snapshots, stages, exports and shared pages all use it)", () => {
    expect(groupThreshold({ minGroupSize: 5 })).toBe(5);
    expect(groupThreshold({ minGroupSize: 1 })).toBe(3);
    expect(groupThreshold({ minGroupSize: 0 })).toBe(3);
  });
});
