import { describe, expect, it } from "vitest";
import {
  answerSortValue,
  listAnswers,
  NO_ANSWER_FILTER,
  outsideMiddleHalf,
} from "../../src/domain/answer-list.js";
import type { AnswerValue } from "../../src/domain/questions.js";
import type { QuestionSnapshot, SnapshotResponse } from "../../src/domain/snapshot.js";

const binary = (pseudonym: string, p: number, rationale = ""): SnapshotResponse => ({
  pseudonym,
  value: { kind: "binary", p },
  rationale,
});
const summary = (q1: number, q3: number) =>
  ({ q1, q3, median: (q1 + q3) / 2 }) as unknown as NonNullable<QuestionSnapshot["summary"]>;

// Q1 = 0.35 and Q3 = 0.7 (the worked example in src/domain/answer-list.ts).
const snapshot = {
  summary: summary(0.35, 0.7),
  perOption: null,
  responses: [
    binary("AAAAA", 0.5, "Treaty drafts are ready"),
    binary("BBBBB", 0.2, "Elections delay everything"),
    binary("CCCCC", 0.9, "The treaty has broad support"),
    binary("DDDDD", 0.5, ""),
  ],
};
const pseudonyms = (xs: { pseudonym: string }[]) => xs.map((x) => x.pseudonym);

describe("listAnswers", () => {
  it("keeps the snapshot's order by default and marks answers outside the middle half", () => {
    const listed = listAnswers(snapshot, NO_ANSWER_FILTER);
    expect(pseudonyms(listed)).toEqual(["AAAAA", "BBBBB", "CCCCC", "DDDDD"]);
    expect(listed.map((x) => x.outside)).toEqual([false, true, true, false]);
  });

  it.each([
    ["asc", ["BBBBB", "AAAAA", "DDDDD", "CCCCC"]],
    ["desc", ["CCCCC", "AAAAA", "DDDDD", "BBBBB"]],
  ] as const)("sorts by answer %s, ties in the snapshot's order", (sort, expected) => {
    expect(pseudonyms(listAnswers(snapshot, { ...NO_ANSWER_FILTER, sort }))).toEqual(expected);
  });

  it("filters to the answers outside the middle half, and by text in reason or pseudonym", () => {
    expect(pseudonyms(listAnswers(snapshot, { ...NO_ANSWER_FILTER, outside: true }))).toEqual([
      "BBBBB",
      "CCCCC",
    ]);
    expect(pseudonyms(listAnswers(snapshot, { ...NO_ANSWER_FILTER, query: "  TREATY " }))).toEqual([
      "AAAAA",
      "CCCCC",
    ]);
    expect(pseudonyms(listAnswers(snapshot, { ...NO_ANSWER_FILTER, query: "ddd" }))).toEqual(["DDDDD"]);
    expect(pseudonyms(listAnswers(snapshot, { sort: "asc", by: 0, outside: true, query: "treaty" }))).toEqual(
      ["CCCCC"],
    );
  });

  it("sorts allocations by the chosen scenario and checks each scenario against its own range", () => {
    const alloc = (pseudonym: string, p: number[]): SnapshotResponse => ({
      pseudonym,
      value: { kind: "allocation", p },
      rationale: "",
    });
    const s = {
      summary: null,
      perOption: [
        { label: "A", summary: summary(0.3, 0.6), distribution: [] },
        { label: "B", summary: summary(0.4, 0.7), distribution: [] },
      ],
      responses: [alloc("X", [0.5, 0.5]), alloc("Y", [0.2, 0.8]), alloc("Z", [0.6, 0.4])],
    };
    expect(pseudonyms(listAnswers(s, { ...NO_ANSWER_FILTER, sort: "asc", by: 1 }))).toEqual(["Z", "X", "Y"]);
    expect(pseudonyms(listAnswers(s, { ...NO_ANSWER_FILTER, outside: true }))).toEqual(["Y"]);
  });

  it("leaves its input untouched", () => {
    const before = JSON.stringify(snapshot);
    listAnswers(snapshot, { sort: "desc", by: 0, outside: true, query: "x" });
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});

describe("answerSortValue and outsideMiddleHalf", () => {
  it.each([
    [{ kind: "binary", p: 0.3 }, 0, 0.3],
    [{ kind: "quantity", q: [1, 5, 9] }, 0, 5],
    [{ kind: "rating", r: 7 }, 0, 7],
    [{ kind: "ranking", ranks: [2, 1, 3] }, 2, 3],
    [{ kind: "allocation", p: [0.25, 0.75] }, 5, null],
  ] as [AnswerValue, number, number | null][])("%j part %d sorts by %s", (value, by, expected) => {
    expect(answerSortValue(value, by)).toBe(expected);
  });

  it("an answer on the quartiles is inside; without statistics nothing is outside", () => {
    expect(outsideMiddleHalf({ kind: "binary", p: 0.35 }, snapshot)).toBe(false);
    expect(outsideMiddleHalf({ kind: "binary", p: 0.7 }, snapshot)).toBe(false);
    expect(outsideMiddleHalf({ kind: "binary", p: 0.1 }, { summary: null, perOption: null })).toBe(false);
  });
});
