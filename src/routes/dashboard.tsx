import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import { DashboardPage } from "../../views/pages/Dashboard.js";
import { AnswersChart, BreakdownBody, DashboardResults } from "../../views/partials/DashboardResults.js";
import { createDb } from "../db/client.js";
import { listPublishedRounds, loadProposalDashboard } from "../db/queries/dashboard.js";
import { readForumScores } from "../db/queries/dashboard-scores.js";
import { listIdeaOutcomes } from "../db/queries/ideas.js";
import { groupThreshold, listPublicSnapshots } from "../db/queries/snapshots.js";
import { snapshotView } from "../domain/visibility.js";
import { revalidate } from "../middleware/etag.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { renderNamedForumPage } from "./crumbs.js";
import { idParam } from "./params.js";
import { isHtmx, renderPartial } from "./render.js";
import { keptResponse, readerKey, renderedOnce } from "./rendered-cache.js";
import { forumDefaultMethod, loadOutcomes, loadReaderRound, readerMethod } from "./results-data.js";

/**
 * Published results, for stakeholders (and every other member). Reads frozen snapshots only, with the
 * responses removed in SQL. `?round=N&method=M` pick the round and the pooling method (the forum's
 * chosen method when absent); an htmx request gets only the switchable part (#dashboard-results), any
 * other request the whole page at the same URL.
 */
export const dashboard = new Hono<ForumEnv>();

/** Published results are read-only, so D1's Sessions API may answer from a nearby read replica (primary without it). */
function readerDb(c: Context<ForumEnv>) {
  const session = c.env.DB.withSession?.("first-unconstrained");
  return session ? createDb(session as unknown as D1Database) : c.get("db");
}

dashboard.get("/dashboard", forumAccess(), revalidate, async (c) => {
  c.header("Vary", "HX-Request");
  const htmx = isHtmx(c);
  // Every reader of the forum gets the same results until something they show is written (rendered-cache.tsx).
  const kept = await renderedOnce(c, readerKey(c, htmx ? "dashboard htmx" : "dashboard"), () =>
    dashboardBody(c, htmx),
  );
  return keptResponse(c, kept, (body) => renderNamedForumPage(c, c.var.i18n.t("dashboard.title"), body));
});

/** The dashboard's body, or with `htmx` its switchable part (#dashboard-results) once a round is published. */
async function dashboardBody(
  c: Context<ForumEnv>,
  htmx: boolean,
): Promise<{ body: Child; fragment: boolean }> {
  const db = readerDb(c);
  const forum = c.get("forum");
  const rounds = await listPublishedRounds(db, forum.id);
  const asked = Number(c.req.query("round"));
  const current = rounds.find((r) => r.number === asked) ?? rounds.at(-1) ?? null;
  const method = readerMethod(c.req.query("method"), forum);
  const threshold = groupThreshold(forum);
  // Experts also read pseudonymous answers: they never get subgroup statistics (visibility.ts, F3).
  const subgroups = snapshotView(c.get("member").role).subgroups;
  const read = current
    ? await loadReaderRound(db, c.get("db"), forum, rounds, current, subgroups, method)
    : { raw: [], cards: [], spreads: new Map(), outcomes: new Map(), summary: undefined };
  const { cards, spreads, outcomes, summary } = read;
  const scores = await readForumScores(c.get("db"), forum);
  // Proposals, trend radar, eligibility per round and the founding-vs-all stage filter.
  const extra = await loadProposalDashboard(db, forum.id, current?.id ?? null, subgroups);
  const proposalsAndStages = {
    ...extra,
    forumId: forum.id,
    roundNumber: current?.number ?? null,
    stage: c.req.query("stage") === "founding" ? ("founding" as const) : ("all" as const),
    stageCards: read.raw.map((x) => ({ ...x, stages: x.snapshot.stages })),
  };
  const props = {
    forumId: forum.id,
    rounds,
    method,
    defaultMethod: forumDefaultMethod(forum),
    threshold,
    cards,
    spreads,
    scores,
    proposalsAndStages,
    summary,
    outcomes,
    closedAt: forum.closedAt,
    breakdowns: subgroups,
    breakdownOpen: subgroups ? Number(c.req.query("breakdown")) || undefined : undefined,
  };
  if (htmx && current) return { body: <DashboardResults {...props} current={current} />, fragment: true };
  return {
    body: (
      <DashboardPage
        {...props}
        forumTitle={forum.title}
        current={current}
        ideaOutcomes={await listIdeaOutcomes(db, forum.id)}
        shareHref={c.get("member").role === "organiser" ? `/forums/${forum.id}/sharing` : undefined}
      />
    ),
    fragment: false,
  };
}

/**
 * One card of a published round as a reader sees it, for the parts a dashboard loads on opening; null when
 * the round is not published, the question is not in it, or it has too few answers for any figure.
 */
async function publishedCard(c: Context<ForumEnv>, subgroups: boolean) {
  const db = readerDb(c);
  const forum = c.get("forum");
  const questionId = idParam(c, "qid", "question");
  const round = (await listPublishedRounds(db, forum.id)).find((r) => r.number === Number(c.req.param("n")));
  if (!round) return null;
  const [card] = await listPublicSnapshots(db, forum, round.id, subgroups, questionId);
  return card?.snapshot.summary ? card : null;
}

/**
 * One card's breakdown by institution and country in a published round, loaded when its reader opens it
 * (the dashboard leaves it out of the first response). Readers who never get subgroups (experts) get 404.
 * A published snapshot never changes, so the fragment carries an ETag and a second opening is a 304
 * (src/middleware/etag.ts).
 */
dashboard.get("/dashboard/rounds/:n/breakdown/:qid", forumAccess(), revalidate, async (c) => {
  if (!snapshotView(c.get("member").role).subgroups) return c.notFound();
  const card = await publishedCard(c, true);
  if (!card) return c.notFound();
  c.header("Vary", "HX-Request");
  return renderPartial(c, <BreakdownBody card={card} threshold={groupThreshold(c.get("forum"))} />);
});

/**
 * A quantity card's per-expert 5–95% ranges, which a dashboard of more than RANGES_INLINE experts loads
 * when its reader opens them (the ranges are anonymous and sorted by best estimate, as on the card).
 */
dashboard.get("/dashboard/rounds/:n/ranges/:qid", forumAccess(), revalidate, async (c) => {
  const card = await publishedCard(c, snapshotView(c.get("member").role).subgroups);
  if (!card || card.config.kind !== "quantity") return c.notFound();
  const outcome = (await loadOutcomes(c.get("db"), c.get("forum"))).get(card.questionId);
  c.header("Vary", "HX-Request");
  return renderPartial(
    c,
    <div class="ranges-body">
      <AnswersChart card={card} idPrefix="ranges" outcome={outcome} />
    </div>,
  );
});
