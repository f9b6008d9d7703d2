import type { Args } from "../args.js";
import { aggregate } from "./aggregate.js";
import { calibration } from "./calibration.js";
import { consensus } from "./consensus.js";
import { cooke } from "./cooke.js";
import { extremizing } from "./extremizing.js";
import { kendall } from "./kendall.js";
import { round } from "./round.js";
import { score } from "./score.js";
import { stability } from "./stability.js";

export type Command = (args: Args) => Promise<unknown>;

/** Every `analyse` sub-command, looked up by name. Each lives in its own module in this folder. */
export const commands: Record<string, Command> = {
  aggregate,
  calibration,
  consensus,
  cooke,
  extremizing,
  kendall,
  round,
  score,
  stability,
};
