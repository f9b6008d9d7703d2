import { describe, expect, it } from "vitest";
import { memberMatches, pageOf, searchFold } from "../../src/domain/panel.js";

const member = (name: string, email: string, institution: string | null = null) => ({
  name,
  email,
  institution: institution === null ? null : { id: 1, name: institution, country: "C" },
});

describe("memberMatches (the panel page's search)", () => {
  it("finds by name, e-mail or institution, in any case", () => {
    const m = member("Dana Smith", "dana@example.org", "North Institute");
    expect(memberMatches(m, "SMITH")).toBe(true);
    expect(memberMatches(m, "dana@EXAMPLE")).toBe(true);
    expect(memberMatches(m, " north ")).toBe(true);
    expect(memberMatches(m, "south")).toBe(false);
    expect(memberMatches(m, "")).toBe(true);
  });

  it("folds the case of every script, where SQLite's lower() folds ASCII only", () => {
    expect(memberMatches(member("Ирина Петрова", "ip@example.org"), "ирина")).toBe(true);
    expect(memberMatches(member("Ali Əliyev", "a@example.org", "Şərq İnstitutu"), "ŞƏRQ")).toBe(true);
    expect(memberMatches(member("Λένα", "l@example.org"), "λένα")).toBe(true);
  });

  it("ignores accents and the dotted and dotless i, and finds names stored decomposed (NFD)", () => {
    expect(memberMatches(member("A", "a@example.org", "İstanbul Üniversitesi"), "istanbul")).toBe(true);
    expect(memberMatches(member("A", "a@example.org", "İstanbul Üniversitesi"), "universitesi")).toBe(true);
    expect(memberMatches(member("Işık Yılmaz", "i@example.org"), "isik")).toBe(true);
    expect(memberMatches(member("José Núñez".normalize("NFD"), "j@example.org"), "josé núñez")).toBe(true);
    expect(memberMatches(member("José", "j@example.org"), "jose")).toBe(true);
    expect(searchFold("İSTANBUL")).toBe("istanbul");
  });

  it("never searches the institution of a member without one as text", () => {
    expect(memberMatches(member("A", "a@example.org"), "null")).toBe(false);
  });
});

describe("pageOf (newest first, by id)", () => {
  const list = [12, 11, 9, 7, 4, 2, 1].map((id) => ({ id }));
  const ids = (p: { items: { id: number }[] }) => p.items.map((i) => i.id);

  it("the first page: no newer page, the next page starts after it", () => {
    const p = pageOf(list, undefined, 3);
    expect(ids(p)).toEqual([12, 11, 9]);
    expect(p.next).toBe(7);
    expect(p.previous).toBeUndefined();
  });

  it("a middle page links back to the first (null) or to the page before it", () => {
    expect(pageOf(list, 7, 3)).toEqual({ items: [{ id: 7 }, { id: 4 }, { id: 2 }], next: 1, previous: null });
    expect(pageOf(list, 2, 2)).toMatchObject({ next: null, previous: 7 });
    expect(ids(pageOf(list, 7, 2))).toEqual([7, 4]);
  });

  it("`from` between two ids starts at the older one; past the oldest the page is empty", () => {
    expect(ids(pageOf(list, 10, 2))).toEqual([9, 7]);
    expect(pageOf(list, 0, 2)).toEqual({ items: [], next: null, previous: 2 });
  });

  it("every item is on exactly one page when the links are followed", () => {
    for (const size of [1, 2, 3, 7, 10]) {
      const seen: number[] = [];
      let from: number | undefined;
      for (let guard = 0; guard < 20; guard++) {
        const p = pageOf(list, from, size);
        seen.push(...ids(p));
        if (p.next === null) break;
        from = p.next;
      }
      expect(seen, `size ${size}`).toEqual(list.map((i) => i.id));
    }
  });
});
