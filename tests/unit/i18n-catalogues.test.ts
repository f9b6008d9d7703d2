import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueJson } from "../../src/i18n/catalogue-json.js";
import { CATALOGUES } from "../../src/i18n/catalogues.js";
import { createI18n, LOCALES } from "../../src/i18n/index.js";
import { lintCatalogue, parseMessage } from "../../src/i18n/lint.js";
import { en } from "../../src/i18n/messages/en.js";

describe("message catalogues", () => {
  it("English parses: balanced braces and plural blocks the translator understands", () => {
    const broken = Object.entries(en)
      .map(([key, text]) => ({ key, r: parseMessage(text) }))
      .filter((x) => "error" in x.r);
    expect(broken).toEqual([]);
  });

  it("the Worker's copy of each catalogue (public/i18n/<locale>.json) is its source: npm run i18n:build", () => {
    for (const locale of LOCALES) {
      const asset = readFileSync(`public/i18n/${locale}.json`, "utf8");
      expect(asset, `${locale}.json is stale: run npm run i18n:build`).toBe(
        catalogueJson(CATALOGUES[locale] ?? {}),
      );
      expect(JSON.parse(asset)).toEqual(CATALOGUES[locale]);
    }
  });

  it("registers a catalogue for every supported language", () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: the same keys as English, the same placeholders, valid plurals`, () => {
      const catalogue = CATALOGUES[locale] as Record<string, string>;
      expect(lintCatalogue(locale, en, catalogue)).toEqual([]);
    });
  }

  it("a translated plural picks the language's form and formats the number in its digits", () => {
    const ru = createI18n("ru");
    expect(ru.t("discussion.replies", { count: 1 })).toMatch(/^1 /);
    // Russian: 2 (few) and 5 (many) take different forms.
    expect(ru.t("discussion.replies", { count: 2 }).replace("2", "")).not.toBe(
      ru.t("discussion.replies", { count: 5 }).replace("5", ""),
    );
    expect(createI18n("fa").t("discussion.replies", { count: 3 })).toContain("۳");
    expect(createI18n("fa").dir).toBe("rtl");
  });
});

describe("the lint catches", () => {
  const reference = { a: "Hello {name}", b: "{count, plural, one {# day} other {# days}}" };
  it("a missing and a stray key", () => {
    const problems = lintCatalogue("tr", reference, { a: "Merhaba {name}", c: "x" });
    expect(problems.map((p) => `${p.key}:${p.problem}`)).toEqual(["b:missing", "c:stray (not in English)"]);
  });
  it("a renamed placeholder", () => {
    const problems = lintCatalogue("tr", reference, {
      a: "Merhaba {isim}",
      b: "{count, plural, one {# gün} other {# gün}}",
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe("a");
  });
  it("a Russian plural without few/many and a broken plural block", () => {
    const ru = lintCatalogue("ru", reference, {
      a: "Привет {name}",
      b: "{count, plural, one {# день} other {# дней}}",
    });
    expect(ru.map((p) => p.problem)).toEqual([expect.stringContaining("lacks few,many")]);
    const broken = lintCatalogue("tr", reference, {
      a: "Merhaba {name}",
      b: "{count, plural, one {# gün} other {# gün}",
    });
    expect(broken.map((p) => p.key)).toEqual(["b"]);
  });
  it("literal brace groups (JSON in help texts) may be translated inside but not dropped", () => {
    const ref = { h: "config: rating {min, max}; binary {}." };
    expect(lintCatalogue("tr", ref, { h: "config: rating {min, max (tam sayılar)}; binary {}." })).toEqual(
      [],
    );
    expect(lintCatalogue("tr", ref, { h: "config: rating min, max; binary {}." }).map((p) => p.key)).toEqual([
      "h",
    ]);
    expect(lintCatalogue("tr", ref, { h: "config: rating {min, max; binary {}." }).map((p) => p.key)).toEqual(
      ["h"],
    );
  });
});

/** interpolate() as it was before templates were split once and kept (the reference for the one below). */
function interpolateByRegex(
  template: string,
  params: Record<string, string | number>,
  locale: string,
): string {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const withPlurals = template.replace(
    /\{(\w+), plural, ((?:\w+ \{[^}]*\}\s*)+)\}/g,
    (_m, name: string, forms: string) => {
      const n = Number(params[name]);
      const options = new Map<string, string>();
      for (const m of forms.matchAll(/(\w+) \{([^}]*)\}/g)) options.set(m[1] as string, m[2] as string);
      const chosen = options.get(`=${n}`) ?? options.get(rules.select(n)) ?? options.get("other") ?? "";
      return chosen.replace(/#/g, number.format(n));
    },
  );
  return withPlurals.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === "number" ? number.format(v) : v;
  });
}

describe("filling in a message", () => {
  it("gives what the regex-based fill gave, for every message of every language, twice (the kept split)", () => {
    let checked = 0;
    for (const locale of LOCALES) {
      const i18n = createI18n(locale);
      for (const [key, text] of Object.entries(CATALOGUES[locale] as Record<string, string>)) {
        const names = [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] as string);
        for (const sample of [0, 1, 2, 5, 21, 1234.5, "x{y}"]) {
          // One name left out: it must stay as written.
          const params = Object.fromEntries(names.slice(1).map((n) => [n, sample]));
          const want = interpolateByRegex(text, params, locale);
          expect(i18n.t(key as never, params), `${locale} ${key}`).toBe(want);
          expect(i18n.t(key as never, params), `${locale} ${key} again`).toBe(want);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});
