import type { Context } from "hono";
import * as v from "valibot";
import { getRoundByNumber, getRoundQuestion } from "../db/queries/rounds.js";
import { AppError } from "../errors.js";
import type { ForumEnv } from "../middleware/forum-access.js";
import { idInPath, roundNumberInPath } from "../validation/params.js";

/**
 * Path parameters, read one way: a malformed or unknown id is 404 (never NaN reaching a query), so
 * every route answers the same for "/questions/abc", "/questions/0" and a question of another forum.
 */

/** The positive integer id `:name`, or 404 saying which thing was not found. */
export function idParam(c: Context, name: string, what = name): number {
  const id = v.safeParse(idInPath, c.req.param(name));
  if (!id.success) throw new AppError("not_found", `no such ${what}`);
  return id.output;
}

/**
 * The round named by `:n` in the current forum, or 404. `published` hides draft rounds, which only
 * organisers may see; `kind` narrows to Delphi or ideas rounds.
 */
export async function roundParam(c: Context<ForumEnv>, which: RoundWanted = {}) {
  const n = v.safeParse(roundNumberInPath, c.req.param("n"));
  const round = n.success ? await getRoundByNumber(c.get("db"), c.get("forum").id, n.output) : undefined;
  return wantedRound(round, which);
}

type RoundWanted = { published?: boolean; kind?: "standard" | "ideas" };

/** The round number `:n`, or 404 (for loaders that read the round with other rows in one batch). */
export function roundNumberParam(c: Context): number {
  const n = v.safeParse(roundNumberInPath, c.req.param("n"));
  if (!n.success) throw new AppError("not_found", "no such round");
  return n.output;
}

/** `round` when it exists and is one roundParam's caller may see, else 404 (see roundParam). */
export function wantedRound<R extends { state: string; kind: string }>(
  round: R | undefined,
  { published = false, kind }: RoundWanted = {},
): R {
  if (!round || (published && round.state === "draft") || (kind && round.kind !== kind))
    throw new AppError("not_found", kind === "ideas" ? "no such ideas round" : "no such round");
  return round;
}

/** The question `:qid` as asked in `round`, or 404. */
export async function roundQuestionParam(c: Context<ForumEnv>, roundId: number) {
  const qid = v.safeParse(idInPath, c.req.param("qid"));
  const question = qid.success ? await getRoundQuestion(c.get("db"), roundId, qid.output) : undefined;
  if (!question) throw new AppError("not_found", "no such question in this round");
  return question;
}

/** The whole number `?name=` of at most `digits` digits (a count a redirect carried back), or undefined. */
export function countInQuery(c: Context, name: string, digits: number): number | undefined {
  const raw = c.req.query(name);
  return raw && new RegExp(`^\\d{1,${digits}}$`).test(raw) ? Number(raw) : undefined;
}
