/**
 * `analyse calibration [--bins 10] [--input FILE]`: calibration and skill of yes/no forecasts once their
 * questions resolved. Input `{ "forecasts": [{ "p": 0.8, "outcome": 1, "pool": 0.7 }, ...] }`, one row per
 * forecast; `pool` (the equal-weight pool's forecast of the same question) on every row or on none.
 * Prints `{ n, bins, murphy, brier, skill: { baseRate, pool }, spiegelhalter: { z, p } }` (README CLI section).
 */
import { calibrationSummary } from "../../domain/forum-scores.js";
import { brierSkillScore, spiegelhalterZ } from "../../domain/scoring/index.js";
import { type Args, CliError, numberOption, readJsonInput } from "../args.js";
import { representable } from "../representable.js";
import { array, object, probability } from "./validate.js";

export async function calibration(args: Args): Promise<unknown> {
  const bins = numberOption(args, "bins", 10);
  if (!Number.isInteger(bins) || bins < 1) throw new CliError("--bins must be a positive whole number");
  const input = object(await readJsonInput(args), "input");
  const rows = array(input.forecasts, "forecasts").map((r, i) => {
    const f = object(r, `forecasts[${i}]`);
    if (f.outcome !== 0 && f.outcome !== 1) throw new CliError(`forecasts[${i}].outcome must be 0 or 1`);
    return {
      p: probability(f.p, `forecasts[${i}].p`),
      outcome: f.outcome as 0 | 1,
      pool: f.pool === undefined ? undefined : probability(f.pool, `forecasts[${i}].pool`),
    };
  });
  const withPool = rows.filter((r) => r.pool !== undefined).length;
  if (withPool !== 0 && withPool !== rows.length)
    throw new CliError("pool must be given on every forecast or on none");
  const pairs = rows.map(({ p, outcome }) => ({ p, outcome }));
  const summary = calibrationSummary(pairs, bins);
  const base = brierSkillScore(pairs);
  return representable({
    n: pairs.length,
    bins: summary?.bins,
    murphy: summary?.murphy,
    brier: base.brier,
    skill: {
      baseRate: base.skill,
      pool:
        withPool > 0
          ? brierSkillScore(
              pairs,
              rows.map((r) => r.pool as number),
            ).skill
          : null,
    },
    spiegelhalter: spiegelhalterZ(pairs),
  });
}
