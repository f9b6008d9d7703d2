/**
 * The `analyse` command: reads JSON or EXCALIBUR files, runs the pure engine in src/domain and prints
 * exactly one JSON document on stdout. Any failure prints one line `error: ...` on stderr and exits 2.
 * Contract: ../shared/ANALYSIS-CLI.md.
 */

import { CliError, parseArgs } from "./args.js";
import { commands } from "./commands/index.js";

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (!name) throw new CliError(`missing command; expected one of: ${Object.keys(commands).join(", ")}`);
    const command = commands[name];
    if (!command)
      throw new CliError(`unknown command "${name}"; expected one of: ${Object.keys(commands).join(", ")}`);
    const result = await command(parseArgs(rest));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.split("\n")[0]}\n`);
    return 2;
  }
}

const isEntry = process.argv[1] !== undefined && /src[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
