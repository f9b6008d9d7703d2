import type { Context } from "hono";
import { Hono } from "hono";
import { LivePanel, type LivePanelProps } from "../../views/partials/LivePanel.js";
import { findMySubmittedAnswer } from "../db/queries/answers.js";
import { computeLiveSnapshot } from "../db/queries/realtime.js";
import type { Question, RoundRow } from "../db/queries/rounds.js";
import { snapshotView } from "../domain/visibility.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { roundParam, roundQuestionParam } from "./params.js";
import { renderPartial } from "./render.js";

/**
 * Real-Time Delphi (forums.mode = "realtime"): the live group panel of a question and its polled
 * partial. The reveal rule is enforced here: an expert who has not submitted an answer to the question
 * gets only the note on the page and 403 from the partial. Mounted at /forums/:forumId before answering.
 */
export const liveRoutes = new Hono<ForumEnv>();

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

liveRoutes.get("/rounds/:n/questions/:qid/live", forumAccess("expert"), async (c) => {
  const forum = c.get("forum");
  if (forum.mode !== "realtime") throw new AppError("not_found", "no live panel here");
  const round = await roundParam(c, { published: true });
  const question = await roundQuestionParam(c, round.id);
  const props = await livePanelProps(c, round, question);
  if (!props?.feedback) {
    // Answer first: the group view is not revealed, not even as a fragment.
    return renderPartial(c, <LivePanel href={props?.href ?? ""} feedback={null} />, 403);
  }
  return renderPartial(c, <LivePanel {...props} />);
});
