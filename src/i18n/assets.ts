import { type Catalogue, hasCatalogue, LOCALES, type Locale, registerCatalogue } from "./index.js";

/**
 * The Worker's catalogues come from its static assets (public/i18n/<locale>.json, written from the
 * TypeScript sources by `npm run i18n:build`), not from its code: as code they were four fifths of the
 * deployed bundle (esbuild writes every Cyrillic or Persian letter as a six-byte \uXXXX escape).
 *
 * A request (or a cron run) that finds a catalogue missing fetches it through the ASSETS binding and
 * registers it for the isolate's lifetime. No pending load is shared between requests: workerd ties I/O
 * to the request that started it, so a load begun by a request that is then cancelled would leave every
 * later request waiting on it; during a cold start's burst a few requests may fetch the same files.
 * English is required (it is every message's fallback); another language that fails to load is logged,
 * its readers see English, and the next request tries it again.
 */
export const catalogueAssetPath = (locale: Locale): string => `/i18n/${locale}.json`;

export async function loadCatalogues(assets: Fetcher | undefined): Promise<void> {
  const missing = LOCALES.filter((l) => !hasCatalogue(l));
  if (missing.length === 0) return;
  if (!assets)
    throw new Error("message catalogues: the Worker has no ASSETS binding (wrangler.toml [assets])");
  const results = await Promise.allSettled(missing.map((l) => loadOne(assets, l)));
  results.forEach((r, i) => {
    if (r.status === "rejected") console.error(`[i18n] catalogue ${missing[i]}:`, r.reason);
  });
  if (!hasCatalogue("en"))
    throw new Error("message catalogue en: could not be loaded from the static assets");
}

async function loadOne(assets: Fetcher, locale: Locale): Promise<void> {
  const res = await assets.fetch(`https://assets.local${catalogueAssetPath(locale)}`);
  if (!res.ok) throw new Error(`message catalogue ${locale}: ${res.status} from the static assets`);
  const data: unknown = await res.json();
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new Error(`message catalogue ${locale}: not an object of messages`);
  registerCatalogue(locale, data as Catalogue);
}
