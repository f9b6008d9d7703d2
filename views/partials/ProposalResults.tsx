import type { ProposalResult } from "../../src/domain/proposals.js";
import { rankProposals } from "../../src/domain/proposals.js";
import { numberFormat } from "../../src/i18n/intl-cache.js";
import { type ChartItem, ProposalChart } from "../components/ProposalChart.js";
import { TrendRadar } from "../components/TrendRadar.js";
import { useI18n } from "../context.js";

/**
 * Proposal results for the dashboard and the organiser: the desirability × feasibility chart (the
 * first two dimensions), a ranked list by the documented rule (rankProposals), and the trend radar.
 * One root element with a stable id, so it can be included in a page or swapped by htmx.
 */
export function ProposalResults({
  results,
  showGroups = false,
}: {
  results: ProposalResult[];
  /** Organisers only: name the institutions or countries along which a panel splits. */
  showGroups?: boolean;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const proposals = results.filter((r) => !r.config.trend && (r.snapshot.dimensions?.length ?? 0) >= 2);
  const trends = results.filter((r) => r.config.trend);
  if (proposals.length === 0 && trends.length === 0) return <div id="proposal-results" />;
  const first = proposals[0];
  const items: ChartItem[] = proposals.map((p, i) => ({
    id: p.questionId,
    label: numberFormat(i18n.locale).format(i + 1),
    title: p.title,
    x: p.snapshot.dimensions![0]!,
    y: p.snapshot.dimensions![1]!,
    roundNumber: p.roundNumber,
  }));
  const ranked = rankProposals(
    proposals.map((p, i) => ({ id: p.questionId, dimensions: p.snapshot.dimensions ?? [], p, label: i + 1 })),
  );
  const [xDim, yDim] = first ? first.config.dimensions : [];
  return (
    <div id="proposal-results" class="proposal-results">
      {first && xDim && yDim && (
        <section id="proposal-chart-section" aria-labelledby="proposal-chart-title">
          <h2 id="proposal-chart-title">{t("proposals.chartTitle", { x: xDim.label, y: yDim.label })}</h2>
          <ProposalChart
            id="proposal-chart"
            title={t("proposals.chartTitle", { x: xDim.label, y: yDim.label })}
            desc={t("proposals.chartDesc", { x: xDim.label, y: yDim.label })}
            xDim={xDim}
            yDim={yDim}
            items={items}
            itemHeading={t("proposals.proposal")}
          />
          <h3>{t("proposals.ranked")}</h3>
          <p class="meta" id="proposal-rank-rule">
            {t("proposals.rankRule", { x: xDim.label, y: yDim.label })}
          </p>
          <ol class="ranked-proposals" id="ranked-proposals">
            {ranked.map((r) => (
              <li>
                <strong>{r.p.title}</strong>{" "}
                <span class="meta">
                  {r.dimensions
                    .map((d) => `${d.label} ${d.summary ? nf.format(d.summary.median) : "–"}`)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <Polarisation results={[...proposals, ...trends]} showGroups={showGroups} />
      <TrendRadar trends={trends} />
    </div>
  );
}

/**
 * Where the panel is split (consensus/polarisation.ts): for each item and dimension with a split panel,
 * the shares in the low and high thirds; for organisers also the institutions or countries whose medians
 * lie at opposite ends. A Policy Delphi reports disagreement, not only the absence of consensus.
 */
function Polarisation({ results, showGroups }: { results: ProposalResult[]; showGroups: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const nf = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 });
  const rows = results.flatMap((r) =>
    (r.snapshot.dimensions ?? []).flatMap((d, k) => {
      const p = d.polarisation;
      const dim = r.config.dimensions[k];
      if (!p || !dim || (!p.split && (!showGroups || p.groups.length === 0))) return [];
      return [{ r, d, p, dim }];
    }),
  );
  return (
    <section id="polarisation" aria-labelledby="polarisation-title">
      <h3 id="polarisation-title">{t("polarisation.title")}</h3>
      <p class="meta">{t("polarisation.rule")}</p>
      {rows.length === 0 ? (
        <p>{t("polarisation.none")}</p>
      ) : (
        <ul class="polarisation-list">
          {rows.map(({ r, d, p, dim }) => (
            <li>
              <strong>{r.title}</strong> · {d.label}:{" "}
              {p.split
                ? t("polarisation.split", {
                    low: i18n.formatPercent(p.lowShare),
                    high: i18n.formatPercent(p.highShare),
                    lowRange: `${dim.min}–${nf.format(Math.floor(p.lowBound))}`,
                    highRange: `${nf.format(Math.ceil(p.highBound))}–${dim.max}`,
                    n: p.n,
                  })
                : t("polarisation.groupsOnly")}
              {showGroups &&
                p.groups.map((g) => (
                  <>
                    {" "}
                    {t(g.by === "institution" ? "polarisation.byInstitution" : "polarisation.byCountry", {
                      low: g.low.join(", "),
                      high: g.high.join(", "),
                    })}
                  </>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
