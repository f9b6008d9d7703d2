import { Hono } from "hono";
import { LiveMonitor } from "../../../views/pages/organiser/LiveMonitor.js";
import { computeLiveSnapshot } from "../../db/queries/realtime.js";
import { listRoundQuestions, listRounds } from "../../db/queries/rounds.js";
import { snapshotView } from "../../domain/visibility.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { renderForumPage } from "../crumbs.js";
import { roundParam } from "../params.js";
import { isHtmx, renderPartial } from "../render.js";

/**
 * GET /forums/:id/rounds/:n/monitor: the organiser's live monitor of an open round (Real-Time Delphi
 * above all, classic rounds too): per question how many answered, the distribution so far and the
 * reasons under pseudonyms, computed from current submitted answers with the same engine as the
 * snapshot frozen at close. Nothing is closed or stored; the panel polls itself every 30 s.
 */
export const monitorRoutes = new Hono<ForumEnv>();

monitorRoutes.get("/rounds/:n/monitor", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const round = await roundParam(c);
  if (round.state !== "open") throw new AppError("not_found", "the round is not open");
  const [rounds, questions] = await Promise.all([listRounds(db, forum.id), listRoundQuestions(db, round.id)]);
  const items = await Promise.all(
    questions.map(async (question) => ({
      question,
      snapshot: await computeLiveSnapshot(db, forum, round.id, question, snapshotView("organiser")),
    })),
  );
  const props = { forumId: forum.id, realtime: forum.mode === "realtime", rounds, round, items };
  if (isHtmx(c)) return renderPartial(c, <LiveMonitor {...props} partial />);
  return renderForumPage(c, i18n.t("monitor.title", { number: round.number }), <LiveMonitor {...props} />);
});
