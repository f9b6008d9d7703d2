/**
 * The whitespace-separated tokens of one line, as positions so ids with inner spaces can be sliced
 * back out. Tokens are the runs a regular expression's `\S+` finds (isSpace is `\s`), scanned by hand
 * and only as far as asked (a `.dtt` line's trailing description is rarely read): tokenising was
 * most of a study's parsing time. One instance serves line after line (`read`).
 */
export class LineTokens {
  line = "";
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private found = 0;
  private scanned = 0;

  /** Starts on a new line. */
  read(line: string): void {
    this.line = line;
    this.found = 0;
    this.scanned = 0;
  }

  /** Whether the line has a token number i (from 0), scanning on to it. */
  has(i: number): boolean {
    const { line } = this;
    const n = line.length;
    while (this.found <= i) {
      let at = this.scanned;
      while (at < n && isSpace(line.charCodeAt(at))) at++;
      if (at === n) {
        this.scanned = n;
        return false;
      }
      const start = at;
      while (at < n && !isSpace(line.charCodeAt(at))) at++;
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
    return this.has(i) ? this.line.slice(this.start(i), this.end(i)) : "";
  }

  /** The text from token `from` to token `to` inclusive, inner spacing kept; call has(to) first. */
  span(from: number, to: number): string {
    return this.line.slice(this.start(from), this.end(to));
  }

  /** Token i read by parseNumber, or null (also past the last token). */
  number(i: number): number | null {
    return this.has(i) ? parseNumber(this.line, this.start(i), this.end(i)) : null;
  }

  /** Token i read by parseInteger, or null (also past the last token). */
  integer(i: number): number | null {
    return this.has(i) ? parseInteger(this.line, this.start(i), this.end(i)) : null;
  }

  /** Token i read by parseScale, or null (also past the last token). */
  scale(i: number): "uni" | "log" | null {
    return this.has(i) ? parseScale(this.line, this.start(i), this.end(i)) : null;
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

/** Splits a file into lines numbered from 1 (line ends \r\n, \n or \r), keeping blank ones out. */
export function numberedLines(text: string): { readonly number: number; readonly text: string }[] {
  const lines: { number: number; text: string }[] = [];
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
    if (first < end) lines.push({ number, text: text.slice(start, end) });
    start = end + (end === nextCr && nextLf === end + 1 ? 2 : 1);
  }
  return lines;
}

/**
 * EXCALIBUR writes numbers like `-9.99500E+0002` (Fortran's `D` exponent too); Number() reads them once
 * the text (line[start..end)) is checked against `[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?`, character by
 * character. Null when not a number.
 */
export function parseNumber(line: string, start: number, end: number): number | null {
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
  for (let i = start; i < end; i++) if (!isDigit(line.charCodeAt(i))) return null;
  return Number(line.slice(start, end));
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
