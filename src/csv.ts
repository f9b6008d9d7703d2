/**
 * The one CSV writer of the app (exports, audit log): RFC 4180 rows joined by CRLF, every text cell
 * quoted with quotes doubled, numbers bare (`exportNumber`), empty for null/undefined, and text a
 * spreadsheet would run as a formula (leading = + - @ tab CR) defused with an apostrophe.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A number as written in exports: at most 15 significant digits (every decimal typed with up to 15
 * digits round-trips), so arithmetic noise such as 0.07999999999999996 (from 1 − 0.92) reads 0.08;
 * integers and exact short decimals are unchanged. Non-finite numbers are empty cells.
 */
export function exportNumber(x: number): string {
  if (!Number.isFinite(x)) return "";
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(15)));
}

/** One CSV cell: quoted, quotes doubled; text that a spreadsheet would run as a formula is defused. */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return exportNumber(v);
  if (typeof v !== "string") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const csvRow = (cells: readonly CsvValue[]) => cells.map(csvCell).join(",");

/** A whole CSV document: rows joined by CRLF, ending with one. */
export const csvDocument = (rows: readonly (readonly CsvValue[])[]) => `${rows.map(csvRow).join("\r\n")}\r\n`;
