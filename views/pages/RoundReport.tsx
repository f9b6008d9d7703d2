import type { SummaryFact } from "../../src/domain/panel-summary.js";
import type { Outcome } from "../../src/domain/resolutions.js";
import { POOL_METHODS, type PoolMethod } from "../../src/domain/snapshot.js";
import { shownShares } from "../../src/domain/whole-percents.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
import { ScenarioBars, scenarioBars } from "../components/ScenarioBars.js";
import { useI18n } from "../context.js";
import { valueFormatter } from "../format.js";
import type { DashboardCard, ResultsLinks } from "../partials/DashboardResults.js";
import {
  Answered,
  AnswersChart,
  Breakdown,
  HeadlineNumber,
  HowMade,
  MethodName,
  memberLinks,
  OutcomeLine,
  PanelSummary,
  pooledValues,
  SummaryTable,
  Synthesis,
  Term,
} from "../partials/DashboardResults.js";

export type RoundReportProps = {
  forumTitle: string;
  forumId?: number;
  round: {
    number: number;
    state: string;
    closedAt: string | null;
    publishedAt: string | null;
    synthesis: string;
  };
  threshold: number;
  cards: DashboardCard[];
  method?: PoolMethod;
  defaultMethod?: PoolMethod;
  summary?: SummaryFact[];
  outcomes?: Map<number, Outcome>;
  /** When the whole forum closed, or null while it runs. */
  forumClosedAt?: string | null;
  links?: ResultsLinks;
};

/**
 * A printable report of one round (A4, see the print rules in styles.css): the publication date, what
 * the panel thinks, the organisers' summary, then every question's figures, chart, outcome, pooled
 * values by every method and groups; how the numbers are made at the end.
 */
export function RoundReportPage(p: RoundReportProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { round } = p;
  const method = p.method ?? "median";
  const defaultMethod = p.defaultMethod ?? "median";
  const links = p.links ?? memberLinks(p.forumId ?? 0);
  const closed = !!p.forumClosedAt;
  return (
    <article class="report" id="round-report">
      <h1>{t("report.forum", { forum: p.forumTitle, number: round.number })}</h1>
      <p class="meta report-dates">
        {t("report.state", {
          state: t(round.state === "published" ? "report.state.published" : "report.state.closed"),
        })}
        {round.closedAt && <> · {t("report.closed", { date: i18n.formatDateTimeUtc(round.closedAt) })}</>}
        {round.publishedAt && (
          <> · {t("report.published", { date: i18n.formatDateTimeUtc(round.publishedAt) })}</>
        )}
      </p>
      {p.forumClosedAt && (
        <p class="notice finished-note">
          {t("read.finished", { date: i18n.formatDateTime(p.forumClosedAt) })}
        </p>
      )}
      {p.summary && (
        <PanelSummary
          facts={p.summary}
          cards={p.cards}
          method={method}
          defaultMethod={defaultMethod}
          glossary={links.glossary}
        />
      )}
      {round.synthesis && (
        <Synthesis number={round.number} text={round.synthesis} publishedAt={round.publishedAt} />
      )}
      {p.cards.map((card) => (
        <ReportQuestion
          card={card}
          threshold={p.threshold}
          method={method}
          glossary={links.glossary}
          outcome={p.outcomes?.get(card.questionId)}
          closed={closed}
        />
      ))}
      <HowMade method={method} defaultMethod={defaultMethod} threshold={p.threshold} links={links} />
    </article>
  );
}

function ReportQuestion({
  card,
  threshold,
  method,
  glossary,
  outcome,
  closed,
}: {
  card: DashboardCard;
  threshold: number;
  method: PoolMethod;
  glossary: string;
  outcome: Outcome | undefined;
  closed: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const s = card.snapshot;
  const isPool = card.config.kind === "binary" || card.config.kind === "allocation";
  const shown = (m: PoolMethod) =>
    card.config.kind === "allocation" ? shownShares(pooledValues(card, m)) : pooledValues(card, m);
  const pooledRows = isPool ? POOL_METHODS.map((m) => ({ method: m, values: shown(m) })) : [];
  const bars = card.config.kind === "allocation" ? scenarioBars(s.perOption, shown(method)) : [];
  const headline = card.config.kind === "binary" ? shown(method)?.[0] : s.summary?.median;
  return (
    <section class="report-question" id={`report-q${card.questionId}`}>
      <h2>{card.title}</h2>
      <Answered s={s} closed={closed} />
      {headline !== undefined && s.summary && (
        <HeadlineNumber card={card} value={headline} method={method} glossary={glossary} />
      )}
      {outcome && <OutcomeLine card={card} outcome={outcome} method={method} />}
      {bars.length > 0 && (
        <>
          <p class="meta">
            {t("read.method")}: <MethodName method={method} glossary={glossary} />
          </p>
          <ScenarioBars
            id={`rbars-${card.questionId}`}
            title={card.title}
            bars={bars}
            format={f}
            describe={(b) => `${b.label}: ${b.value === null ? "–" : f(b.value)}`}
          />
        </>
      )}
      {s.summary && (
        <>
          <AnswersChart card={card} idPrefix="rstrip" outcome={outcome} />
          <SummaryTable card={card} glossary={glossary} />
        </>
      )}
      {s.perOption && (
        <table class="stats">
          <ColumnHeads
            cols={[
              t("dashboard.option"),
              t("stats.median"),
              <Term id="middle-half" href={glossary}>
                {t("stats.iqrRange")}
              </Term>,
            ]}
          />
          <tbody>
            {s.perOption.map((o) => (
              <tr>
                <th scope="row">{o.label}</th>
                <td>{o.summary ? f(o.summary.median) : "–"}</td>
                <td>{o.summary ? `${f(o.summary.q1)} – ${f(o.summary.q3)}` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pooledRows.length > 0 && (
        <table class="stats">
          <caption>
            <Term id="pooled" href={glossary}>
              {t("report.pooledValues")}
            </Term>
          </caption>
          <ColumnHeads cols={[t("report.method"), t("report.value")]} />
          <tbody>
            {pooledRows.map((r) => (
              <tr>
                <th scope="row">
                  <MethodName method={r.method} glossary={glossary} />
                </th>
                <td>{r.values ? r.values.map(f).join(" · ") : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.summary && <Breakdown card={card} threshold={threshold} open />}
    </section>
  );
}
