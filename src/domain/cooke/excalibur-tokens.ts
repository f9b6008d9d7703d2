/** A whitespace-separated token and where it starts in its line. */
export type Token = { readonly text: string; readonly start: number; readonly end: number };

/**
 * Splits a line into tokens, keeping their positions so ids with inner spaces can be sliced back out.
 * Tokens are the runs a regular expression's `\S+` finds (isSpace is `\s`), scanned by hand: this is
 * most of a study's parsing time.
 */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpace(line.charCodeAt(i))) i++;
    tokens.push({ text: line.slice(start, i), start, end: i });
  }
  return tokens;
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

/** Splits a file into lines numbered from 1, keeping blank ones out. */
export function numberedLines(text: string): { readonly number: number; readonly text: string }[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line, i) => ({ number: i + 1, text: line }))
    .filter((line) => line.text.trim() !== "");
}

/**
 * EXCALIBUR writes numbers like `-9.99500E+0002` (Fortran's `D` exponent too); Number() reads them once
 * the text is checked against `[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?`, character by character.
 * Null when not a number.
 */
export function parseNumber(text: string): number | null {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i); // + -
  let digits = 0;
  for (; i < n && isDigit(c); digits++) c = text.charCodeAt(++i);
  if (c === 46) {
    c = text.charCodeAt(++i); // .
    for (; i < n && isDigit(c); digits++) c = text.charCodeAt(++i);
  }
  if (digits === 0) return null;
  let exponentAt = -1;
  if (i < n) {
    if (c !== 101 && c !== 69 && c !== 100 && c !== 68) return null; // e E d D
    exponentAt = i;
    c = text.charCodeAt(++i);
    if (c === 43 || c === 45) c = text.charCodeAt(++i);
    let exponentDigits = 0;
    for (; i < n && isDigit(c); exponentDigits++) c = text.charCodeAt(++i);
    if (exponentDigits === 0 || i < n) return null;
  }
  const c0 = exponentAt < 0 ? 0 : text.charCodeAt(exponentAt);
  const value = Number(
    c0 === 100 || c0 === 68 ? `${text.slice(0, exponentAt)}E${text.slice(exponentAt + 1)}` : text,
  );
  return Number.isFinite(value) ? value : null;
}

/** Integer token (digits only), or null. */
export function parseInteger(text: string): number | null {
  if (text.length === 0) return null;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return null;
  return Number(text);
}

/** Scale token `UNI`/`LOG` (any case), or null. */
export function parseScale(text: string): "uni" | "log" | null {
  const lower = text.toLowerCase();
  return lower === "uni" || lower === "log" ? lower : null;
}

/**
 * EXCALIBUR marks a missing value (an unanswered question, a target's realisation) with a number
 * near −999.5 (`-9.99500E+0002`, some files `-9.99600E+0002`); anduryl treats [−1000, −990] as
 * missing, and so do we.
 */
export function isMissing(value: number): boolean {
  return value >= -1000 && value <= -990;
}
