import type { Context } from "hono";
import type { LivePanelProps } from "../../views/partials/LivePanel.js";
import type { ThreadProps } from "../../views/partials/Thread.js";
import { findMySubmittedAnswer } from "../db/queries/answers.js";
import { listThread, type ThreadRead } from "../db/queries/posts.js";
import { computeLiveSnapshot } from "../db/queries/realtime.js";
import type { Question, RoundRow } from "../db/queries/rounds.js";
import type { ThreadPost } from "../domain/discussion.js";
import { mayPairNamesWithPseudonyms, snapshotView } from "../domain/visibility.js";
import type { ForumEnv } from "../middleware/forum-access.js";

/**
 * What a question page shows beside the form, shared by the question page (answering.tsx), the
 * discussion's own routes (discussion.tsx) and the live panel's partial (discussion-live.tsx): the
 * thread under the question and, in a Real-Time Delphi, the live group panel. Both follow the reveal
 * rule: an expert sees nothing of others before their own first answer.
 */

export type LoadedThread = {
  round: RoundRow;
  question: Question;
  base: string;
  /** The posts, when the page read them with its other reads (`threadRead`); read here otherwise. */
  posts?: ThreadPost[];
};

/** What the caller may read of a thread: experts never get names; organisers only under quasi-anonymity. */
export function threadRead(
  c: Context<ForumEnv>,
  roundId: ThreadRead["roundId"],
  questionId: ThreadRead["questionId"],
): ThreadRead {
  const member = c.get("member");
  return {
    roundId,
    questionId,
    viewerMemberId: member.id,
    organiser: member.role === "organiser",
    withAuthors: mayPairNamesWithPseudonyms(member.role, c.get("forum").anonymity),
  };
}

/** Whether the thread can be read before knowing if the caller answered (only Real-Time Delphi hides it). */
export const threadReadable = (c: Context<ForumEnv>) =>
  c.get("forum").mode !== "realtime" || c.get("member").role === "organiser";

/**
 * Real-Time Delphi reveals the group only after an expert's first answer; the discussion holds others'
 * estimates and reasons, so it follows the same rule (nothing of it is read before that answer).
 */
export async function discussionLocked(c: Context<ForumEnv>, th: LoadedThread): Promise<boolean> {
  const member = c.get("member");
  if (threadReadable(c)) return false;
  const own = await findMySubmittedAnswer(
    c.get("db"),
    th.round.id,
    th.question.id,
    member.id,
    th.question.kind,
  );
  return !own;
}

/** The thread's props for the caller: experts never get names; organisers only under quasi-anonymity. */
export async function threadProps(
  c: Context<ForumEnv>,
  th: LoadedThread,
  extra: Pick<ThreadProps, "form" | "hide" | "notice"> = {},
): Promise<ThreadProps> {
  const member = c.get("member");
  const organiser = member.role === "organiser";
  if (await discussionLocked(c, th))
    return { base: th.base, open: th.round.state === "open", posts: [], viewer: "expert", locked: true };
  const posts =
    th.posts ??
    (await listThread(c.get("db"), { ...threadRead(c, th.round.id, th.question.id), roundId: th.round.id }));
  return {
    base: th.base,
    open: th.round.state === "open",
    posts,
    viewer: organiser ? "organiser" : "expert",
    sort: c.req.query("sort") === "votes" ? "votes" : "time",
    ...extra,
  };
}

/** The live panel's props for the current expert, or null when the forum is not a Real-Time Delphi. */
export async function livePanelProps(
  c: Context<ForumEnv>,
  round: RoundRow,
  question: Question,
): Promise<LivePanelProps | null> {
  const forum = c.get("forum");
  if (forum.mode !== "realtime") return null;
  const db = c.get("db");
  const member = c.get("member");
  const href = `/forums/${forum.id}/rounds/${round.number}/questions/${question.id}/live`;
  const own = await findMySubmittedAnswer(db, round.id, question.id, member.id, question.kind);
  if (!own) return { href, feedback: null };
  const snapshot = await computeLiveSnapshot(db, forum, round.id, question, snapshotView(member.role));
  return {
    href,
    feedback: {
      roundNumber: round.number,
      config: question.config,
      snapshot,
      ownPseudonym: member.pseudonym,
      ownPrevious: own.value,
    },
  };
}
