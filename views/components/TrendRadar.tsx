import type { ProposalResult } from "../../src/domain/proposals.js";
import { numberFormat } from "../../src/i18n/intl-cache.js";
import { useI18n } from "../context.js";
import { type ChartItem, ProposalChart } from "./ProposalChart.js";

/**
 * The rated trends as a likelihood × impact chart: median of each with interquartile whiskers,
 * consensus on both shown by shape and in the table. Renders nothing without rated trends.
 */
export function TrendRadar({ trends }: { trends: ProposalResult[] }) {
  const { t, locale } = useI18n();
  const rated = trends.filter((p) => p.config.trend && (p.snapshot.dimensions?.length ?? 0) >= 2);
  const first = rated[0];
  if (!first) return null;
  const [xDim, yDim] = first.config.dimensions;
  const items: ChartItem[] = rated.map((p, i) => ({
    id: p.questionId,
    label: numberFormat(locale).format(i + 1),
    title: p.title,
    x: p.snapshot.dimensions![0]!,
    y: p.snapshot.dimensions![1]!,
    roundNumber: p.roundNumber,
  }));
  return (
    <section class="trend-radar" id="trend-radar" aria-labelledby="trend-radar-title">
      <h2 id="trend-radar-title">{t("trends.title")}</h2>
      <ProposalChart
        id="trend-radar-chart"
        title={t("trends.chartTitle")}
        desc={t("trends.chartDesc")}
        xDim={xDim!}
        yDim={yDim!}
        items={items}
        itemHeading={t("trends.trend")}
      />
    </section>
  );
}
