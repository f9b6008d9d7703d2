/**
 * Global set-up of the Node suite: bundles the `analyse` command (src/cli/main.ts) once with esbuild, so
 * every CLI test spawns plain `node` on the same code instead of compiling TypeScript through tsx on
 * each call (≈1 s per spawn, about two minutes over the suite). The bundle is the same source as
 * `npm run analyse`; one test in analyse.test.ts still goes through tsx to keep that path honest.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    /** The bundled `analyse` command, run with `node`. */
    cliBundle: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "scenario-forum-cli-"));
  const outfile = join(dir, "analyse.mjs");
  await build({
    stdin: {
      contents:
        'import { main } from "./src/cli/main.ts";\nmain(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n',
      resolveDir: resolve(ROOT),
      sourcefile: "analyse-entry.ts",
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  project.provide("cliBundle", outfile);
  return () => rmSync(dir, { recursive: true, force: true });
}
