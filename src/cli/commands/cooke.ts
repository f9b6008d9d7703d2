import {
  type CookeOptions,
  type CookeResult,
  type CookeWeights,
  classicalModel,
  cookeRobustness,
  parseExcalibur,
  type RobustnessRow,
} from "../../domain/cooke/index.js";
import { type Args, CliError, numberOption, readBytes } from "../args.js";

const WEIGHTS: readonly CookeWeights[] = ["global", "item", "equal", "user"];
const OPTIONS = new Set([
  "dtt",
  "rls",
  "weights",
  "alpha",
  "user-weights",
  "overshoot",
  "calpower",
  "robustness",
]);

/**
 * `analyse cooke --dtt FILE --rls FILE [--weights global|item|equal|user] [--alpha A|optimise]
 * [--user-weights w1,w2,...] [--overshoot 0.1] [--calpower 1] [--robustness items|experts]`: Cooke's
 * Classical Model on an EXCALIBUR study (contract: ../shared/ANALYSIS-CLI.md). `--robustness` adds
 * `robustness`: the DM's scores with each seed item or each expert left out in turn (cookeRobustness).
 */
export async function cooke(args: Args): Promise<CookeResult & { robustness?: RobustnessRow[] }> {
  for (const name of args.keys()) if (!OPTIONS.has(name)) throw new CliError(`unknown option --${name}`);
  const dttFile = requiredFile(args, "dtt");
  const rlsFile = requiredFile(args, "rls");
  const weights = (args.get("weights") ?? "global") as CookeWeights;
  if (!WEIGHTS.includes(weights))
    throw new CliError(`--weights must be one of ${WEIGHTS.join(", ")}, got "${weights}"`);
  const alpha = args.get("alpha") === "optimise" ? "optimise" : numberOption(args, "alpha", 0);
  const userWeights = parseUserWeights(args.get("user-weights"));
  if (weights === "user" && !userWeights) throw new CliError("--weights user needs --user-weights w1,w2,...");
  const robustness = args.get("robustness");
  if (robustness !== undefined && robustness !== "items" && robustness !== "experts")
    throw new CliError(`--robustness must be items or experts, got "${robustness}"`);
  const input = parseExcalibur(await readBytes(dttFile), await readBytes(rlsFile));
  const options: CookeOptions = {
    weights,
    alpha,
    userWeights,
    overshoot: numberOption(args, "overshoot", 0.1),
    calpower: numberOption(args, "calpower", 1),
  };
  const result = classicalModel(input, options);
  return robustness ? { ...result, robustness: cookeRobustness(input, options, robustness) } : result;
}

function requiredFile(args: Args, name: string): string {
  const file = args.get(name);
  if (file === undefined || file === "true") throw new CliError(`missing --${name} FILE`);
  return file;
}

function parseUserWeights(raw: string | undefined): number[] | undefined {
  if (raw === undefined) return undefined;
  const weights = raw.split(",").map((w) => (w.trim() === "" ? Number.NaN : Number(w)));
  if (weights.some((w) => !Number.isFinite(w)))
    throw new CliError(`--user-weights must be comma-separated numbers, got "${raw}"`);
  return weights;
}
