import { readFile } from "node:fs/promises";

/** An error whose message is shown to the user as `error: <message>`. */
export class CliError extends Error {}

export type Args = ReadonlyMap<string, string>;

/** Parses `--name value` and `--name=value` pairs; a bare `--flag` maps to "true". */
export function parseArgs(argv: readonly string[]): Args {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (!token.startsWith("--")) throw new CliError(`unexpected argument "${token}"`);
    const eq = token.indexOf("=");
    if (eq > 0) {
      args.set(token.slice(2, eq), token.slice(eq + 1));
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith("--") && next !== "-")) {
      args.set(token.slice(2), "true");
    } else {
      args.set(token.slice(2), next);
      i++;
    }
  }
  return args;
}

/** Reads `--input FILE` (or standard input for `-` or no option) and parses it as JSON. */
export async function readJsonInput(args: Args): Promise<unknown> {
  const file = args.get("input") ?? "-";
  const text = file === "-" ? await readStdin() : await readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(
      `${file === "-" ? "standard input" : file} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new CliError(`cannot read file ${file}`);
  }
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new CliError(`cannot read file ${file}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses a finite number option, or throws naming the option. */
export function numberOption(args: Args, name: string, fallback: number): number {
  const raw = args.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value))
    throw new CliError(`--${name} must be a number, got "${raw}"`);
  return value;
}
