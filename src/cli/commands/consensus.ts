/**
 * `analyse consensus [--input FILE]`: agreement statistics on one item's ratings (ANALYSIS-CLI.md):
 * `{ scale: [lo, hi], band: [a, b], ratings: [...], previous?: [...] }`. The RAND/UCLA `disagreement` is
 * computed on a 1–9 scale only and is null on any other scale. Beside it, `classicDisagreement` (at least a
 * third of the panel in each extreme region; regions by rating-regions.ts on any scale) and
 * `appropriateness`: the RAND/UCLA label decided by each test (`ipras` null where the IPRAS is).
 */
import { appropriatenessOf, classicDisagreement, summariseRatings } from "../../domain/consensus/index.js";
import { type Args, CliError, readJsonInput } from "../args.js";
import { representable } from "../representable.js";
import { numbers, object, pair } from "./validate.js";

export async function consensus(args: Args): Promise<unknown> {
  const input = object(await readJsonInput(args), "input");
  const scale = pair(input.scale, "scale", true);
  const band = pair(input.band, "band");
  if (band[0] < scale[0] || band[1] > scale[1]) throw new CliError("band must lie within scale");
  const inScale = (path: string) => (x: number, i: number) => {
    if (x < scale[0] || x > scale[1])
      throw new CliError(`${path}[${i}] must be within the scale [${scale[0]}, ${scale[1]}]`);
  };
  const ratings = numbers(input.ratings, "ratings");
  ratings.forEach(inScale("ratings"));
  const rand = (summary: ReturnType<typeof summariseRatings>) => {
    const classic = classicDisagreement(ratings, scale[0], scale[1]);
    const label = (disagree: boolean) => appropriatenessOf(ratings, disagree, scale[0], scale[1]);
    return representable({
      ...summary,
      classicDisagreement: classic,
      appropriateness: {
        ipras: summary.disagreement === null ? null : label(summary.disagreement.disagree),
        classic: label(classic.disagree),
      },
    });
  };
  if (input.previous === undefined) return rand(summariseRatings({ scale, band, ratings }));
  const previous = numbers(input.previous, "previous");
  previous.forEach(inScale("previous"));
  if (previous.length !== ratings.length)
    throw new CliError(
      `previous must have one rating per expert (${ratings.length}), has ${previous.length}`,
    );
  return rand(summariseRatings({ scale, band, ratings, previous }));
}
