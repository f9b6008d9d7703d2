/**
 * The five catalogues as TypeScript, registered with the translator on import. Node imports this (the
 * benchmarks, the tests' setup); the Worker never does: it loads the same catalogues as JSON from its
 * static assets (./assets.ts), written from these by `npm run i18n:build` (scripts/catalogues.ts).
 */
import { type Catalogue, type Locale, registerCatalogue } from "./index.js";
import { az } from "./messages/az.js";
import { en } from "./messages/en.js";
import { fa } from "./messages/fa.js";
import { ru } from "./messages/ru.js";
import { tr } from "./messages/tr.js";

export const CATALOGUES: Partial<Record<Locale, Catalogue>> = { en, ru, az, tr, fa };

for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
  registerCatalogue(locale as Locale, catalogue);
}
