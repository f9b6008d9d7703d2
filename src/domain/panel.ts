/** The panel as the organiser's page reads it, and how the page finds someone in it. */

export type Institution = { id: number; name: string; country: string };

export type PanelMember = {
  id: number;
  userId: number;
  name: string;
  email: string;
  role: "organiser" | "expert" | "stakeholder";
  status: "invited" | "active" | "declined" | "removed";
  pseudonym: string;
  institution: Institution | null;
};

/**
 * Text as the panel's search compares it: without accents and other marks (NFKD, marks dropped), in
 * lower case the same on every host, with the dotless ı as i, so that "istanbul" finds "İstanbul",
 * "ирина" finds "Ирина" and "jose" finds "José" (SQLite's lower() folds ASCII letters only).
 */
export function searchFold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ı/g, "i");
}

/**
 * Whether a member's name, e-mail address or institution contains `text`, compared through
 * `searchFold`. Pseudonyms are never searched. An empty text matches everyone.
 *
 * @example memberMatches({ name: "Ирина Петрова", email: "ip@example.org", institution: null }, "ИРИНА") // true
 */
export function memberMatches(
  member: Pick<PanelMember, "name" | "email" | "institution">,
  text: string,
): boolean {
  const wanted = searchFold(text.trim());
  if (wanted === "") return true;
  return [member.name, member.email, member.institution?.name ?? ""].some((field) =>
    searchFold(field).includes(wanted),
  );
}

/**
 * One page of a list ordered newest first, by id: the items with ids at or below `from` (all when
 * undefined), `size` of them; `next` is the first id of the older page (null on the last); `previous`
 * the `from` of the newer page, null when that page is the first, undefined on the first page itself.
 *
 * @example pageOf([{ id: 9 }, { id: 7 }, { id: 4 }, { id: 2 }], 7, 2) // items 7 and 4, next 2, previous null
 */
export function pageOf<T extends { id: number }>(
  newestFirst: readonly T[],
  from: number | undefined,
  size: number,
): { items: T[]; next: number | null; previous?: number | null } {
  const start = from === undefined ? 0 : newestFirst.findIndex((item) => item.id <= from);
  const at = start < 0 ? newestFirst.length : start;
  const items = newestFirst.slice(at, at + size);
  const next = newestFirst[at + size]?.id ?? null;
  if (from === undefined || at === 0) return { items, next };
  return { items, next, previous: at > size ? (newestFirst[at - size]?.id ?? null) : null };
}
