import { decodeText } from "./decode-text.js";
import {
  isMissing,
  numberedLines,
  parseInteger,
  parseNumber,
  parseScale,
  type Token,
  tokenize,
} from "./excalibur-tokens.js";
import type { CookeInput, ItemScale } from "./types.js";

type RlsItem = { id: string; scale: ItemScale; realisation: number | null };

const fail = (file: "dtt" | "rls", line: number, message: string): never => {
  throw new RangeError(`parseExcalibur: ${file} line ${line}: ${message}`);
};

/**
 * Reads an EXCALIBUR "CLASS ASCII" study (Cooke & Goossens 2008, TU Delft expert judgment data
 * base; the format anduryl `io/reader.py` reads):
 *
 * - `.rls`: per item `number id realisation scale [text]`; a realisation in [−1000, −990]
 *   (`-9.99500E+0002`) marks a target item. Items keep the order of this file.
 * - `.dtt`: a header `... NQ= K QU= q1 .. qK` (levels in percent), then per expert and item
 *   `expert-number expert-id item-number item-id scale v1 .. vK [text]`; values in [−1000, −990]
 *   mark an unanswered question (the whole answer then counts as unanswered).
 *
 * Ids may hold spaces: the scale token followed by K numbers ends the id, and the split between
 * expert id, item number and item id is the one whose item id matches the `.rls` file. Each file
 * is decoded as UTF-8, or as Latin-1 when it is not valid UTF-8.
 *
 * @throws RangeError naming the file and line, e.g. `parseExcalibur: dtt line 17: expected 3 values, got 2`.
 */
export function parseExcalibur(dtt: Uint8Array, rls: Uint8Array): CookeInput {
  if (!(dtt instanceof Uint8Array) || !(rls instanceof Uint8Array))
    throw new TypeError("parseExcalibur: dtt and rls must be Uint8Array");
  const items = parseRealisations(decodeText(rls));
  return parseAssessments(decodeText(dtt), items);
}

function parseRealisations(text: string): Map<number, RlsItem> {
  const items = new Map<number, RlsItem>();
  for (const { number: n, text: line } of numberedLines(text)) {
    const tokens = tokenize(line);
    const itemNumber = parseInteger(tokens[0]?.text ?? "");
    if (itemNumber === null) fail("rls", n, `expected an item number, got "${tokens[0]?.text}"`);
    let scaleAt = -1;
    for (let i = 3; i < tokens.length && scaleAt < 0; i++)
      if (parseScale(tokens[i]!.text) && parseNumber(tokens[i - 1]!.text) !== null) scaleAt = i;
    if (scaleAt < 0) {
      const anyScale = tokens.findIndex((t, i) => i >= 2 && parseScale(t.text));
      if (anyScale < 0) fail("rls", n, "expected item number, item id, realisation and scale UNI or LOG");
      fail("rls", n, `realisation "${tokens[anyScale - 1]?.text}" is not a number`);
    }
    const value = parseNumber(tokens[scaleAt - 1]!.text) as number;
    if (items.has(itemNumber as number)) fail("rls", n, `item number ${itemNumber} appears twice`);
    items.set(itemNumber as number, {
      id: slice(line, tokens, 1, scaleAt - 2),
      scale: parseScale(tokens[scaleAt]!.text)!,
      realisation: isMissing(value) ? null : value,
    });
  }
  if (items.size === 0) fail("rls", 1, "no items");
  return items;
}

function parseHeader(line: { number: number; text: string } | undefined): number[] {
  const match = line?.text.match(/NQ=\s*(\S+)\s+QU=(.*)$/i);
  if (!line || !match) return fail("dtt", line?.number ?? 1, 'missing header "NQ= K QU= q1 .. qK"');
  const k = parseInteger(match[1]!);
  const levels = tokenize(match[2]!).map((t) => parseNumber(t.text));
  if (k === null || k === 0 || levels.length !== k)
    fail("dtt", line.number, `header announces NQ= ${match[1]} but lists ${levels.length} quantiles`);
  levels.forEach((level, i) => {
    if (level === null || !(level > 0 && level < 100) || (i > 0 && !(level > (levels[i - 1] as number))))
      fail("dtt", line.number, "quantile levels must be numbers in (0, 100), increasing");
  });
  return levels.map((level) => (level as number) / 100);
}

function parseAssessments(text: string, rlsItems: Map<number, RlsItem>): CookeInput {
  const lines = numberedLines(text);
  const quantileLevels = parseHeader(lines[0]);
  const k = quantileLevels.length;
  const itemIndex = new Map([...rlsItems.keys()].map((number, j) => [number, j]));
  const experts: { id: string }[] = [];
  const expertIndex = new Map<number, number>();
  const assessments: (number[] | null)[][] = [];
  const seen = new Set<string>();
  for (const { number: n, text: line } of lines.slice(1)) {
    const tokens = tokenize(line);
    const expertNumber = parseInteger(tokens[0]?.text ?? "");
    if (expertNumber === null) fail("dtt", n, `expected an expert number, got "${tokens[0]?.text}"`);
    const { scaleAt, values } = findValues(tokens, k, n);
    const { expertId, itemNumber } = splitIds(line, tokens, scaleAt, rlsItems, n);
    const item = rlsItems.get(itemNumber)!;
    if (parseScale(tokens[scaleAt]!.text) !== item.scale)
      fail(
        "dtt",
        n,
        `item ${itemNumber} has scale ${tokens[scaleAt]!.text} here but ${item.scale} in the rls file`,
      );
    let e = expertIndex.get(expertNumber as number);
    if (e === undefined) {
      e = experts.length;
      expertIndex.set(expertNumber as number, e);
      experts.push({ id: expertId });
      assessments.push(new Array(rlsItems.size).fill(null));
    } else if (experts[e]!.id !== expertId) {
      fail("dtt", n, `expert ${expertNumber} is "${expertId}" here but "${experts[e]!.id}" earlier`);
    }
    const key = `${e}:${itemNumber}`;
    if (seen.has(key)) fail("dtt", n, `expert "${expertId}" answers item ${itemNumber} twice`);
    seen.add(key);
    assessments[e]![itemIndex.get(itemNumber)!] = values.some(isMissing) ? null : values;
  }
  if (experts.length === 0) fail("dtt", (lines[0]?.number ?? 0) + 1, "no assessments");
  return { quantileLevels, experts, items: [...rlsItems.values()], assessments };
}

/** The scale token followed by K numbers; reports the closest miss when there is none. */
function findValues(tokens: Token[], k: number, n: number): { scaleAt: number; values: number[] } {
  let closest: { scaleAt: number; count: number } | null = null;
  for (let i = 4; i < tokens.length; i++) {
    if (!parseScale(tokens[i]!.text)) continue;
    const values: number[] = [];
    for (let v = i + 1; v <= i + k && v < tokens.length; v++) {
      const value = parseNumber(tokens[v]!.text);
      if (value === null) break;
      values.push(value);
    }
    if (values.length === k) return { scaleAt: i, values };
    if (!closest || values.length > closest.count) closest = { scaleAt: i, count: values.length };
  }
  if (!closest) return fail("dtt", n, "expected a scale UNI or LOG after the item id");
  const after = tokens[closest.scaleAt + 1 + closest.count];
  if (after) return fail("dtt", n, `value "${after.text}" is not a number`);
  return fail("dtt", n, `expected ${k} values, got ${closest.count}`);
}

/** Splits `expert-id item-number item-id` so that the item id matches the rls file. */
function splitIds(
  line: string,
  tokens: Token[],
  scaleAt: number,
  rlsItems: Map<number, RlsItem>,
  n: number,
): { expertId: string; itemNumber: number } {
  let firstNumber: number | null = null;
  for (let s = 2; s <= scaleAt - 2; s++) {
    const itemNumber = parseInteger(tokens[s]!.text);
    if (itemNumber === null) continue;
    firstNumber ??= itemNumber;
    if (rlsItems.get(itemNumber)?.id === slice(line, tokens, s + 1, scaleAt - 1))
      return { expertId: slice(line, tokens, 1, s - 1), itemNumber };
  }
  if (firstNumber === null) return fail("dtt", n, "expected expert id, item number and item id");
  const known = rlsItems.get(firstNumber);
  if (!known) return fail("dtt", n, `item ${firstNumber} is not in the rls file`);
  return fail("dtt", n, `item ${firstNumber} does not match its rls id "${known.id}"`);
}

/** The text from token `from` to token `to` inclusive, inner spacing kept. */
function slice(line: string, tokens: Token[], from: number, to: number): string {
  return line.slice(tokens[from]!.start, tokens[to]!.end);
}
