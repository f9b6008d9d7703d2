/**
 * `analyse extremizing [--input FILE]`: fits the extremizing factor d on resolved yes/no questions by
 * maximum likelihood (fitExtremizingFactor). Input `{ "questions": [{ "ps": [0.7, 0.8], "outcome": 1 }, ...] }`,
 * each question's experts' final probabilities; prints `{ d, n, bound, logLikelihood, brier, data }`
 * (README CLI section).
 */
import { fitExtremizingFactor } from "../../domain/aggregation/index.js";
import { type Args, CliError, readJsonInput } from "../args.js";
import { representable } from "../representable.js";
import { array, object, probability } from "./validate.js";

export async function extremizing(args: Args): Promise<unknown> {
  const input = object(await readJsonInput(args), "input");
  const questions = array(input.questions, "questions").map((raw, j) => {
    const q = object(raw, `questions[${j}]`);
    if (q.outcome !== 0 && q.outcome !== 1) throw new CliError(`questions[${j}].outcome must be 0 or 1`);
    const ps = array(q.ps, `questions[${j}].ps`).map((p, i) => probability(p, `questions[${j}].ps[${i}]`));
    if (ps.length === 0) throw new CliError(`questions[${j}].ps must not be empty`);
    return { ps, outcome: q.outcome as 0 | 1 };
  });
  if (questions.length === 0) throw new CliError("questions must not be empty");
  return representable(fitExtremizingFactor(questions));
}
