import { firstNumber } from "../domain/finite.js";
import { CliError } from "./args.js";

/**
 * The contract promises numbers where a command prints one. JSON has no NaN or ±∞ (JSON.stringify would
 * print null and exit 0), so a result holding one is refused with an error naming where it arose,
 * instead of a silent null. Nulls the engine chose (e.g. an undefined CV) pass.
 */
export function representable<T>(result: T, hint = "rescale the input (e.g. a larger unit)"): T {
  const bad = firstNumber(result, (x) => !Number.isFinite(x));
  if (bad !== null)
    throw new CliError(`the result ${bad.path} is ${bad.value}, beyond the range of a double; ${hint}`);
  return result;
}
