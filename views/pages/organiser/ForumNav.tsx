import type { Child } from "hono/jsx";
import { isClosed, type Round as RoundRow } from "../../../src/domain/rounds.js";
import { useI18n } from "../../context.js";

/** Links between the organiser's pages of one forum. */
export function ForumNav({
  forumId,
  rounds = [],
  roundless = false,
}: {
  forumId: number;
  rounds?: readonly RoundRow[];
  /** A Real-Time Delphi's one study: its monitor and results are not named by round. */
  roundless?: boolean;
}) {
  const { t } = useI18n();
  const base = `/forums/${forumId}`;
  const link = (href: string, label: string) => (
    <li>
      <a href={href}>{label}</a>
    </li>
  );
  const results = rounds.filter((r) => isClosed(r.state));
  return (
    <nav class="forum-nav" aria-label={t("org.nav.label")}>
      <ul>
        {link(base, t("org.nav.overview"))}
        {link(`${base}/questions`, t("org.nav.questions"))}
        {link(`${base}/scenarios`, t("org.nav.scenarios"))}
        {link(`${base}/panel`, t("org.nav.panel"))}
        {link(`${base}/ideas`, t("org.nav.ideas"))}
        {link(`${base}/proposals`, t("org.nav.proposals"))}
        {link(`${base}/discussion`, t("discussion.title"))}
        {rounds
          .filter((r) => r.state === "open")
          .map((r) =>
            link(
              `${base}/rounds/${r.number}/monitor`,
              roundless ? t("org.study.monitor") : t("org.nav.monitor", { number: r.number }),
            ),
          )}
        {results.map((r) =>
          link(
            `${base}/rounds/${r.number}/results`,
            roundless ? t("org.study.results") : t("org.nav.results", { number: r.number }),
          ),
        )}
        {link(`${base}/resolutions`, t("res.nav"))}
        {link(`${base}/sharing`, t("share.title"))}
        {link(`${base}/settings`, t("ops.nav.settings"))}
        {link(`${base}/audit`, t("ops.nav.audit"))}
        {link("/outbox", t("org.nav.outbox"))}
      </ul>
    </nav>
  );
}

/** An organiser's page of one forum: its section, its heading and the forum's links, then the page. */
export function ForumSection({
  id,
  title,
  forumId,
  children,
}: {
  id: string;
  title: string;
  forumId: number;
  children: Child;
}) {
  return (
    <section id={id}>
      <h1>{title}</h1>
      <ForumNav forumId={forumId} />
      {children}
    </section>
  );
}
