/** Registers every translated catalogue with the translator. Imported once, by src/index.tsx. */
import { type Catalogue, type Locale, registerCatalogue } from "./index.js";
import { az } from "./messages/az.js";
import { en } from "./messages/en.js";
import { fa } from "./messages/fa.js";
import { ru } from "./messages/ru.js";
import { tr } from "./messages/tr.js";

export const CATALOGUES: Partial<Record<Locale, Catalogue>> = { en, ru, az, tr, fa };

for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
  if (locale !== "en") registerCatalogue(locale as Locale, catalogue);
}
