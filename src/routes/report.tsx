import { Hono } from "hono";
import { RoundReportPage } from "../../views/pages/RoundReport.js";
import { groupThreshold, listPublicSnapshots } from "../db/queries/snapshots.js";
import { snapshotView } from "../domain/visibility.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { roundParam } from "./params.js";
import { renderPage } from "./render.js";

/**
 * GET /forums/:forumId/rounds/:n/report: a printable report of a round's frozen statistics (no
 * responses: the query removes them). Stakeholders see published rounds; organisers closed ones too.
 */
export const reportRoutes = new Hono<ForumEnv>();

reportRoutes.get("/rounds/:n/report", forumAccess("organiser", "stakeholder"), async (c) => {
  const forum = c.get("forum");
  const round = await roundParam(c);
  const allowed = c.get("member").role === "organiser" ? ["closed", "published"] : ["published"];
  if (!allowed.includes(round.state)) throw new AppError("not_found", "no report for this round");
  const threshold = groupThreshold(forum);
  const cards = await listPublicSnapshots(
    c.get("db"),
    forum,
    round.id,
    snapshotView(c.get("member").role).subgroups,
  );
  const { t } = c.get("i18n");
  const title = t("report.title", { number: round.number });
  return renderPage(c, {
    title: `${forum.title} · ${title}`,
    crumbs: [
      { label: t("forums.title"), href: "/forums" },
      { label: forum.title, href: `/forums/${forum.id}` },
      { label: title },
    ],
    body: <RoundReportPage forumTitle={forum.title} round={round} threshold={threshold} cards={cards} />,
  });
});
