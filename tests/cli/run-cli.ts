import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

/** The project's root: CLI tests run the command from there, as `npm run analyse` does. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the `analyse` command as a separate process (the bundle tests/cli/bundle-cli.ts built) with
 * `args`, optional standard input and extra environment, from the project's root.
 */
export function runCli(
  args: readonly string[],
  opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const r = spawnSync(process.execPath, [inject("cliBundle"), ...args], {
    cwd: ROOT,
    input: opts.stdin ?? "",
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
