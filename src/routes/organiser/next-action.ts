import type { NextAction } from "../../../views/pages/organiser/Overview.js";
import type { RoundRow } from "../../db/queries/rounds.js";

/**
 * The one thing an organiser should do next, in the order a forum is built and run: questions, experts,
 * then the rounds (close the open one, publish the closed one, open the draft, or prepare the next).
 * A closed forum has nothing left to run: its published results are what remains. `round` and `action`
 * name the round button that is this step, which the overview makes its primary button.
 */
export function nextAction(
  forumId: number,
  state: { questions: number; hasExperts: boolean; rounds: readonly RoundRow[]; closed?: boolean },
): NextAction {
  const base = `/forums/${forumId}`;
  if (state.closed) return { key: "org.next.forumClosed", href: `${base}/dashboard` };
  if (state.questions === 0) return { key: "org.next.addQuestions", href: `${base}/questions` };
  if (!state.hasExperts) return { key: "org.next.inviteExperts", href: `${base}/panel` };
  const find = (s: RoundRow["state"]) => state.rounds.find((r) => r.state === s);
  const open = find("open");
  if (open)
    return { key: "org.next.close", params: { number: open.number }, round: open.number, action: "close" };
  const closed = find("closed");
  if (closed)
    return {
      key: "org.next.publish",
      params: { number: closed.number },
      href: `${base}/rounds/${closed.number}/results`,
      round: closed.number,
      action: "publish",
    };
  const draft = find("draft");
  if (draft)
    return { key: "org.next.open", params: { number: draft.number }, round: draft.number, action: "open" };
  return { key: "org.next.create", params: { number: state.rounds.length + 1 }, href: "#new-round-form" };
}
