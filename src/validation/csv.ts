/**
 * RFC 4180 CSV parsing (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM) and the panel-import
 * row checks. Pure: used by the panel and content imports before anything is written.
 */

export type CsvLine = { line: number; cells: string[]; error?: "quote" };

/** Parses CSV text into lines of cells (1-based line numbers of where each record starts). */
export function parseCsv(text: string): CsvLine[] {
  const src = text.replace(/^\uFEFF/, "");
  const out: CsvLine[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.some((c) => c.trim() !== "")) out.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += ch;
  }
  cells.push(cell);
  if (quoted) out.push({ line: start, cells, error: "quote" });
  else if (cells.some((c) => c.trim() !== "")) out.push({ line: start, cells });
  return out;
}

export const PANEL_ROLES = ["expert", "stakeholder", "organiser"] as const;

export type PanelRow = {
  line: number;
  name: string;
  email: string;
  institution: string;
  country: string;
  role: (typeof PANEL_ROLES)[number];
  /** Catalogue keys of what is wrong with the row; empty when it can be invited. */
  errors: string[];
};

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
const HEADER = ["name", "email", "institution", "country"];

/**
 * The rows of a panel CSV (name, email, institution, country[, role]) with their errors: bad e-mail,
 * the same e-mail earlier in the file, already a member (`isMember`), an expert without institution
 * and country, a missing name, an unknown role, a value too long, an unbalanced quote.
 */
export function checkPanelCsv(text: string, isMember: (email: string) => boolean): PanelRow[] {
  const lines = parseCsv(text);
  const first = lines[0]?.cells.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s_-]/g, ""),
  );
  const hasHeader =
    first &&
    HEADER.every((h, i) => first[i] === h || (h === "email" && first[i] === "e-mail".replace("-", "")));
  const seen = new Set<string>();
  return lines.slice(hasHeader ? 1 : 0).map((l) => {
    const [name = "", email = "", institution = "", country = "", role = ""] = l.cells.map((c) => c.trim());
    const errors: string[] = [];
    const e = email.toLowerCase();
    const r = (role.toLowerCase() || "expert") as PanelRow["role"];
    if (l.error) errors.push("ops.import.error.quote");
    if (!name) errors.push("ops.import.error.name");
    if ([name, institution, country].some((x) => x.length > 200) || email.length > 254)
      errors.push("ops.import.error.tooLong");
    if (!EMAIL.test(e)) errors.push("ops.import.error.email");
    else if (seen.has(e)) errors.push("ops.import.error.duplicate");
    else if (isMember(e)) errors.push("ops.import.error.member");
    if (EMAIL.test(e)) seen.add(e);
    if (!(PANEL_ROLES as readonly string[]).includes(r)) errors.push("ops.import.error.role");
    if (r === "expert" && (!institution || !country)) errors.push("ops.import.error.institution");
    return { line: l.line, name, email: e, institution, country, role: r, errors };
  });
}
