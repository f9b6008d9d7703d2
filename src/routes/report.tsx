import { Hono } from "hono";
import { RoundReportPage } from "../../views/pages/RoundReport.js";
import { listPublishedRounds } from "../db/queries/dashboard.js";
import { isClosed } from "../domain/rounds.js";
import { snapshotView } from "../domain/visibility.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { renderNamedForumPage } from "./crumbs.js";
import { roundParam } from "./params.js";
import {
  loadOutcomes,
  loadReaderCards,
  loadSummary,
  readerMethod,
  roundReportProps,
} from "./results-data.js";

/**
 * GET /forums/:forumId/rounds/:n/report: a printable report of a round's frozen statistics (no
 * responses: the query removes them), with the same numbers as the dashboard (results-data.ts).
 * Stakeholders see published rounds; organisers closed ones too. `?method=` as on the dashboard.
 */
export const reportRoutes = new Hono<ForumEnv>();

reportRoutes.get("/rounds/:n/report", forumAccess("organiser", "stakeholder"), async (c) => {
  const forum = c.get("forum");
  const round = await roundParam(c);
  const allowed = c.get("member").role === "organiser" ? isClosed(round.state) : round.state === "published";
  if (!allowed) throw new AppError("not_found", "no report for this round");
  const db = c.get("db");
  const method = readerMethod(c.req.query("method"), forum);
  const subgroups = snapshotView(c.get("member").role).subgroups;
  const [{ cards }, outcomes, rounds] = await Promise.all([
    loadReaderCards(db, db, forum, round.id, subgroups),
    loadOutcomes(db, forum),
    listPublishedRounds(db, forum.id),
  ]);
  const summary = await loadSummary(db, db, forum, rounds, round, cards, method, subgroups);
  return renderNamedForumPage(
    c,
    c.var.i18n.t("report.title", { number: round.number }),
    <RoundReportPage {...roundReportProps(forum, round, { cards, summary, outcomes }, method)} />,
  );
});
