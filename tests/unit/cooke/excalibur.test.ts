import { describe, expect, it } from "vitest";
import { type CookeInput, parseExcalibur, writeExcalibur } from "../../../src/domain/cooke/index.js";
import { randomStudy, smallStudy } from "./fixtures.js";
import { referenceCase } from "./reference.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const parseText = (dtt: string, rls: string) => parseExcalibur(utf8(dtt), utf8(rls));
const roundTrip = (input: CookeInput) => {
  const { dtt, rls } = writeExcalibur(input);
  return parseText(dtt, rls);
};

const HEADER = "* CLASS ASCII OUTPUT FILE. NQ=   3   QU=   5  50  95";
const RLS = [
  "    1 inter_crecnega  3.13900E+0001 UNI",
  "    2    Rock uplift  2.00000E+0000 LOG  with a text",
  "    3            A20 -9.99500E+0002 UNI",
].join("\n");
const line = (expert: string, item: number, id: string, values: string, scale = "UNI") =>
  `    1 ${expert.padStart(8)} ${String(item).padStart(4)} ${id.padStart(14)} ${scale} ${values}`;
const GOOD = [
  HEADER,
  line("A", 1, "inter_crecnega", " 3.10000E+0000  4.50000E+0000  6.00000E+0000"),
  line("A", 2, "Rock uplift", " 1.00000E+0000  2.00000E+0000  3.00000E+0000  some text", "LOG"),
  line("A", 3, "A20", "-9.99500E+0002 -9.99500E+0002 -9.99500E+0002"),
];

describe("parseExcalibur", () => {
  it("reads levels, ids with spaces, scales, realisations, targets and unanswered questions", () => {
    expect(parseText(GOOD.join("\n"), RLS)).toEqual({
      quantileLevels: [0.05, 0.5, 0.95],
      experts: [{ id: "A" }],
      items: [
        { id: "inter_crecnega", scale: "uni", realisation: 31.39 },
        { id: "Rock uplift", scale: "log", realisation: 2 },
        { id: "A20", scale: "uni", realisation: null },
      ],
      assessments: [[[3.1, 4.5, 6], [1, 2, 3], null]],
    });
  });

  it("reads any number of quantiles, CRLF line ends and blank lines", () => {
    const dtt = [
      "* CLASS ASCII OUTPUT FILE. NQ=   5   QU=   5  25  50  75  95",
      "",
      "    1      Ex1    1   $TAdProm2005 uni  5.0E+0000  1.2E+0001  2.5E+0001  3.5E+0001  5.0E+0001",
    ].join("\r\n");
    const input = parseText(dtt, "    1   $TAdProm2005  1.31100E+0001 uni\r\n");
    expect(input.quantileLevels).toEqual([0.05, 0.25, 0.5, 0.75, 0.95]);
    expect(input.assessments).toEqual([[[5, 12, 25, 35, 50]]]);
  });

  it("links items by id when the two files number them differently, and treats unknown items as targets", () => {
    const dtt = [HEADER, line("A", 1, "x", "1 2 3"), line("A", 2, "y", "1 2 3")].join("\n");
    const input = parseText(dtt, "    7 y 2.5 UNI\n    9 z 1 UNI\n");
    expect(input.items).toEqual([
      { id: "x", scale: "uni", realisation: null },
      { id: "y", scale: "uni", realisation: 2.5 },
    ]);
  });

  it("reads expert ids with spaces and item ids that contain a scale word", () => {
    const dtt = [HEADER, "    1  Exp one    1  log reduction UNI 1 3 5"].join("\n");
    const input = parseText(dtt, "    1  log reduction  4.90000E+0000 UNI\n");
    expect(input.experts).toEqual([{ id: "Exp one" }]);
    expect(input.items).toEqual([{ id: "log reduction", scale: "uni", realisation: 4.9 }]);
  });

  it("decodes UTF-8, and Latin-1 when the bytes are not UTF-8", () => {
    const dtt = `${HEADER}\n${line("A", 1, "inflación", "1 2 3")}\n`;
    const rls = "    1 inflación  2 UNI\n";
    expect(parseExcalibur(utf8(dtt), utf8(rls)).items[0]!.id).toBe("inflación");
    expect(parseExcalibur(latin1(dtt), latin1(rls)).items[0]!.id).toBe("inflación");
  });

  it("splits tokens at white space beyond ASCII as a regular expression's \\s does, in either encoding", () => {
    const spaced = (space: string) =>
      `${HEADER}\n    1${space}A${space}1${space}x${space}UNI 1${space}2${space}3\n`;
    const expected = parseText(spaced(" "), "1 x 2 UNI");
    for (const space of ["\u00a0", "\u3000", "\u2028", "\t\v\f", "\ufeff"])
      expect(parseText(spaced(space), "1 x 2 UNI")).toEqual(expected);
    expect(parseExcalibur(latin1(spaced("\u00a0")), latin1("1 x 2 UNI"))).toEqual(expected);
    // Not white space: U+200B, and in a Latin-1 file the bytes C2 A0 are "Â" then a space.
    expect(() => parseText(spaced("\u200b"), "1 x 2 UNI")).toThrow(/expected an expert number/);
    const latin = latin1(`${HEADER}\n    1 A\u00c2\u00a01 x UNI 1 2 3 \u00ff\n`);
    expect(parseExcalibur(latin, latin1("1 x 2 UNI")).experts).toEqual([{ id: "A\u00c2" }]);
  });

  const bad: [string, string, string, RegExp][] = [
    [
      "a value too few",
      [HEADER, line("A", 1, "x", "1 2")].join("\n"),
      "1 x 2 UNI",
      /dtt line 2: expected 3 values, got 2/,
    ],
    [
      "a non-numeric value",
      [HEADER, line("A", 1, "x", "1 two 3")].join("\n"),
      "1 x 2 UNI",
      /dtt line 2: value "two" is not a number/,
    ],
    [
      "an unknown scale",
      [HEADER, line("A", 1, "x", "1 2 3", "EXP")].join("\n"),
      "1 x 2 UNI",
      /dtt line 2: expected a scale UNI or LOG/,
    ],
    ["a missing header", line("A", 1, "x", "1 2 3"), "1 x 2 UNI", /dtt line 1: missing header/],
    ["a header miscounting", "NQ= 3 QU= 5 95", "1 x 2 UNI", /dtt line 1: header announces NQ= 3 but lists 2/],
    [
      "a bad expert number",
      [HEADER, "  one A 1 x UNI 1 2 3"].join("\n"),
      "1 x 2 UNI",
      /dtt line 2: expected an expert number/,
    ],
    [
      "an item answered twice",
      [HEADER, line("A", 1, "x", "1 2 3"), line("A", 1, "x", "1 2 3")].join("\n"),
      "1 x 2 UNI",
      /dtt line 3: expert "A" answers item 1 twice/,
    ],
    [
      "an rls realisation not a number",
      [HEADER, line("A", 1, "x", "1 2 3")].join("\n"),
      "1 x two UNI",
      /rls line 1: realisation "two" is not a number/,
    ],
    [
      "an rls unknown scale",
      [HEADER, line("A", 1, "x", "1 2 3")].join("\n"),
      "1 x 2 EXP",
      /rls line 1: expected item number, item id, realisation and scale/,
    ],
    [
      "an rls line without a number",
      [HEADER, line("A", 1, "x", "1 2 3")].join("\n"),
      "\n\nx 2 UNI",
      /rls line 3: expected an item number/,
    ],
  ];
  it.each(bad)("%s throws a RangeError naming the file and line", (_, dtt, rls, message) => {
    expect(() => parseText(dtt, rls)).toThrow(RangeError);
    expect(() => parseText(dtt, rls)).toThrow(message);
  });

  it("does not mutate the bytes it reads", () => {
    const dtt = utf8(GOOD.join("\n"));
    const copy = dtt.slice();
    parseExcalibur(dtt, utf8(RLS));
    expect(dtt).toEqual(copy);
  });

  it("refuses something that is not bytes", () => {
    expect(() => parseExcalibur("text" as unknown as Uint8Array, utf8(RLS))).toThrow(TypeError);
  });
});

describe("writeExcalibur", () => {
  it("round-trips a study with spaces in ids, LOG items, targets and unanswered questions", () => {
    const input = smallStudy();
    expect(roundTrip(input)).toEqual(input);
  });

  it("round-trips values that five decimals would round, and unusual quantile levels", () => {
    const input = { ...randomStudy(4, 6, 3, 2), quantileLevels: [0.07, 0.33, 0.5, 0.91].slice(0, 3) };
    expect(roundTrip(input)).toEqual(input);
  });

  it("writes EXCALIBUR's layout", () => {
    const { dtt, rls } = writeExcalibur(smallStudy());
    expect(dtt.split("\n")[0]).toBe("* CLASS ASCII OUTPUT FILE. NQ=   3   QU=   5  50  95");
    expect(dtt.split("\n")[1]).toBe(
      "    1    north    1    growth 2024 UNI  1.00000E+0000  2.00000E+0000  3.00000E+0000",
    );
    expect(rls.split("\n")[3]).toBe("    4         target -9.99500E+0002 UNI");
  });

  it("refuses ids EXCALIBUR cannot hold and values it reads as missing", () => {
    const input = smallStudy();
    expect(() => writeExcalibur({ ...input, experts: [{ id: "" }, ...input.experts.slice(1)] })).toThrow(
      RangeError,
    );
    const missing = {
      ...input,
      items: input.items.map((item, j) => (j === 0 ? { ...item, realisation: -999.5 } : item)),
    };
    expect(() => writeExcalibur(missing)).toThrow(/missing/);
  });
});

for (const name of ["inecc", "tobacco", "political-violence", "gerstenberger", "puig-gdp"]) {
  const study = referenceCase(name);
  describe.skipIf(!study.available)(`round trip of ${study.title}`, () => {
    it("parse → write → parse gives the same study", () => {
      const input = study.load();
      expect(roundTrip(input)).toEqual(input);
    });
  });
}
