/**
 * `analyse stability --test wilcoxon|mcnemar [--input FILE]`: has the panel moved between two rounds?
 * Input `{ "previous": [...], "current": [...] }`, one value per expert in the same order (ratings or
 * quantities for `wilcoxon`, 0/1 answers for `mcnemar`). Prints the engine's result (paired-tests.ts;
 * README CLI section).
 */
import { mcnemar, wilcoxonSignedRank } from "../../domain/consensus/index.js";
import { type Args, CliError, readJsonInput } from "../args.js";
import { representable } from "../representable.js";
import { numbers, object, oneOf } from "./validate.js";

export async function stability(args: Args): Promise<unknown> {
  const raw = args.get("test");
  if (raw === undefined || raw === "true") throw new CliError("--test is required");
  const test = oneOf(raw, ["wilcoxon", "mcnemar"] as const, "test");
  const input = object(await readJsonInput(args), "input");
  const previous = numbers(input.previous, "previous");
  const current = numbers(input.current, "current");
  if (previous.length !== current.length)
    throw new CliError(`current must have one value per expert (${previous.length}), has ${current.length}`);
  if (test === "wilcoxon") return representable({ test, ...wilcoxonSignedRank(previous, current) });
  [previous, current].forEach((list, l) => {
    list.forEach((x, i) => {
      if (x !== 0 && x !== 1) throw new CliError(`${l === 0 ? "previous" : "current"}[${i}] must be 0 or 1`);
    });
  });
  return representable({ test, ...mcnemar(previous, current) });
}
