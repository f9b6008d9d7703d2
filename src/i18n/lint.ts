/**
 * Structural checks of a translated catalogue against English: the same keys, the same placeholders, and
 * plural blocks the translator (src/i18n/index.ts) can parse, with every plural category of the language.
 * Pure: used by tests/unit/i18n-catalogues.test.ts and scripts/i18n-missing.mjs.
 */

export type Problem = { key: string; problem: string };

/** What interpolate() in index.ts understands: `{var, plural, cat {text} cat {text}}`, no braces inside forms. */
const PLURAL_BLOCK = /\{(\w+), plural, ((?:[=\w]+ \{[^{}]*\}\s*)+)\}/g;
const FORM = /([=\w]+) \{([^{}]*)\}/g;
const SIMPLE = /\{(\w+)\}/g;

export type Shape = {
  placeholders: Set<string>;
  plurals: { name: string; categories: string[] }[];
  /** Brace groups that are neither placeholders nor plurals (e.g. JSON in a help text): kept verbatim. */
  literals: string[];
};

/** The placeholders and plural blocks of one message, or an error describing broken syntax. */
export function parseMessage(text: string): Shape | { error: string } {
  const plurals: Shape["plurals"] = [];
  const placeholders = new Set<string>();
  let rest = text.replace(PLURAL_BLOCK, (_m, name: string, forms: string) => {
    const categories = [...forms.matchAll(FORM)].map((f) => f[1] as string);
    plurals.push({ name, categories });
    placeholders.add(name);
    for (const f of forms.matchAll(FORM))
      for (const s of (f[2] as string).matchAll(SIMPLE)) placeholders.add(s[1] as string);
    return "";
  });
  if (/plural,/.test(rest)) return { error: "a plural block the translator cannot parse" };
  rest = rest.replace(SIMPLE, (_m, name: string) => {
    placeholders.add(name);
    return "";
  });
  if ((rest.match(/\{/g) ?? []).length !== (rest.match(/\}/g) ?? []).length)
    return { error: "unbalanced braces" };
  const literals = (rest.match(/\{[^{}]*\}/g) ?? []).sort();
  return { placeholders, plurals, literals };
}

function categoriesOf(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
}

/** Every problem of `other` (a catalogue in `locale`) measured against `reference` (English). */
export function lintCatalogue(
  locale: string,
  reference: Record<string, string>,
  other: Record<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const needed = categoriesOf(locale);
  for (const key of Object.keys(reference)) {
    if (!Object.hasOwn(other, key)) {
      problems.push({ key, problem: "missing" });
      continue;
    }
    const value = other[key];
    if (typeof value !== "string" || value.trim() === "") {
      problems.push({ key, problem: "empty" });
      continue;
    }
    const en = parseMessage(reference[key] as string);
    const tr = parseMessage(value);
    if ("error" in tr) {
      problems.push({ key, problem: tr.error });
      continue;
    }
    if ("error" in en) continue; // English itself is checked by the English test
    const a = [...en.placeholders].sort().join(",");
    const b = [...tr.placeholders].sort().join(",");
    if (a !== b) problems.push({ key, problem: `placeholders {${b}} differ from English {${a}}` });
    // Literal brace groups (JSON in help texts) may be translated inside, but not added or dropped.
    if (en.literals.length !== tr.literals.length)
      problems.push({
        key,
        problem: `${tr.literals.length} literal brace groups, English has ${en.literals.length}`,
      });
    const enPlurals = en.plurals
      .map((p) => p.name)
      .sort()
      .join(",");
    const trPlurals = tr.plurals
      .map((p) => p.name)
      .sort()
      .join(",");
    if (enPlurals !== trPlurals)
      problems.push({ key, problem: `plural variables [${trPlurals}] differ from English [${enPlurals}]` });
    for (const p of tr.plurals) {
      const bad = p.categories.filter((c) => !c.startsWith("=") && !needed.includes(c));
      if (bad.length)
        problems.push({ key, problem: `plural categories ${bad.join(",")} do not exist in ${locale}` });
      const lacking = needed.filter((c) => !p.categories.includes(c));
      if (lacking.length)
        problems.push({
          key,
          problem: `plural {${p.name}} lacks ${lacking.join(",")} (${locale} needs ${needed.join(",")})`,
        });
    }
  }
  for (const key of Object.keys(other)) {
    if (!Object.hasOwn(reference, key)) problems.push({ key, problem: "stray (not in English)" });
  }
  return problems;
}
