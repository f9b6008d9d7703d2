import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * What `wrangler deploy` would put in the Worker, bundled the same way (esbuild, minified, workerd
 * conditions): no message catalogue is in the code (the Worker loads them from public/i18n/ through
 * its ASSETS binding, src/i18n/assets.ts) and no demo or scale seeding. `npm run deploy:check` prints
 * the size of the real dry-run bundle; the bound below is a tripwire for a catalogue or the demo
 * creeping back in, not the size goal.
 */
describe("the production Worker bundle", async () => {
  const result = await build({
    entryPoints: ["src/index.tsx"],
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["cloudflare:*", "node:*"],
    minify: true,
    metafile: true,
    write: false,
    jsx: "automatic",
    jsxImportSource: "hono/jsx",
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();

  it("holds no message catalogue: they are static assets", () => {
    expect(
      inputs.filter((f) => f.includes("src/i18n/messages/") || f.endsWith("i18n/catalogues.ts")),
    ).toEqual([]);
  });

  it("holds no demo content, scale generator or /dev route", () => {
    expect(inputs.filter((f) => /^src\/(demo\/|dev-entry|routes\/dev\.)/.test(f))).toEqual([]);
  });

  it("is under 250 KiB gzip-compressed", () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(250 * 1024);
  });
});
