import type { Args } from "../args.js";

export type Command = (args: Args) => Promise<unknown>;

/** Every `analyse` sub-command, looked up by name. Each lives in its own module in this folder. */
export const commands: Record<string, Command> = {};
