import { html } from "hono/html";
import { useI18n } from "../context.js";
import {
  type DashboardCard,
  DashboardResults,
  type DashboardResultsProps,
  Headline,
  QuestionCard,
  type ResultsLinks,
} from "../partials/DashboardResults.js";

/** Where a shared link's pages lead: its own dashboard and report, one round, the public glossary. */
export const sharedLinks = (token: string): ResultsLinks => ({
  dashboard: (_round, method) => `/s/${token}?method=${method}`,
  report: (_round, method) => `/s/${token}/report?method=${method}`,
  glossary: "/glossary",
  fixedRound: true,
});

/** A shared link's dashboard: the forum's title, a line saying what this page is, then the results. */
export function SharedDashboard(p: DashboardResultsProps & { forumTitle: string }) {
  const { t } = useI18n();
  return (
    <section class="dashboard shared" id="dashboard">
      <h1>{p.forumTitle}</h1>
      <p class="meta shared-note">{t("share.readerNote", { forum: p.forumTitle })}</p>
      <DashboardResults {...p} />
    </section>
  );
}

/**
 * One question's card for partners' sites (`<iframe>`): the card alone and a link to the whole shared
 * dashboard. Links open outside the frame.
 */
export function EmbedCard(p: {
  card: DashboardCard;
  forumTitle: string;
  roundNumber: number;
  dashboardHref: string;
  method: DashboardResultsProps["method"];
  threshold: number;
  outcomes?: DashboardResultsProps["outcomes"];
  closed: boolean;
}) {
  const { t, locale, dir } = useI18n();
  const shared = { method: p.method, glossary: "/glossary", outcomes: p.outcomes, closed: p.closed };
  return (
    <>
      {html`<!doctype html>`}
      <html lang={locale} dir={dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <base target="_blank" />
          <title>{`${p.card.title} · ${p.forumTitle}`}</title>
          <link rel="stylesheet" href="/styles.css" />
        </head>
        <body class="embed">
          <main id="main">
            {p.card.config.kind === "allocation" ? (
              <Headline card={p.card} {...shared} spreads={[]} current={p.roundNumber} />
            ) : (
              <QuestionCard
                card={p.card}
                {...shared}
                threshold={p.threshold}
                spreads={[]}
                current={p.roundNumber}
              />
            )}
            <p class="meta">
              <a href={p.dashboardHref}>{t("share.from", { forum: p.forumTitle, number: p.roundNumber })}</a>
            </p>
          </main>
        </body>
      </html>
    </>
  );
}
