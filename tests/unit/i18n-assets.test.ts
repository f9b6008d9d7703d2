import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

/**
 * The Worker's catalogue loader (src/i18n/assets.ts), on a fresh module instance (the Node suites register
 * the TypeScript catalogues at setup) with a stand-in for the ASSETS binding.
 */
async function freshLoader() {
  vi.resetModules();
  const i18n = await import("../../src/i18n/index.js");
  const { loadCatalogues } = await import("../../src/i18n/assets.js");
  return { i18n, loadCatalogues };
}

function assets(fail: (path: string) => boolean, calls: string[] = []) {
  return {
    fetch: async (url: string) => {
      const path = new URL(url).pathname;
      calls.push(path);
      if (fail(path)) return new Response("not found", { status: 404 });
      return new Response(readFileSync(`public${path}`));
    },
  } as unknown as Fetcher;
}

describe("loading the message catalogues from the static assets", () => {
  it("loads every language once; a later request fetches nothing", async () => {
    const { i18n, loadCatalogues } = await freshLoader();
    expect(i18n.hasCatalogue("ru")).toBe(false);
    const calls: string[] = [];
    await loadCatalogues(assets(() => false, calls));
    expect(calls.sort()).toEqual([
      "/i18n/az.json",
      "/i18n/en.json",
      "/i18n/fa.json",
      "/i18n/ru.json",
      "/i18n/tr.json",
    ]);
    expect(i18n.createI18n("ru").t("nav.signIn")).toBe("Войти");
    await loadCatalogues(assets(() => false, calls));
    expect(calls).toHaveLength(5);
  });

  it("a language that fails to load reads as English and is tried again by the next request", async () => {
    const { i18n, loadCatalogues } = await freshLoader();
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await loadCatalogues(assets((p) => p.endsWith("/fa.json")));
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
    expect(i18n.hasCatalogue("fa")).toBe(false);
    expect(i18n.createI18n("fa").t("nav.signIn")).toBe("Sign in");
    const calls: string[] = [];
    await loadCatalogues(assets(() => false, calls));
    expect(calls).toEqual(["/i18n/fa.json"]);
    expect(i18n.createI18n("fa").t("nav.signIn")).not.toBe("Sign in");
  });

  it("without English (every message's fallback) the request fails, and the next one tries again", async () => {
    const { i18n, loadCatalogues } = await freshLoader();
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(loadCatalogues(assets((p) => p.endsWith("/en.json")))).rejects.toThrow(/catalogue en/);
    error.mockRestore();
    await loadCatalogues(assets(() => false));
    expect(i18n.hasCatalogue("en")).toBe(true);
    await expect(loadCatalogues(undefined)).resolves.toBeUndefined(); // nothing missing: no binding needed
  });
});
