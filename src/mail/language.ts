import { sql } from "drizzle-orm";
import { runOne } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { createI18n, type I18n, isLocale } from "../i18n/index.js";
import { forumI18n } from "../i18n/roundless.js";

/**
 * The language of a message is its recipient's: their own setting (users.locale), else the forum's
 * default language, else English; dates in their time zone. Never the language of whoever caused it.
 * About a Real-Time Delphi (`mode` "realtime"), the message speaks of the study, never of rounds.
 */
export function i18nFor(
  u: { locale: string | null; timeZone?: string | null },
  fallback: string | null,
  mode: "rounds" | "realtime" = "rounds",
): I18n {
  const locale = isLocale(u.locale) ? u.locale : isLocale(fallback) ? fallback : "en";
  return forumI18n(createI18n(locale, u.timeZone ?? "UTC"), { mode });
}

/** The setting of these addresses' accounts (lower-case address → locale and time zone); unknown ones absent. */
export async function recipientSettings(
  db: Db,
  emails: readonly string[],
): Promise<Map<string, { locale: string | null; timeZone: string }>> {
  const map = new Map<string, { locale: string | null; timeZone: string }>();
  for (let i = 0; i < emails.length; i += 50) {
    const chunk = emails.slice(i, i + 50).map((e) => e.toLowerCase());
    if (chunk.length === 0) continue;
    const res = await runOne(
      db,
      sql`SELECT lower(email) AS email, locale, time_zone AS timeZone FROM users WHERE lower(email) IN (${sql.join(
        chunk.map((e) => sql`${e}`),
        sql`, `,
      )})`,
    );
    for (const r of res.results as { email: string; locale: string | null; timeZone: string }[])
      map.set(r.email, { locale: r.locale, timeZone: r.timeZone });
  }
  return map;
}

/** The translator for a message to `email` in a forum whose default language is `forumLocale`. */
export async function recipientI18n(
  db: Db,
  email: string,
  forumLocale: string | null,
  mode: "rounds" | "realtime" = "rounds",
): Promise<I18n> {
  const known = (await recipientSettings(db, [email])).get(email.toLowerCase());
  return i18nFor(known ?? { locale: null }, forumLocale, mode);
}
