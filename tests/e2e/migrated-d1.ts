/**
 * Global set-up of the browser suite: applies the migrations once to a local D1 of its own, which every
 * file's app then starts from as a copy (startApp's `from`). `wrangler d1 migrations apply` takes about
 * 10 s on this machine for a fresh database and under 3 s for one already migrated, and each of the
 * eleven files starts its own app; start.mjs still runs it, and finds nothing left to apply.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    /** A WRANGLER_PERSIST_DIR whose D1 has every migration applied and no data. */
    migratedD1: string;
  }
}

export default function setup(project: TestProject) {
  // The apps' logs of an earlier run (server-<port>.log).
  rmSync(join(ROOT, "tests/e2e/.artifacts"), { recursive: true, force: true });
  const dir = mkdtempSync(join(tmpdir(), "scenario-forum-e2e-d1-"));
  const res = spawnSync(
    "npx",
    ["--no-install", "wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", dir],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true" },
    },
  );
  if (res.status !== 0)
    throw new Error(`could not migrate the browser suite's D1:\n${res.stdout}${res.stderr}`);
  project.provide("migratedD1", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
