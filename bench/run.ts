/**
 * `npm run bench`: runs every bench/*.bench.ts module's default export (an async function returning rows)
 * and prints one table. Timing goals live here, never in tests.
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchRow } from "./lib.js";

async function run(): Promise<void> {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith(".bench.ts")).sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as {
      default: () => Promise<BenchRow[]>;
    };
    rows.push(...(await mod.default()));
  }
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  console.log(`${"case".padEnd(width)}  ${"ms/op".padStart(12)}  ${"ops".padStart(8)}  note`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(width)}  ${r.msPerOp.toPrecision(4).padStart(12)}  ${String(r.iterations).padStart(8)}  ${r.note ?? ""}`,
    );
  }
}

await run();
