import { ByteText } from "./byte-text.js";
import { isMissing, LineTokens, parseInteger } from "./excalibur-tokens.js";
import type { CookeInput, ItemScale } from "./types.js";

type Realisation = { readonly realisation: number | null; readonly line: number };
/**
 * An item or an expert of the .dtt file, with where its id first appeared (bytes [idStart, idEnd)):
 * later lines compare their id's bytes with those rather than build a string per line.
 */
type Named = { readonly id: string; readonly idStart: number; readonly idEnd: number };
/** `index` is the item's place in the study (order of first appearance). */
type DttItem = Named & { readonly scale: ItemScale; readonly line: number; readonly index: number };
/** answers[item index]: the values, null when missing, undefined when the expert has not answered. */
type DttExpert = Named & { readonly answers: (number[] | null | undefined)[] };

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
 * is read as UTF-8, or as Latin-1 when it is not valid UTF-8 (without decoding it: see ByteText).
 *
 * @throws RangeError naming the file and line, e.g. `parseExcalibur: dtt line 17: expected 3 values, got 2`.
 */
export function parseExcalibur(dtt: Uint8Array, rls: Uint8Array): CookeInput {
  if (!(dtt instanceof Uint8Array) || !(rls instanceof Uint8Array))
    throw new TypeError("parseExcalibur: dtt and rls must be Uint8Array");
  const realisations = parseRealisations(new ByteText(rls));
  return parseAssessments(new ByteText(dtt), realisations);
}

function parseRealisations(text: ByteText): Map<string, Realisation> {
  const items = new Map<string, Realisation>();
  const tokens = new LineTokens(text);
  while (tokens.next()) {
    const n = tokens.line;
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

/** The quantile levels of the header, the first line that is not blank (`tokens` is moved onto it). */
function parseHeader(tokens: LineTokens, utf8: boolean): number[] {
  const found = tokens.next();
  const match = found && tokens.lineText().match(/NQ=\s*(\S+)\s+QU=(.*)$/i);
  if (!found || !match) return fail("dtt", found ? tokens.line : 1, 'missing header "NQ= K QU= q1 .. qK"');
  const count = ByteText.of(match[1]!, utf8);
  const k = parseInteger(count.bytes, 0, count.bytes.length);
  const list = new LineTokens(ByteText.of(match[2]!, utf8));
  const levels: (number | null)[] = [];
  if (list.next()) while (list.has(levels.length)) levels.push(list.number(levels.length));
  if (k === null || k === 0 || levels.length !== k)
    fail("dtt", tokens.line, `header announces NQ= ${match[1]} but lists ${levels.length} quantiles`);
  levels.forEach((level, i) => {
    if (level === null || !(level > 0 && level < 100) || (i > 0 && !(level > (levels[i - 1] as number))))
      fail("dtt", tokens.line, "quantile levels must be numbers in (0, 100), increasing");
  });
  return levels.map((level) => (level as number) / 100);
}

function parseAssessments(text: ByteText, realisations: Map<string, Realisation>): CookeInput {
  const tokens = new LineTokens(text);
  const quantileLevels = parseHeader(tokens, text.utf8);
  const headerLine = tokens.line;
  const k = quantileLevels.length;
  const items = new Map<number, DttItem>();
  const itemIds = new Map<string, number>();
  const experts = new Map<number, DttExpert>();
  while (tokens.next()) {
    const n = tokens.line;
    const expertNumber = tokens.integer(0);
    if (expertNumber === null) fail("dtt", n, `expected an expert number, got "${tokens.text(0)}"`);
    const { scaleAt, values } = findValues(tokens, k, n);
    // Tokens 1..s−1 are the expert id, s the item number, s+1..scaleAt−1 the item id.
    const s = itemNumberAt(tokens, scaleAt, realisations, n);
    const itemNumber = tokens.integer(s) as number;
    const scale = tokens.scale(scaleAt)!;
    let item = items.get(itemNumber);
    if (!item) {
      const itemId = tokens.span(s + 1, scaleAt - 1);
      const other = itemIds.get(itemId);
      if (other !== undefined) fail("dtt", n, `item id "${itemId}" is also item ${other}`);
      const [idStart, idEnd] = [tokens.start(s + 1), tokens.end(scaleAt - 1)];
      item = { id: itemId, idStart, idEnd, scale, line: n, index: items.size };
      items.set(itemNumber, item);
      itemIds.set(itemId, itemNumber);
    } else if (!tokens.spanEquals(s + 1, scaleAt - 1, item.idStart, item.idEnd) || item.scale !== scale) {
      fail(
        "dtt",
        n,
        `item ${itemNumber} is "${tokens.span(s + 1, scaleAt - 1)}" ${scale} here but "${item.id}" ${item.scale} on line ${item.line}`,
      );
    }
    let expert = experts.get(expertNumber as number);
    if (!expert) {
      const [idStart, idEnd] = [tokens.start(1), tokens.end(s - 1)];
      expert = { id: tokens.span(1, s - 1), idStart, idEnd, answers: [] };
      experts.set(expertNumber as number, expert);
    } else if (!tokens.spanEquals(1, s - 1, expert.idStart, expert.idEnd)) {
      fail("dtt", n, `expert ${expertNumber} is "${tokens.span(1, s - 1)}" here but "${expert.id}" earlier`);
    }
    if (expert.answers[item.index] !== undefined)
      fail("dtt", n, `expert "${expert.id}" answers item ${itemNumber} twice`);
    expert.answers[item.index] = anyMissing(values) ? null : values;
  }
  if (experts.size === 0) fail("dtt", headerLine + 1, "no assessments");
  const expertList = [...experts.values()];
  return {
    quantileLevels,
    experts: expertList.map(({ id }) => ({ id })),
    items: [...items.values()].map(({ id, scale }) => ({
      id,
      scale,
      realisation: realisations.get(id)?.realisation ?? null,
    })),
    assessments: expertList.map(({ answers }) => denseRow(answers, items.size)),
  };
}

function anyMissing(values: readonly number[]): boolean {
  for (let v = 0; v < values.length; v++) if (isMissing(values[v] as number)) return true;
  return false;
}

/** An expert's answers with null for every item they did not answer. */
function denseRow(answers: readonly (number[] | null | undefined)[], count: number): (number[] | null)[] {
  const row: (number[] | null)[] = [];
  for (let j = 0; j < count; j++) row.push(answers[j] ?? null);
  return row;
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
 * Where `expert-id item-number item-id` splits: the token of the item number. The expert id is one
 * token unless a longer one leaves an item id that the rls file knows (so expert ids with spaces
 * still parse); with a single integer token to split at, there is nothing to look up.
 */
function itemNumberAt(
  tokens: LineTokens,
  scaleAt: number,
  realisations: Map<string, Realisation>,
  n: number,
): number {
  let first = -1;
  let candidates = 0;
  for (let s = 2; s <= scaleAt - 2; s++) {
    if (tokens.integer(s) === null) continue;
    if (first < 0) first = s;
    candidates++;
  }
  if (first < 0)
    fail("dtt", n, "expected expert number, expert id, item number and item id before the scale");
  if (candidates > 1) {
    for (let s = first; s <= scaleAt - 2; s++)
      if (tokens.integer(s) !== null && realisations.has(tokens.span(s + 1, scaleAt - 1))) return s;
  }
  return first;
}
