import { type Catalogue, hasCatalogue, LOCALES, type Locale, registerCatalogue } from "./index.js";

/**
 * The Worker's catalogues come from its static assets (public/i18n/<locale>.json, written from the
 * TypeScript sources by `npm run i18n:build`), not from its code: as code they were four fifths of the
 * deployed bundle (esbuild writes every Cyrillic or Persian letter as a six-byte \uXXXX escape). They
 * are fetched through the ASSETS binding on an isolate's first request and kept for its lifetime; a
 * failed load is retried by the next request.
 */
let loading: Promise<void> | undefined;

export const catalogueAssetPath = (locale: Locale): string => `/i18n/${locale}.json`;

export function loadCatalogues(assets: Fetcher | undefined): Promise<void> {
  const missing = LOCALES.filter((l) => !hasCatalogue(l));
  if (missing.length === 0) return Promise.resolve();
  loading ??= Promise.all(missing.map((l) => loadOne(assets, l)))
    .then(() => undefined)
    .finally(() => {
      loading = undefined;
    });
  return loading;
}

async function loadOne(assets: Fetcher | undefined, locale: Locale): Promise<void> {
  if (!assets)
    throw new Error("message catalogues: the Worker has no ASSETS binding (wrangler.toml [assets])");
  const res = await assets.fetch(`https://assets.local${catalogueAssetPath(locale)}`);
  if (!res.ok) throw new Error(`message catalogue ${locale}: ${res.status} from the static assets`);
  const data: unknown = await res.json();
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new Error(`message catalogue ${locale}: not an object of messages`);
  registerCatalogue(locale, data as Catalogue);
}
