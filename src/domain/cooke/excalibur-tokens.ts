/**
 * The whitespace-separated tokens of one line, as positions in the file's text so ids with inner
 * spaces can be sliced back out. Tokens are the runs a regular expression's `\S+` finds (isSpace is
 * `\s`), scanned by hand and only as far as asked (a `.dtt` line's trailing description is rarely
 * read): tokenising was most of a study's parsing time. One instance serves line after line (`read`).
 */
export class LineTokens {
  private source = "";
  private lineEnd = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private found = 0;
  private scanned = 0;

  /** Starts on a new line: text[start..end). */
  read(text: string, start: number, end: number): void {
    this.source = text;
    this.lineEnd = end;
    this.found = 0;
    this.scanned = start;
  }

  /** Whether the line has a token number i (from 0), scanning on to it. */
  has(i: number): boolean {
    const text = this.source;
    const n = this.lineEnd;
    while (this.found <= i) {
      let at = this.scanned;
      while (at < n && isSpace(text.charCodeAt(at))) at++;
      if (at === n) {
        this.scanned = n;
        return false;
      }
      const start = at;
      while (at < n && !isSpace(text.charCodeAt(at))) at++;
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

  /** Token i read by parseNumber, or null (also past the last token). */
  number(i: number): number | null {
    return this.has(i) ? parseNumber(this.source, this.start(i), this.end(i)) : null;
  }

  /** Token i read by parseInteger, or null (also past the last token). */
  integer(i: number): number | null {
    return this.has(i) ? parseInteger(this.source, this.start(i), this.end(i)) : null;
  }

  /** Token i read by parseScale, or null (also past the last token). */
  scale(i: number): "uni" | "log" | null {
    return this.has(i) ? parseScale(this.source, this.start(i), this.end(i)) : null;
  }
}

/** JavaScript's `\s`: ASCII and Unicode white space, line terminators and the byte-order mark. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A line of a file: its number (from 1) and where it lies in the file's text, line end excluded. */
export type Line = { readonly number: number; readonly start: number; readonly end: number };

/** Splits a file into lines (line ends \r\n, \n or \r), keeping blank ones out. */
export function numberedLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let nextLf = -1;
  let nextCr = -1;
  let number = 0;
  for (let start = 0; start <= n; ) {
    // The next line end of each kind, looked up again only once passed (native searches are fast).
    if (nextLf < start) nextLf = text.indexOf("\n", start) >>> 0;
    if (nextCr < start) nextCr = text.indexOf("\r", start) >>> 0;
    const end = Math.min(nextLf, nextCr, n);
    number++;
    let first = start;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    if (first < end) lines.push({ number, start, end });
    start = end + (end === nextCr && nextLf === end + 1 ? 2 : 1);
  }
  return lines;
}

/**
 * EXCALIBUR writes numbers like `-9.99500E+0002` (Fortran's `D` exponent too): the text line[start..end)
 * is read when it matches `[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?` and its value is finite, else null.
 */
export function parseNumber(line: string, start: number, end: number): number | null {
  const exact = exactDecimal(line, start, end);
  if (!Number.isNaN(exact)) return exact;
  // Beyond that, Number() takes exactly the pattern's texts with an e/E exponent, and besides them
  // only Infinity (not finite) and 0x/0o/0b integers; anything else it reads as NaN. So a finite
  // value settles it, and only a NaN (a D exponent, or no number) needs the characters checked.
  const value = Number(line.slice(start, end));
  if (Number.isFinite(value)) return isRadixInteger(line, start, end) ? null : value;
  return parseFortranNumber(line, start, end);
}

/** 10^0 … 10^22: every one a double exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, p) => Number(`1e${p}`));

/**
 * line[start..end) read without a string when it is `[+-]?\d*\.?\d*([eE][+-]?\d+)?` with at most 15
 * significant digits and a power of ten within ±22, else NaN: then the digits are an exact double
 * and so is the power, and one multiplication or division rounds the value correctly, as Number()
 * does (Clinger's fast path, "How to read floating point numbers accurately", 1990). EXCALIBUR's
 * `1.00000E+0001` is such a number.
 */
function exactDecimal(line: string, start: number, end: number): number {
  let i = start;
  let c = line.charCodeAt(i);
  const negative = c === 45;
  if (c === 43 || c === 45) c = line.charCodeAt(++i);
  let digits = 0;
  let significant = 0;
  let mantissa = 0;
  let power = 0;
  let point = false;
  for (; i < end; c = line.charCodeAt(++i)) {
    if (isDigit(c)) {
      digits++;
      if (mantissa > 0 || c !== 48) significant++;
      mantissa = mantissa * 10 + (c - 48);
      if (point) power--;
    } else if (c === 46 && !point) point = true;
    else break;
  }
  if (digits === 0 || significant > 15) return Number.NaN;
  if (i < end) {
    if (c !== 101 && c !== 69) return Number.NaN; // e E
    c = line.charCodeAt(++i);
    const sign = c === 45 ? -1 : 1;
    if (c === 43 || c === 45) c = line.charCodeAt(++i);
    let exponent = 0;
    const from = i;
    for (; i < end && isDigit(c) && i - from < 4; c = line.charCodeAt(++i))
      exponent = exponent * 10 + (c - 48);
    if (i === from || i < end) return Number.NaN;
    power += sign * exponent;
  }
  if (power < -22 || power > 22) return Number.NaN;
  const value =
    power < 0 ? mantissa / (POWERS_OF_TEN[-power] as number) : mantissa * (POWERS_OF_TEN[power] as number);
  return negative ? -value : value;
}

/** Whether line[start..end) is a 0x, 0o or 0b integer (which Number() reads and the pattern does not). */
function isRadixInteger(line: string, start: number, end: number): boolean {
  if (end - start < 2 || line.charCodeAt(start) !== 48) return false;
  const c = line.charCodeAt(start + 1) | 32; // a–z and A–Z alike
  return c === 120 || c === 111 || c === 98; // x o b
}

/** parseNumber checking the text character by character (the only way to a D exponent). */
function parseFortranNumber(line: string, start: number, end: number): number | null {
  let i = start;
  let c = line.charCodeAt(i);
  if (c === 43 || c === 45) c = line.charCodeAt(++i); // + -
  let digits = 0;
  for (; i < end && isDigit(c); digits++) c = line.charCodeAt(++i);
  if (c === 46 && i < end) {
    c = line.charCodeAt(++i); // .
    for (; i < end && isDigit(c); digits++) c = line.charCodeAt(++i);
  }
  if (digits === 0) return null;
  let exponentAt = -1;
  if (i < end) {
    if (c !== 101 && c !== 69 && c !== 100 && c !== 68) return null; // e E d D
    exponentAt = i;
    c = line.charCodeAt(++i);
    if ((c === 43 || c === 45) && i < end) c = line.charCodeAt(++i);
    let exponentDigits = 0;
    for (; i < end && isDigit(c); exponentDigits++) c = line.charCodeAt(++i);
    if (exponentDigits === 0 || i < end) return null;
  }
  const c0 = exponentAt < 0 ? 0 : line.charCodeAt(exponentAt);
  const value = Number(
    c0 === 100 || c0 === 68
      ? `${line.slice(start, exponentAt)}E${line.slice(exponentAt + 1, end)}`
      : line.slice(start, end),
  );
  return Number.isFinite(value) ? value : null;
}

/** Integer token line[start..end) (digits only), or null. */
export function parseInteger(line: string, start: number, end: number): number | null {
  if (end === start) return null;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (!isDigit(c)) return null;
    value = value * 10 + (c - 48);
  }
  // Exact below 2^53 (15 digits always are); longer numbers rounded as Number() rounds them.
  return end - start <= 15 ? value : Number(line.slice(start, end));
}

/**
 * Scale token line[start..end) `UNI`/`LOG` (any case), or null. ASCII case folding is enough: no other
 * character lower-cases to one of these letters.
 */
export function parseScale(line: string, start: number, end: number): "uni" | "log" | null {
  if (end - start !== 3) return null;
  // c | 32 folds A–Z onto a–z; of all characters only the letter itself and its capital fold onto it.
  const a = line.charCodeAt(start) | 32;
  const b = line.charCodeAt(start + 1) | 32;
  const c = line.charCodeAt(start + 2) | 32;
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
