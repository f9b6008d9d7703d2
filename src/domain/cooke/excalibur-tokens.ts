import type { ByteText } from "./byte-text.js";

/**
 * A file's lines (ends \r\n, \n or \r; blank lines skipped but counted) and each line's
 * whitespace-separated tokens (the runs a regular expression's `\S+` finds), read from the file's
 * bytes and only as far as asked: a `.dtt` line's trailing description is rarely read, and neither
 * lines nor tokens become strings unless asked for (`text`, `span`). One instance walks a whole
 * file (`next`); tokenising was most of a study's parsing time.
 */
export class LineTokens {
  private readonly source: ByteText;
  private readonly bytes: Uint8Array;
  /** Where the current line starts. */
  private lineStart = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private found = 0;
  private scanned = 0;
  /** Whether `scanned` reached the current line's end. */
  private atLineEnd = false;
  /** The current line's number, from 1. */
  line = 0;

  constructor(source: ByteText) {
    this.source = source;
    this.bytes = source.bytes;
  }

  /** Moves to the next line that is not blank; false past the last one. */
  next(): boolean {
    const { bytes } = this;
    const n = bytes.length;
    let start = this.line === 0 ? this.source.start : this.endOfLine();
    while (start <= n) {
      this.line++;
      const at = this.skipSpaces(start);
      if (at < n && !isLineEnd(bytes[at] as number)) {
        this.found = 0;
        this.scanned = at;
        this.atLineEnd = false;
        this.lineStart = start;
        return true;
      }
      start = afterLineEnd(bytes, at);
    }
    return false;
  }

  /** The current line's text, line end excluded. */
  lineText(): string {
    const { bytes } = this;
    let end = this.lineStart;
    while (end < bytes.length && !isLineEnd(bytes[end] as number)) end++;
    return this.source.slice(this.lineStart, end);
  }

  /** Whether the line has a token number i (from 0), scanning on to it. */
  has(i: number): boolean {
    const { bytes } = this;
    const n = bytes.length;
    while (this.found <= i) {
      if (this.atLineEnd) return false;
      let at = this.skipSpaces(this.scanned);
      if (at === n || isLineEnd(bytes[at] as number)) {
        this.scanned = at;
        this.atLineEnd = true;
        return false;
      }
      const start = at;
      while (at < n) {
        const b = bytes[at] as number;
        // Printable ASCII (most bytes) is never white space; anything else may be (\n and \r are).
        if ((b <= 32 || b >= 0x80) && this.source.spaceLength(at) > 0) break;
        at++;
      }
      this.starts[this.found] = start;
      this.ends[this.found] = at;
      this.found++;
      this.scanned = at;
    }
    return true;
  }

  /** Where token i starts; call has(i) first. */
  start(i: number): number {
    return this.starts[i] as number;
  }

  /** Where token i ends (exclusive); call has(i) first. */
  end(i: number): number {
    return this.ends[i] as number;
  }

  /** Token i's text, or "" past the last token. */
  text(i: number): string {
    return this.has(i) ? this.source.slice(this.start(i), this.end(i)) : "";
  }

  /** The text from token `from` to token `to` inclusive, inner spacing kept; call has(to) first. */
  span(from: number, to: number): string {
    return this.source.slice(this.start(from), this.end(to));
  }

  /**
   * Whether tokens `from` to `to` (call has(to) first) hold the same bytes as bytes[start..end) of the
   * file, so the same text: both encodings map distinct byte strings to distinct texts.
   */
  spanEquals(from: number, to: number, start: number, end: number): boolean {
    const { bytes } = this;
    const at = this.start(from);
    if (this.end(to) - at !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (bytes[at + i] !== bytes[start + i]) return false;
    return true;
  }

  /** Token i read by parseNumber, or null (also past the last token). */
  number(i: number): number | null {
    return this.has(i) ? parseNumber(this.source, this.start(i), this.end(i)) : null;
  }

  /** Token i read by parseInteger, or null (also past the last token). */
  integer(i: number): number | null {
    return this.has(i) ? parseInteger(this.bytes, this.start(i), this.end(i)) : null;
  }

  /** Token i read by parseScale, or null (also past the last token). */
  scale(i: number): "uni" | "log" | null {
    return this.has(i) ? parseScale(this.bytes, this.start(i), this.end(i)) : null;
  }

  /** The first position from `at` on that is a line end, the end of the file or not white space. */
  private skipSpaces(at: number): number {
    const { bytes } = this;
    const n = bytes.length;
    while (at < n) {
      const b = bytes[at] as number;
      if (b === 32) at++;
      else if (isLineEnd(b)) break;
      else {
        const length = this.source.spaceLength(at);
        if (length === 0) break;
        at += length;
      }
    }
    return at;
  }

  /**
   * Where the line after the current one starts (past the file's end after the last line). A loop:
   * Uint8Array indexOf (per kind of line end, looked up again once passed) was slower.
   */
  private endOfLine(): number {
    const { bytes } = this;
    let at = this.scanned;
    while (at < bytes.length && !isLineEnd(bytes[at] as number)) at++;
    return afterLineEnd(bytes, at);
  }
}

const isLineEnd = (b: number) => b === 10 || b === 13;

/** The start of the next line, given where this one ends (at a \n, a \r, or the file's end). */
function afterLineEnd(bytes: Uint8Array, at: number): number {
  return at + (bytes[at] === 13 && bytes[at + 1] === 10 ? 2 : 1);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * EXCALIBUR writes numbers like `-9.99500E+0002` (Fortran's `D` exponent too): the text bytes[start..end)
 * is read when it matches `[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?` and its value is finite, else null.
 */
export function parseNumber(source: ByteText, start: number, end: number): number | null {
  const exact = exactDecimal(source.bytes, start, end);
  if (!Number.isNaN(exact)) return exact;
  const text = source.slice(start, end);
  // Beyond that, Number() takes exactly the pattern's texts with an e/E exponent, and besides them
  // only Infinity (not finite) and 0x/0o/0b integers; anything else it reads as NaN. So a finite
  // value settles it, and only a NaN (a D exponent, or no number) needs the characters checked.
  const value = Number(text);
  if (Number.isFinite(value)) return isRadixInteger(text) ? null : value;
  return parseFortranNumber(text);
}

/** 10^0 … 10^22: every one a double exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, p) => Number(`1e${p}`));

/**
 * bytes[start..end) read when it is `[+-]?\d*\.?\d*([eE][+-]?\d{1,4})?` with at least one digit, at
 * most 15 significant digits and a power of ten within ±22, else NaN: then the digits are an exact
 * double and so is the power, and one multiplication or division rounds the value correctly, as
 * Number() does (Clinger's fast path, "How to read floating point numbers accurately", 1990).
 * EXCALIBUR's `1.00000E+0001` is such a number.
 */
function exactDecimal(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = bytes[i] === 45;
  if (negative || bytes[i] === 43) i++; // - +
  let mantissa = 0;
  const integerStart = i;
  for (; i < end && isDigit(bytes[i] as number); i++) mantissa = mantissa * 10 + ((bytes[i] as number) - 48);
  let digits = i - integerStart;
  let power = 0;
  if (i < end && bytes[i] === 46) {
    const fractionStart = ++i; // .
    for (; i < end && isDigit(bytes[i] as number); i++)
      mantissa = mantissa * 10 + ((bytes[i] as number) - 48);
    digits += i - fractionStart;
    power = fractionStart - i;
  }
  // More than 15 significant digits (leading zeros are not) is exactly a mantissa of 10^15 or more,
  // which rounding while summing cannot bring below 10^15.
  if (digits === 0 || !(mantissa < 1e15)) return Number.NaN;
  if (i < end) {
    const e = bytes[i++];
    if (e !== 101 && e !== 69) return Number.NaN; // e E
    const sign = i < end && bytes[i] === 45 ? -1 : 1;
    if (i < end && (bytes[i] === 43 || bytes[i] === 45)) i++;
    let exponent = 0;
    const from = i;
    for (; i < end && i - from < 4 && isDigit(bytes[i] as number); i++)
      exponent = exponent * 10 + ((bytes[i] as number) - 48);
    if (i === from || i < end) return Number.NaN;
    power += sign * exponent;
  }
  if (power < -22 || power > 22) return Number.NaN;
  const value =
    power < 0 ? mantissa / (POWERS_OF_TEN[-power] as number) : mantissa * (POWERS_OF_TEN[power] as number);
  return negative ? -value : value;
}

/** Whether the text is a 0x, 0o or 0b integer (which Number() reads and the pattern does not). */
function isRadixInteger(text: string): boolean {
  if (text.length < 2 || text.charCodeAt(0) !== 48) return false;
  const c = text.charCodeAt(1) | 32; // a–z and A–Z alike
  return c === 120 || c === 111 || c === 98; // x o b
}

/** parseNumber checking the text character by character (the only way to a D exponent). */
function parseFortranNumber(text: string): number | null {
  const end = text.length;
  let i = 0;
  let c = text.charCodeAt(i);
  if (c === 43 || c === 45) c = text.charCodeAt(++i); // + -
  let digits = 0;
  for (; i < end && isDigit(c); digits++) c = text.charCodeAt(++i);
  if (c === 46 && i < end) {
    c = text.charCodeAt(++i); // .
    for (; i < end && isDigit(c); digits++) c = text.charCodeAt(++i);
  }
  if (digits === 0) return null;
  let exponentAt = -1;
  if (i < end) {
    if (c !== 101 && c !== 69 && c !== 100 && c !== 68) return null; // e E d D
    exponentAt = i;
    c = text.charCodeAt(++i);
    if ((c === 43 || c === 45) && i < end) c = text.charCodeAt(++i);
    let exponentDigits = 0;
    for (; i < end && isDigit(c); exponentDigits++) c = text.charCodeAt(++i);
    if (exponentDigits === 0 || i < end) return null;
  }
  const c0 = exponentAt < 0 ? 0 : text.charCodeAt(exponentAt);
  const value = Number(
    c0 === 100 || c0 === 68 ? `${text.slice(0, exponentAt)}E${text.slice(exponentAt + 1)}` : text,
  );
  return Number.isFinite(value) ? value : null;
}

/** Integer token bytes[start..end) (digits only), or null. */
export function parseInteger(bytes: Uint8Array, start: number, end: number): number | null {
  if (end === start) return null;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (!isDigit(c)) return null;
    value = value * 10 + (c - 48);
  }
  // Exact below 2^53 (15 digits always are); longer numbers rounded as Number() rounds them.
  return end - start <= 15 ? value : Number(String.fromCharCode(...bytes.subarray(start, end)));
}

/**
 * Scale token bytes[start..end) `UNI`/`LOG` (any case), or null. ASCII case folding is enough: the
 * three bytes must be ASCII letters, and no byte of a character beyond ASCII is below 0x80.
 */
export function parseScale(bytes: Uint8Array, start: number, end: number): "uni" | "log" | null {
  if (end - start !== 3) return null;
  // c | 32 folds A–Z onto a–z; of all bytes only the letter itself and its capital fold onto it.
  const a = (bytes[start] as number) | 32;
  const b = (bytes[start + 1] as number) | 32;
  const c = (bytes[start + 2] as number) | 32;
  if (a === 117 && b === 110 && c === 105) return "uni";
  if (a === 108 && b === 111 && c === 103) return "log";
  return null;
}

/**
 * EXCALIBUR marks a missing value (an unanswered question, a target's realisation) with a number
 * near −999.5 (`-9.99500E+0002`, some files `-9.99600E+0002`); anduryl treats [−1000, −990] as
 * missing, and so do we.
 */
export function isMissing(value: number): boolean {
  return value >= -1000 && value <= -990;
}
