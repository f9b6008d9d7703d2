import { Hono } from "hono";
import { LivePanel } from "../../views/partials/LivePanel.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { roundParam, roundQuestionParam } from "./params.js";
import { livePanelProps } from "./question-panels.js";
import { renderPartial } from "./render.js";

/**
 * Real-Time Delphi (forums.mode = "realtime"): the live group panel of a question and its polled
 * partial. The reveal rule is enforced here: an expert who has not submitted an answer to the question
 * gets only the note on the page and 403 from the partial.
 */
export const liveRoutes = new Hono<ForumEnv>();

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
