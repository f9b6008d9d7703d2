import type { Context } from "hono";
import { Hono } from "hono";
import { RoundReportPage } from "../../views/pages/RoundReport.js";
import { EmbedCard, SharedDashboard, sharedLinks } from "../../views/pages/SharedResults.js";
import { summarySentence } from "../../views/partials/DashboardResults.js";
import { listPublishedRounds } from "../db/queries/dashboard.js";
import { openShareLink } from "../db/queries/share-links.js";
import { groupThreshold } from "../db/queries/snapshots.js";
import type { AppEnv } from "../env.js";
import { publicRoute } from "../middleware/guards.js";
import { idParam } from "./params.js";
import { isHtmx, renderPage, renderPartial } from "./render.js";
import { forumDefaultMethod, loadReaderRound, readerMethod, roundReportProps } from "./results-data.js";

/**
 * A shared link's pages, for readers without an account: `/s/:token` (the round's dashboard),
 * `/s/:token/report` (its printable report) and `/s/:token/embed/:questionId` (one card for an
 * `<iframe>`). They read exactly what a stakeholder reads (public snapshots, no responses), with
 * breakdowns only when the organisers chose them and never in a strict forum. Each full page counts as
 * one opening; a revoked link, or one to a round no longer published, reads nothing.
 */
export const shared = new Hono<AppEnv>();

async function open(c: Context<AppEnv>) {
  const token = c.req.param("token") ?? "";
  // htmx swaps (switching the method) are part of one visit: they do not count again.
  const link = await openShareLink(c.get("db"), token, !isHtmx(c));
  if (!link) return null;
  const { forum, round } = link;
  const db = c.get("db");
  const rounds = (await listPublishedRounds(db, forum.id)).filter((r) => r.number <= round.number);
  const method = readerMethod(c.req.query("method"), forum);
  const subgroups = link.subgroups && forum.anonymity !== "strict";
  const read = await loadReaderRound(db, db, forum, rounds, round, subgroups, method);
  return { token, forum, round, rounds, method, read };
}

function gone(c: Context<AppEnv>) {
  const { t } = c.get("i18n");
  return renderPage(c, { title: t("share.title"), body: <p id="share-gone">{t("share.gone")}</p> }, 404);
}

shared.get("/s/:token", publicRoute, async (c) => {
  const s = await open(c);
  if (!s) return gone(c);
  const { forum, round } = s;
  const props = {
    forumId: forum.id,
    forumTitle: forum.title,
    rounds: s.rounds,
    current: round,
    method: s.method,
    defaultMethod: forumDefaultMethod(forum),
    threshold: groupThreshold(forum),
    cards: s.read.cards,
    spreads: s.read.spreads,
    summary: s.read.summary,
    outcomes: s.read.outcomes,
    closedAt: forum.closedAt,
    links: sharedLinks(s.token),
  };
  if (isHtmx(c)) return renderPartial(c, <SharedDashboard {...props} />);
  const i18n = c.get("i18n");
  const sentences = s.read.summary
    .map((f) => summarySentence(i18n, f, s.read.cards, s.method))
    .filter((x) => x !== "");
  return renderPage(c, {
    title: i18n.t("share.pageTitle", { forum: forum.title, number: round.number }),
    body: <SharedDashboard {...props} />,
    social: {
      description:
        sentences.length > 0 ? sentences.join(" ") : i18n.t("share.readerNote", { forum: forum.title }),
    },
  });
});

shared.get("/s/:token/report", publicRoute, async (c) => {
  const s = await open(c);
  if (!s) return gone(c);
  const { forum, round } = s;
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: t("report.forum", { forum: forum.title, number: round.number }),
    body: (
      <RoundReportPage {...roundReportProps(forum, round, s.read, s.method)} links={sharedLinks(s.token)} />
    ),
    social: { description: t("share.readerNote", { forum: forum.title }) },
  });
});

shared.get("/s/:token/embed/:questionId", publicRoute, async (c) => {
  const questionId = idParam(c, "questionId", "question");
  const s = await open(c);
  const card = s?.read.cards.find((x) => x.questionId === questionId);
  if (!s || !card) return gone(c);
  return c.html(
    <EmbedCard
      card={card}
      forumTitle={s.forum.title}
      roundNumber={s.round.number}
      dashboardHref={`/s/${s.token}`}
      method={s.method}
      threshold={groupThreshold(s.forum)}
      outcomes={s.read.outcomes}
      closed={!!s.forum.closedAt}
    />,
  );
});
