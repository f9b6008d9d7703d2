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
export async function roundParam(
  c: Context<ForumEnv>,
  { published = false, kind }: { published?: boolean; kind?: "standard" | "ideas" } = {},
) {
  const n = v.safeParse(roundNumberInPath, c.req.param("n"));
  const round = n.success ? await getRoundByNumber(c.get("db"), c.get("forum").id, n.output) : undefined;
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
