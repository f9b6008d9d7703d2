import { POOL_METHODS } from "../../src/domain/snapshot.js";
import { ConsensusBadge } from "../components/ConsensusBadge.js";
import { StripPlot } from "../components/StripPlot.js";
import { useI18n } from "../context.js";
import { chartDomain, valueFormatter } from "../format.js";
import type { DashboardCard } from "../partials/DashboardResults.js";
import { Breakdown, pooledValues } from "../partials/DashboardResults.js";

export type RoundReportProps = {
  forumTitle: string;
  round: {
    number: number;
    state: string;
    closedAt: string | null;
    publishedAt: string | null;
    synthesis: string;
  };
  threshold: number;
  cards: DashboardCard[];
};

/** A printable report of one round: every question's frozen statistics, pooled values and groups. */
export function RoundReportPage({ forumTitle, round, threshold, cards }: RoundReportProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <article class="report" id="round-report">
      <h1>{t("report.forum", { forum: forumTitle, number: round.number })}</h1>
      <p class="meta">
        {t("report.state", {
          state: t(round.state === "published" ? "report.state.published" : "report.state.closed"),
        })}
        {round.closedAt && <> · {t("report.closed", { date: i18n.formatDateTimeUtc(round.closedAt) })}</>}
        {round.publishedAt && (
          <> · {t("report.published", { date: i18n.formatDateTimeUtc(round.publishedAt) })}</>
        )}
      </p>
      {round.synthesis && <p class="synthesis">{round.synthesis}</p>}
      {cards.map((card) => (
        <ReportQuestion card={card} threshold={threshold} />
      ))}
    </article>
  );
}

function ReportQuestion({ card, threshold }: { card: DashboardCard; threshold: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const s = card.snapshot;
  const pooledRows =
    card.config.kind === "binary" || card.config.kind === "allocation"
      ? POOL_METHODS.map((m) => ({ method: m, values: pooledValues(card, m) }))
      : [];
  return (
    <section class="report-question" id={`report-q${card.questionId}`}>
      <h2>{card.title}</h2>
      <p class="meta">
        <ConsensusBadge consensus={s.consensus} n={s.n} />{" "}
        {t("dashboard.answered", { n: s.n, eligible: s.eligible, rate: i18n.formatPercent(s.responseRate) })}
      </p>
      {s.summary && (
        <>
          <StripPlot
            id={`rstrip-${card.questionId}`}
            title={card.title}
            points={s.distribution.map((v) => ({ value: v, label: t("chart.legendAnswer") }))}
            domain={chartDomain(card.config, s.distribution)}
            median={s.summary.median}
            q1={s.summary.q1}
            q3={s.summary.q3}
            format={f}
          />
          <table class="stats">
            <tbody>
              <tr>
                <th scope="row">{t("stats.median")}</th>
                <td>{f(s.summary.median)}</td>
              </tr>
              <tr>
                <th scope="row">{t("stats.iqrRange")}</th>
                <td>{`${f(s.summary.q1)} – ${f(s.summary.q3)}`}</td>
              </tr>
              <tr>
                <th scope="row">{t("stats.mean")}</th>
                <td>{f(s.summary.mean)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
      {s.perOption && (
        <table class="stats">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.option")}</th>
              <th scope="col">{t("stats.median")}</th>
              <th scope="col">{t("stats.iqrRange")}</th>
            </tr>
          </thead>
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
          <caption>{t("report.pooledValues")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.method")}</th>
              <th scope="col">{t("report.value")}</th>
            </tr>
          </thead>
          <tbody>
            {pooledRows.map((r) => (
              <tr>
                <th scope="row">{t(`dashboard.method.${r.method}`)}</th>
                <td>{r.values ? r.values.map(f).join(" · ") : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.summary && (
        <Breakdown
          card={card}
          threshold={threshold}
          overall={s.summary.median}
          domain={chartDomain(card.config, s.distribution)}
          open
        />
      )}
    </section>
  );
}
