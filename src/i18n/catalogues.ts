/** Registers every translated catalogue with the translator. Imported once, by src/index.tsx. */
import { type Catalogue, type Locale, registerCatalogue } from "./index.js";
import { en } from "./messages/en.js";
import { ru } from "./messages/ru.js";

export const CATALOGUES: Partial<Record<Locale, Catalogue>> = { en, ru };

for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
  if (locale !== "en") registerCatalogue(locale as Locale, catalogue);
}
