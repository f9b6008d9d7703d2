import type { Context } from "hono";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { LivePanel, type LivePanelProps } from "../../views/partials/LivePanel.js";
import { findMySubmittedAnswer } from "../db/queries/answers.js";
import { computeLiveSnapshot } from "../db/queries/realtime.js";
import { getRoundByNumber, getRoundQuestion, type Question, type RoundRow } from "../db/queries/rounds.js";
import { snapshotView } from "../domain/visibility.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
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
  const n = Number(c.req.param("n"));
  const round = Number.isInteger(n) ? await getRoundByNumber(c.get("db"), forum.id, n) : undefined;
  if (!round || round.state === "draft" || forum.mode !== "realtime")
    throw new HTTPException(404, { message: "no live panel here" });
  const qid = Number(c.req.param("qid"));
  const question = Number.isInteger(qid) ? await getRoundQuestion(c.get("db"), round.id, qid) : undefined;
  if (!question) throw new HTTPException(404, { message: "no such question in this round" });
  const props = await livePanelProps(c, round, question);
  if (!props?.feedback) {
    // Answer first: the group view is not revealed, not even as a fragment.
    return renderPartial(c, <LivePanel href={props?.href ?? ""} feedback={null} />, 403);
  }
  return renderPartial(c, <LivePanel {...props} />);
});
