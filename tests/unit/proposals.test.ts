import { describe, expect, it } from "vitest";
import {
  DEFAULT_PROPOSAL_DIMENSIONS,
  type DimensionSummary,
  rankProposals,
  summariseProposal,
} from "../../src/domain/proposals.js";
import { computeQuestionSnapshot } from "../../src/domain/snapshot.js";
import { computeStageSummaries } from "../../src/domain/stages.js";

const config = { kind: "proposal" as const, dimensions: [...DEFAULT_PROPOSAL_DIMENSIONS] };
const dims = (d: [number, number][], iqr: [number, number] = [1, 1]): DimensionSummary[] =>
  d.map(([median], i) => ({
    key: `k${i}`,
    label: `L${i}`,
    n: 3,
    summary: {
      n: 3,
      mean: median,
      sd: 0,
      cv: 0,
      min: median,
      max: median,
      q1: median,
      median,
      q3: median,
      iqr: iqr[i]!,
    },
    distribution: [],
    consensus: { met: true, measure: iqr[i]! },
  }));

describe("summariseProposal", () => {
  it("gives type-7 statistics and the rule's verdict per dimension", () => {
    const out = summariseProposal(config, { kind: "iqr-at-most", max: 1 }, [
      [5, 1],
      [4, 3],
      [4, 5],
      [3, 1],
    ]);
    expect(out.map((d) => [d.key, d.summary!.median, d.summary!.q1, d.summary!.q3, d.consensus.met])).toEqual(
      [
        ["desirability", 4, 3.75, 4.25, true],
        ["feasibility", 2, 1, 3.5, false],
      ],
    );
  });
  it("has no summary without ratings", () => {
    expect(
      summariseProposal(config, { kind: "iqr-at-most", max: 1 }, []).every((d) => d.summary === null),
    ).toBe(true);
  });
});

describe("rankProposals (documented rule)", () => {
  it("orders by median desirability, then median feasibility, then smaller IQR, then id; input untouched", () => {
    const input = [
      {
        id: 1,
        dimensions: dims([
          [3, 0],
          [5, 0],
        ]),
      },
      {
        id: 2,
        dimensions: dims([
          [4, 0],
          [2, 0],
        ]),
      },
      {
        id: 3,
        dimensions: dims(
          [
            [4, 0],
            [4, 0],
          ],
          [2, 1],
        ),
      },
      {
        id: 4,
        dimensions: dims(
          [
            [4, 0],
            [4, 0],
          ],
          [1, 1],
        ),
      },
      { id: 5, dimensions: [] },
    ];
    const copy = structuredClone(input);
    expect(rankProposals(input).map((p) => p.id)).toEqual([4, 3, 2, 1, 5]);
    expect(input).toEqual(copy);
  });
});

describe("stage summaries: the n ≥ 3 rule", () => {
  const row = (founding: boolean, v: number) => ({ founding, vector: [v] });
  it("is null unless founding AND later joiners each have at least 3", () => {
    expect(
      computeStageSummaries([row(true, 1), row(true, 2), row(true, 3), row(false, 4), row(false, 5)]),
    ).toBeNull();
    expect(
      computeStageSummaries([row(true, 1), row(true, 2), row(false, 4), row(false, 5), row(false, 6)]),
    ).toBeNull();
    const ok = computeStageSummaries([
      row(true, 1),
      row(true, 2),
      row(true, 3),
      row(false, 7),
      row(false, 8),
      row(false, 9),
    ]);
    expect(ok!.founding).toMatchObject({ n: 3, summaries: [{ median: 2 }] });
    expect(ok!.all).toMatchObject({ n: 6, summaries: [{ median: 5 }] });
  });
  it("never goes below 3 even when asked to", () => {
    expect(computeStageSummaries([row(true, 1), row(true, 2), row(false, 3), row(false, 4)], 2)).toBeNull();
  });
});

describe("computeQuestionSnapshot for proposals", () => {
  it("adds dimensions and leaves the existing fields' meaning alone", () => {
    const answers = [5, 4, 4].map((d, i) => ({
      pseudonym: `P${i}`,
      institution: null,
      country: null,
      time: `2026-01-0${i + 1}T00:00:00Z`,
      value: { kind: "proposal" as const, ratings: [d, 2] },
      rationale: "",
    }));
    const s = computeQuestionSnapshot({
      config,
      rule: { kind: "iqr-at-most", max: 1 },
      eligible: 4,
      minGroupSize: 3,
      answers,
    });
    expect(s).toMatchObject({ kind: "proposal", n: 3, eligible: 4, summary: null, distribution: [] });
    expect(s.responseRate).toBe(0.75);
    expect(s.dimensions!.map((d) => d.summary!.median)).toEqual([4, 2]);
    expect(s.perOption!.map((o) => o.label)).toEqual(["Desirability", "Feasibility"]);
    // Without stage information (older callers) the stages field is left out entirely.
    expect("stages" in s).toBe(false);
  });
});
