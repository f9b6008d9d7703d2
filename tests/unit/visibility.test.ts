import { describe, expect, it } from "vitest";
import {
  exportGroupLabel,
  hiddenSnapshotPaths,
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

  it("labels an export row with a group only at or above the threshold", () => {
    expect(exportGroupLabel("Institute A", 3, 3)).toBe("Institute A");
    expect(exportGroupLabel("Institute A", 2, 3)).toBeNull();
    expect(exportGroupLabel(null, 10, 3)).toBeNull();
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
