/** A whitespace-separated token and where it starts in its line. */
export type Token = { readonly text: string; readonly start: number; readonly end: number };

/** Splits a line into tokens, keeping their positions so ids with inner spaces can be sliced back out. */
export function tokenize(line: string): Token[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Splits a file into lines numbered from 1, keeping blank ones out. */
export function numberedLines(text: string): { readonly number: number; readonly text: string }[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line, i) => ({ number: i + 1, text: line }))
    .filter((line) => line.text.trim() !== "");
}

/** EXCALIBUR writes numbers like `-9.99500E+0002`; Number() reads them. Null when not a number. */
export function parseNumber(text: string): number | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?$/.test(text)) return null;
  const value = Number(text.replace(/[dD]/, "E"));
  return Number.isFinite(value) ? value : null;
}

/** Integer token, or null. */
export function parseInteger(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
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
