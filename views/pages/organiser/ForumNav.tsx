import type { Round as RoundRow } from "../../../src/domain/rounds.js";
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
  const results = rounds.filter((r) => r.state === "closed" || r.state === "published");
  return (
    <nav class="forum-nav" aria-label={t("org.nav.label")}>
      <ul>
        <li>
          <a href={base}>{t("org.nav.overview")}</a>
        </li>
        <li>
          <a href={`${base}/questions`}>{t("org.nav.questions")}</a>
        </li>
        <li>
          <a href={`${base}/scenarios`}>{t("org.nav.scenarios")}</a>
        </li>
        <li>
          <a href={`${base}/panel`}>{t("org.nav.panel")}</a>
        </li>
        <li>
          <a href={`${base}/ideas`}>{t("org.nav.ideas")}</a>
        </li>
        <li>
          <a href={`${base}/proposals`}>{t("org.nav.proposals")}</a>
        </li>
        <li>
          <a href={`${base}/discussion`}>{t("discussion.title")}</a>
        </li>
        {rounds
          .filter((r) => r.state === "open")
          .map((r) => (
            <li>
              <a href={`${base}/rounds/${r.number}/monitor`}>
                {roundless ? t("org.study.monitor") : t("org.nav.monitor", { number: r.number })}
              </a>
            </li>
          ))}
        {results.map((r) => (
          <li>
            <a href={`${base}/rounds/${r.number}/results`}>
              {roundless ? t("org.study.results") : t("org.nav.results", { number: r.number })}
            </a>
          </li>
        ))}
        <li>
          <a href={`${base}/resolutions`}>{t("res.nav")}</a>
        </li>
        <li>
          <a href={`${base}/sharing`}>{t("share.title")}</a>
        </li>
        <li>
          <a href={`${base}/settings`}>{t("ops.nav.settings")}</a>
        </li>
        <li>
          <a href={`${base}/audit`}>{t("ops.nav.audit")}</a>
        </li>
        <li>
          <a href="/outbox">{t("org.nav.outbox")}</a>
        </li>
      </ul>
    </nav>
  );
}
