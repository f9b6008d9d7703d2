#!/usr/bin/env node
// Prints, per language, the catalogue keys missing against English (with the English text and the area
// file they belong in), stray keys, and keys whose placeholders or plural syntax differ from English.
// Exit 0 when every catalogue is complete and clean, 1 otherwise.
//   node scripts/i18n-missing.mjs          all languages
//   node scripts/i18n-missing.mjs ru fa    some
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const messages = join(root, "src/i18n/messages");
const load = (file) => tsImport(pathToFileURL(file).href, import.meta.url);

const { en } = await load(join(messages, "en.ts"));
const { lintCatalogue } = await load(join(root, "src/i18n/lint.ts"));

// Which English area file holds each key (so a missing translation goes into the matching area file).
const areaOf = new Map();
for (const file of readdirSync(join(messages, "en")).filter((f) => f.endsWith(".ts"))) {
  const mod = await load(join(messages, "en", file));
  for (const obj of Object.values(mod)) {
    if (obj && typeof obj === "object")
      for (const key of Object.keys(obj)) areaOf.set(key, file.replace(/\.ts$/, ""));
  }
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const languages = wanted.length ? wanted : ["ru", "az", "tr", "fa"];
let total = 0;
for (const lang of languages) {
  let catalogue;
  try {
    catalogue = (await load(join(messages, `${lang}.ts`)))[lang];
  } catch (error) {
    console.log(`${lang}: cannot load src/i18n/messages/${lang}.ts (${error.message.split("\n")[0]})`);
    total += 1;
    continue;
  }
  const problems = lintCatalogue(lang, en, catalogue);
  const missing = problems.filter((p) => p.problem === "missing");
  const stray = problems.filter((p) => p.problem.startsWith("stray"));
  const other = problems.filter((p) => p.problem !== "missing" && !p.problem.startsWith("stray"));
  console.log(`${lang}: ${missing.length} missing, ${stray.length} stray, ${other.length} other problems`);
  for (const p of missing)
    console.log(
      `  missing [${areaOf.get(p.key) ?? "?"}] ${JSON.stringify(p.key)}: ${JSON.stringify(en[p.key])}`,
    );
  for (const p of stray) console.log(`  stray ${JSON.stringify(p.key)}`);
  for (const p of other) console.log(`  ${JSON.stringify(p.key)}: ${p.problem}`);
  total += problems.length;
}
process.exit(total === 0 ? 0 : 1);
