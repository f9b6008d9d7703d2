import { decodeText } from "./decode-text.js";
import { isMissing, type Line, LineTokens, numberedLines, parseInteger } from "./excalibur-tokens.js";
import type { CookeInput, ItemScale } from "./types.js";

type Realisation = { readonly realisation: number | null; readonly line: number };
/** An item of the .dtt file; `index` is its place in the study (order of first appearance). */
type DttItem = { id: string; scale: ItemScale; line: number; index: number };

const fail = (file: "dtt" | "rls", line: number, message: string): never => {
  throw new RangeError(`parseExcalibur: ${file} line ${line}: ${message}`);
};

/**
 * Reads an EXCALIBUR "CLASS ASCII" study (Cooke & Goossens 2008, TU Delft expert judgment data
 * base; the conventions of anduryl `io/reader.py`):
 *
 * - `.dtt`: a header `... NQ= K QU= q1 .. qK` (levels in percent), then per expert and item
 *   `expert-number expert-id item-number item-id scale v1 .. vK [text]` with scale `UNI` or `LOG`;
 *   values in [−1000, −990] (`-9.99500E+0002`) mark an unanswered question (the whole answer
 *   then counts as unanswered). The items, their order and scales come from this file.
 * - `.rls`: per item `number id realisation scale [text]`, matched to the `.dtt` items by id
 *   (the two files may number items differently); a realisation in [−1000, −990], or an item
 *   missing from this file, makes a target item.
 *
 * Ids may hold spaces: the scale token followed by K numbers ends the item id, and when the
 * expert id might hold spaces too, the split whose item id the `.rls` file knows wins. Each file
 * is decoded as UTF-8, or as Latin-1 when it is not valid UTF-8.
 *
 * @throws RangeError naming the file and line, e.g. `parseExcalibur: dtt line 17: expected 3 values, got 2`.
 */
export function parseExcalibur(dtt: Uint8Array, rls: Uint8Array): CookeInput {
  if (!(dtt instanceof Uint8Array) || !(rls instanceof Uint8Array))
    throw new TypeError("parseExcalibur: dtt and rls must be Uint8Array");
  const realisations = parseRealisations(decodeText(rls));
  return parseAssessments(decodeText(dtt), realisations);
}

function parseRealisations(text: string): Map<string, Realisation> {
  const items = new Map<string, Realisation>();
  const tokens = new LineTokens();
  for (const line of numberedLines(text)) {
    const n = line.number;
    tokens.read(text, line.start, line.end);
    if (tokens.integer(0) === null) fail("rls", n, `expected an item number, got "${tokens.text(0)}"`);
    let scaleAt = -1;
    for (let i = 3; tokens.has(i) && scaleAt < 0; i++)
      if (tokens.scale(i) && tokens.number(i - 1) !== null) scaleAt = i;
    if (scaleAt < 0) {
      let anyScale = 2;
      while (tokens.has(anyScale) && !tokens.scale(anyScale)) anyScale++;
      if (!tokens.has(anyScale))
        fail("rls", n, "expected item number, item id, realisation and scale UNI or LOG");
      fail("rls", n, `realisation "${tokens.text(anyScale - 1)}" is not a number`);
    }
    const id = tokens.span(1, scaleAt - 2);
    const value = tokens.number(scaleAt - 1) as number;
    const previous = items.get(id);
    if (previous) fail("rls", n, `item "${id}" appears twice (also line ${previous.line})`);
    items.set(id, { realisation: isMissing(value) ? null : value, line: n });
  }
  return items;
}

function parseHeader(text: string, line: Line | undefined): number[] {
  const match = line && text.slice(line.start, line.end).match(/NQ=\s*(\S+)\s+QU=(.*)$/i);
  if (!line || !match) return fail("dtt", line?.number ?? 1, 'missing header "NQ= K QU= q1 .. qK"');
  const k = parseInteger(match[1]!, 0, match[1]!.length);
  const tokens = new LineTokens();
  tokens.read(match[2]!, 0, match[2]!.length);
  const levels: (number | null)[] = [];
  while (tokens.has(levels.length)) levels.push(tokens.number(levels.length));
  if (k === null || k === 0 || levels.length !== k)
    fail("dtt", line.number, `header announces NQ= ${match[1]} but lists ${levels.length} quantiles`);
  levels.forEach((level, i) => {
    if (level === null || !(level > 0 && level < 100) || (i > 0 && !(level > (levels[i - 1] as number))))
      fail("dtt", line.number, "quantile levels must be numbers in (0, 100), increasing");
  });
  return levels.map((level) => (level as number) / 100);
}

function parseAssessments(text: string, realisations: Map<string, Realisation>): CookeInput {
  const lines = numberedLines(text);
  const quantileLevels = parseHeader(text, lines[0]);
  const k = quantileLevels.length;
  const items = new Map<number, DttItem>();
  const itemIds = new Map<string, number>();
  // answers[item index]: the values, null when missing, undefined when the expert has not answered.
  const experts = new Map<number, { id: string; answers: (number[] | null | undefined)[] }>();
  const tokens = new LineTokens();
  for (let l = 1; l < lines.length; l++) {
    const line = lines[l]!;
    const n = line.number;
    tokens.read(text, line.start, line.end);
    const expertNumber = tokens.integer(0);
    if (expertNumber === null) fail("dtt", n, `expected an expert number, got "${tokens.text(0)}"`);
    const { scaleAt, values } = findValues(tokens, k, n);
    const { expertId, itemNumber, itemId } = splitIds(tokens, scaleAt, realisations, n);
    const scale = tokens.scale(scaleAt)!;
    let item = items.get(itemNumber);
    if (!item) {
      const other = itemIds.get(itemId);
      if (other !== undefined) fail("dtt", n, `item id "${itemId}" is also item ${other}`);
      item = { id: itemId, scale, line: n, index: items.size };
      items.set(itemNumber, item);
      itemIds.set(itemId, itemNumber);
    } else if (item.id !== itemId || item.scale !== scale) {
      fail(
        "dtt",
        n,
        `item ${itemNumber} is "${itemId}" ${scale} here but "${item.id}" ${item.scale} on line ${item.line}`,
      );
    }
    let expert = experts.get(expertNumber as number);
    if (!expert) {
      expert = { id: expertId, answers: [] };
      experts.set(expertNumber as number, expert);
    } else if (expert.id !== expertId) {
      fail("dtt", n, `expert ${expertNumber} is "${expertId}" here but "${expert.id}" earlier`);
    }
    if (expert.answers[item.index] !== undefined)
      fail("dtt", n, `expert "${expertId}" answers item ${itemNumber} twice`);
    expert.answers[item.index] = values.some(isMissing) ? null : values;
  }
  if (experts.size === 0) fail("dtt", (lines[0]?.number ?? 0) + 1, "no assessments");
  return {
    quantileLevels,
    experts: [...experts.values()].map(({ id }) => ({ id })),
    items: [...items.values()].map(({ id, scale }) => ({
      id,
      scale,
      realisation: realisations.get(id)?.realisation ?? null,
    })),
    assessments: [...experts.values()].map(({ answers }) =>
      Array.from({ length: items.size }, (_, index) => answers[index] ?? null),
    ),
  };
}

/** The scale token followed by K numbers; reports the closest miss when there is none. */
function findValues(tokens: LineTokens, k: number, n: number): { scaleAt: number; values: number[] } {
  let closest: { scaleAt: number; count: number } | null = null;
  for (let i = 4; tokens.has(i); i++) {
    if (!tokens.scale(i)) continue;
    const values: number[] = [];
    for (let v = i + 1; v <= i + k; v++) {
      const value = tokens.number(v);
      if (value === null) break;
      values.push(value);
    }
    if (values.length === k) return { scaleAt: i, values };
    if (!closest || values.length > closest.count) closest = { scaleAt: i, count: values.length };
  }
  if (!closest) return fail("dtt", n, "expected a scale UNI or LOG after the item id");
  const after = closest.scaleAt + 1 + closest.count;
  if (tokens.has(after)) return fail("dtt", n, `value "${tokens.text(after)}" is not a number`);
  return fail("dtt", n, `expected ${k} values, got ${closest.count}`);
}

/**
 * Splits `expert-id item-number item-id`: the expert id is one token unless a longer one leaves an
 * item id that the rls file knows (so expert ids with spaces still parse).
 */
function splitIds(
  tokens: LineTokens,
  scaleAt: number,
  realisations: Map<string, Realisation>,
  n: number,
): { expertId: string; itemNumber: number; itemId: string } {
  let fallback: { expertId: string; itemNumber: number; itemId: string } | null = null;
  for (let s = 2; s <= scaleAt - 2; s++) {
    const itemNumber = tokens.integer(s);
    if (itemNumber === null) continue;
    const split = {
      expertId: tokens.span(1, s - 1),
      itemNumber,
      itemId: tokens.span(s + 1, scaleAt - 1),
    };
    if (realisations.has(split.itemId)) return split;
    fallback ??= split;
  }
  return (
    fallback ?? fail("dtt", n, "expected expert number, expert id, item number and item id before the scale")
  );
}
