/**
 * `analyse kendall [--input FILE]`: Kendall's W with the tie correction for `{ rankings: [[...], ...] }`, one
 * row per expert ranking the same items (ANALYSIS-CLI.md), with `Wuncorrected` and the chi-square `p`.
 */
import { kendallWTest } from "../../domain/consensus/index.js";
import { type Args, CliError, readJsonInput } from "../args.js";
import { representable } from "../representable.js";
import { array, numbers, object } from "./validate.js";

export async function kendall(args: Args): Promise<unknown> {
  const input = object(await readJsonInput(args), "input");
  const rows = array(input.rankings, "rankings").map((r, i) => numbers(r, `rankings[${i}]`));
  if (rows.length < 2) throw new CliError("rankings must have at least 2 rows (experts)");
  const n = rows[0]?.length ?? 0;
  if (n < 2) throw new CliError("rankings[0] must rank at least 2 items");
  rows.forEach((r, i) => {
    if (r.length !== n) throw new CliError(`rankings[${i}] must have ${n} ranks, like rankings[0]`);
  });
  if (rows.every((r) => r.every((x) => x === r[0])))
    throw new CliError("every row ties all items, so W is undefined");
  return representable(kendallWTest(rows));
}
