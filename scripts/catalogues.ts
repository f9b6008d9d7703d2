/**
 * `npm run i18n:build`: writes each message catalogue (src/i18n/messages/<locale>.ts) as
 * public/i18n/<locale>.json, the form the Worker loads (src/i18n/assets.ts). Run it after editing a
 * catalogue; tests/unit/i18n-catalogues.test.ts fails while a JSON file differs from its source.
 */
import { writeFileSync } from "node:fs";
import { catalogueJson } from "../src/i18n/catalogue-json.js";
import { CATALOGUES } from "../src/i18n/catalogues.js";
import { LOCALES } from "../src/i18n/index.js";

for (const locale of LOCALES) {
  const path = `public/i18n/${locale}.json`;
  writeFileSync(path, catalogueJson(CATALOGUES[locale] ?? {}));
  console.log(`wrote ${path}`);
}
