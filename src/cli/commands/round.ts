/**
 * `analyse round --input EXPORT.json --round N`: recomputes round N's snapshots from a forum export
 * (GET /api/v1/forums/:id/export) and prints the same JSON that GET /api/v1/forums/:id/rounds/N/results
 * serves to an organiser. The logic is the app's own (src/domain/results.ts).
 */
import { roundResultsFromExport } from "../../domain/results.js";
import { type Args, CliError, readJsonInput } from "../args.js";

export async function round(args: Args): Promise<unknown> {
  const raw = args.get("round");
  if (raw === undefined) throw new CliError("--round N is required");
  if (!/^[0-9]+$/.test(raw)) throw new CliError(`--round must be a whole number, got "${raw}"`);
  const input = await readJsonInput(args);
  try {
    return roundResultsFromExport(input, Number(raw));
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}
