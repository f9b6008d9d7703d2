/**
 * Message catalogues and locale-aware formatting. Every user-facing string comes from a catalogue;
 * `en` is the reference catalogue and every other must have exactly its keys (tests/unit/i18n).
 */
import { cache, dateTimeFormat, numberFormat, pluralRulesFor } from "./intl-cache.js";
import type { MessageKey } from "./messages/en.js";

export type { MessageKey };
export const LOCALES = ["en", "ru", "az", "tr", "fa"] as const;
export type Locale = (typeof LOCALES)[number];
export const RTL_LOCALES: ReadonlySet<Locale> = new Set(["fa"]);

export type Catalogue = Record<MessageKey, string>;

/**
 * The registered catalogues. None is part of the code: the Worker loads them from its static assets
 * once per isolate (./assets.ts, public/i18n/<locale>.json); Node (the CLI, the benchmarks, the tests)
 * registers the TypeScript sources (./catalogues.ts).
 */
const catalogues: Partial<Record<Locale, Catalogue>> = {};

/** Registers a catalogue. */
export function registerCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = catalogue;
}

export function hasCatalogue(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Whether the reference (English) catalogue has this key. */
export function hasMessage(key: string): boolean {
  const en = catalogues.en;
  return en !== undefined && Object.hasOwn(en, key);
}

/** The message for `key` in `locale`, else in English, else the key itself (no catalogue loaded). */
function message(locale: Locale, key: MessageKey): string {
  return catalogues[locale]?.[key] ?? catalogues.en?.[key] ?? key;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header (quality order), else `en`. */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return "en";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}

export type Params = Record<string, string | number>;

/** The translator handed to views: `t(key, params)` with `{name}` placeholders and ICU-like plurals. */
export interface I18n {
  locale: Locale;
  dir: "ltr" | "rtl";
  timeZone: string;
  t: (key: MessageKey, params?: Params) => string;
  formatNumber: (value: number, digits?: number) => string;
  formatPercent: (p: number, digits?: number) => string;
  formatDateTime: (iso: string) => string;
  formatDateTimeUtc: (iso: string) => string;
}

const PLURAL = /\{(\w+), plural, ((?:\w+ \{[^}]*\}\s*)+)\}/g;

function interpolate(template: string, params: Params | undefined, locale: Locale): string {
  if (!params) return template;
  const parts = compiled(template);
  // Plural forms are chosen first, then `{name}` is filled in everywhere (as a template without plurals).
  if (parts !== null) return fillNames(parts, params, locale);
  const rules = pluralRulesFor(locale);
  const withPlurals = template.replace(PLURAL, (_m, name: string, forms: string) => {
    const n = Number(params[name]);
    const options = new Map<string, string>();
    for (const m of forms.matchAll(/(\w+) \{([^}]*)\}/g)) options.set(m[1] as string, m[2] as string);
    const chosen = options.get(`=${n}`) ?? options.get(rules.select(n)) ?? options.get("other") ?? "";
    return chosen.replace(/#/g, numberFormat(locale).format(n));
  });
  return fillNames(splitNames(withPlurals), params, locale);
}

/** [text, name, text, …] with each `{name}` filled in (numbers in the locale's digits; unknown names kept). */
function fillNames(parts: string[], params: Params, locale: Locale): string {
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const v = params[name];
    out +=
      (v === undefined ? `{${name}}` : typeof v === "number" ? numberFormat(locale).format(v) : v) +
      parts[i + 1];
  }
  return out;
}

/**
 * A template without plural forms split once into its literal text and `{name}`s: [text, name, text, …]
 * (null for a template with plural forms). Templates are a fixed catalogue, so the split is kept.
 */
function compiled(template: string): string[] | null {
  let parts = splits.get(template);
  if (parts === undefined) {
    PLURAL.lastIndex = 0;
    parts = PLURAL.test(template) ? null : splitNames(template);
    PLURAL.lastIndex = 0;
    if (splits.size < 10_000) splits.set(template, parts);
  }
  return parts;
}

const splits = new Map<string, string[] | null>();

const splitNames = (text: string): string[] => text.split(/\{(\w+)\}/);

/**
 * The translator for a locale and time zone (falls back to English for a missing key). It holds no
 * request state, so one is built per locale and zone and kept: building one checks the zone and probes
 * the locale's date format, which cost every request a fresh Intl.DateTimeFormat or two.
 */
export function createI18n(locale: Locale, timeZone = "UTC"): I18n {
  return translators(`${locale}|${timeZone}`, () => buildI18n(locale, timeZone));
}

const translators = cache<I18n>();

function buildI18n(locale: Locale, timeZone: string): I18n {
  const tz = safeTimeZone(timeZone);
  const dateTime = dateTimeFormatter(locale, tz);
  const utc = dateTimeFormatter(locale, "UTC");
  return {
    locale,
    dir: RTL_LOCALES.has(locale) ? "rtl" : "ltr",
    timeZone: tz,
    t: (key, params) => interpolate(message(locale, key), params, locale),
    formatNumber: (value, digits = 2) =>
      numberFormat(locale, { maximumSignificantDigits: Math.max(1, digits + 1) }).format(value),
    formatPercent: (p, digits = 0) =>
      numberFormat(locale, { style: "percent", maximumFractionDigits: digits }).format(p),
    formatDateTime: (iso) => dateTime(new Date(iso)),
    formatDateTimeUtc: (iso) => `${utc(new Date(iso))} UTC`,
  };
}

/**
 * Medium date and short time in the locale. workerd's ICU lacks Azerbaijani calendar names and prints
 * "2026 M12 9 05:04" (root data); such a locale gets the numeric dd.MM.yyyy HH:mm used in Azerbaijan.
 */
function dateTimeFormatter(locale: Locale, timeZone: string): (d: Date) => string {
  const styled = dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  if (!/\bM\d{2}\b/.test(styled.format(new Date(Date.UTC(2026, 11, 9, 5, 4)))))
    return (d) => styled.format(d);
  const numeric = dateTimeFormat(locale, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  return (d) => {
    const p = Object.fromEntries(numeric.formatToParts(d).map((x) => [x.type, x.value]));
    return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
  };
}

export function safeTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz;
  } catch {
    return "UTC";
  }
}
