import { Hono } from "hono";
import { AttritionByInstitution } from "../../../views/pages/organiser/Attrition.js";
import { IncompleteExperts } from "../../../views/partials/IncompleteExperts.js";
import { RateByInstitution } from "../../../views/partials/RateByInstitution.js";
import { loadAttrition } from "../../db/queries/attrition.js";
import { computeResponseRate } from "../../db/queries/response-rates.js";
import { listRounds } from "../../db/queries/rounds.js";
import { groupThreshold } from "../../db/queries/snapshots.js";
import { participationByName } from "../../domain/visibility.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { renderForumPage } from "../crumbs.js";
import { roundParam } from "../params.js";
import { isHtmx, renderPartial } from "../render.js";
import { shownRound } from "./overview.js";

/**
 * The parts of the organiser's overview that grow with the panel, each read on its own: the response
 * rate per institution and the attrition per institution (one row or table per institution; htmx loads
 * them into the overview when opened, and without JavaScript they are pages), and the experts who have
 * not answered all, a page at a time. Strict anonymity folds institutions and lists nobody, as on the
 * overview (visibility.ts `participationByName`).
 */
export const participationRoutes = new Hono<ForumEnv>();

/** Incomplete experts per page beyond the overview's first. */
const LIST_PAGE = 100;

participationRoutes.get("/participation/rate", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const withheld = participationByName(forum.anonymity) ? undefined : { threshold: groupThreshold(forum) };
  const { shown } = shownRound(await listRounds(db, forum.id));
  if (!shown) throw new AppError("not_found", "no round has opened");
  const rate = await computeResponseRate(db, forum.id, shown, withheld, { byInstitution: true });
  const body = <RateByInstitution groups={rate.perInstitution ?? []} />;
  if (isHtmx(c)) return renderPartial(c, body);
  return renderForumPage(
    c,
    i18n.t(shown.state === "open" ? "org.rate.titleOpen" : "org.rate.title", { number: shown.number }),
    body,
  );
});

participationRoutes.get("/participation/attrition", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const foldBelow = participationByName(forum.anonymity) ? undefined : groupThreshold(forum);
  const body = <AttritionByInstitution table={await loadAttrition(db, forum.id, foldBelow)} />;
  if (isHtmx(c)) return renderPartial(c, body);
  return renderForumPage(c, i18n.t("ops.rate.title"), body);
});

participationRoutes.get("/rounds/:n/incomplete", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  // Who has not answered is never named under strict anonymity (the overview gives the count only).
  if (!participationByName(forum.anonymity)) throw new AppError("not_found", "names are withheld");
  const round = await roundParam(c);
  if (round.state !== "open") throw new AppError("not_found", "the round is not open");
  const rate = await computeResponseRate(db, forum.id, round, undefined, {
    open: true,
    after: c.req.query("after") ?? "",
    limit: LIST_PAGE,
  });
  return renderForumPage(
    c,
    i18n.t("org.rate.incomplete"),
    <>
      <p>
        {i18n.t("org.rate.overall", {
          complete: rate.overall.complete,
          experts: rate.overall.experts,
          questions: rate.questionCount,
        })}
      </p>
      <IncompleteExperts forumId={forum.id} rate={rate} first={false} />
    </>,
  );
});
