import type { DimensionSummary, ProposalDimension } from "../../src/domain/proposals.js";
import { useI18n } from "../context.js";

export type ChartItem = {
  id: number;
  /** The short label drawn beside the marker (its number in the table below). */
  label: string;
  title: string;
  x: DimensionSummary;
  y: DimensionSummary;
};

export type ProposalChartProps = {
  id: string;
  title: string;
  desc: string;
  xDim: ProposalDimension;
  yDim: ProposalDimension;
  items: ChartItem[];
  /** Heading of the first column of the fallback table ("Proposal", "Trend"). */
  itemHeading: string;
};

const S = 420;
const PAD = 56;

/**
 * Two dimensions of rated items as a scatter: each item at its median on x and y, with its interquartile
 * range on each dimension as whiskers. Consensus on both dimensions is a filled circle, otherwise a hollow
 * diamond (shape, not colour alone), and the table that follows says it in words with every number.
 */
export function ProposalChart({ id, title, desc, xDim, yDim, items, itemHeading }: ProposalChartProps) {
  const { t, locale } = useI18n();
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const sx = (v: number) => PAD + ((v - xDim.min) / (xDim.max - xDim.min || 1)) * (S - 2 * PAD);
  const sy = (v: number) => S - PAD - ((v - yDim.min) / (yDim.max - yDim.min || 1)) * (S - 2 * PAD);
  const ticks = (d: ProposalDimension) => Array.from({ length: d.max - d.min + 1 }, (_, i) => d.min + i);
  const both = (i: ChartItem) => i.x.consensus.met && i.y.consensus.met;
  const plotted = items.filter((i) => i.x.summary && i.y.summary);
  return (
    <figure class="chart proposal-chart" id={id}>
      <svg viewBox={`0 0 ${S} ${S}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <rect class="pc-frame" x={PAD} y={PAD} width={S - 2 * PAD} height={S - 2 * PAD} />
        {ticks(xDim).map((v) => (
          <>
            <line class="pc-grid" x1={sx(v)} x2={sx(v)} y1={PAD} y2={S - PAD} />
            <text class="tick" x={sx(v)} y={S - PAD + 18} text-anchor="middle">
              {v}
            </text>
          </>
        ))}
        {ticks(yDim).map((v) => (
          <>
            <line class="pc-grid" x1={PAD} x2={S - PAD} y1={sy(v)} y2={sy(v)} />
            <text class="tick" x={PAD - 8} y={sy(v) + 5} text-anchor="end">
              {v}
            </text>
          </>
        ))}
        <text class="pc-axis-label" x={S / 2} y={S - 12} text-anchor="middle">
          {xDim.label} →
        </text>
        <text
          class="pc-axis-label"
          x={16}
          y={S / 2}
          text-anchor="middle"
          transform={`rotate(-90 16 ${S / 2})`}
        >
          {yDim.label} →
        </text>
        {plotted.map((i) => {
          const x = i.x.summary!;
          const y = i.y.summary!;
          const cx = sx(x.median);
          const cy = sy(y.median);
          const tip = `${i.label}. ${i.title}: ${xDim.label} ${nf.format(x.median)}, ${yDim.label} ${nf.format(y.median)}`;
          return (
            <g class={both(i) ? "pc-item met" : "pc-item unmet"}>
              <line class="pc-whisker" x1={sx(x.q1)} x2={sx(x.q3)} y1={cy} y2={cy} />
              <line class="pc-whisker" x1={cx} x2={cx} y1={sy(y.q1)} y2={sy(y.q3)} />
              {both(i) ? (
                <circle class="pc-marker" cx={cx} cy={cy} r={8}>
                  <title>{tip}</title>
                </circle>
              ) : (
                <path class="pc-marker" d={`M${cx} ${cy - 10} l10 10 l-10 10 l-10 -10 z`}>
                  <title>{tip}</title>
                </path>
              )}
              <text class="pc-label" x={cx + 12} y={cy - 10}>
                {i.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="legend-item">
          <span class="swatch pc-met-swatch" aria-hidden="true" /> {t("proposals.consensusBoth")}
        </span>
        <span class="legend-item">
          <span class="swatch pc-unmet-swatch" aria-hidden="true" /> {t("proposals.consensusNotBoth")}
        </span>
      </figcaption>
      <details open>
        <summary>{t("proposals.showTable")}</summary>
        <table class="stats proposal-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{itemHeading}</th>
              {[xDim, yDim].map((d) => (
                <>
                  <th scope="col">{t("proposals.median", { label: d.label })}</th>
                  <th scope="col">{t("proposals.iqr", { label: d.label })}</th>
                  <th scope="col">{t("proposals.consensusOn", { label: d.label })}</th>
                </>
              ))}
              <th scope="col">n</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr>
                <td>{i.label}</td>
                <th scope="row">{i.title}</th>
                {[i.x, i.y].map((d) => (
                  <>
                    <td>{d.summary ? nf.format(d.summary.median) : "–"}</td>
                    <td>{d.summary ? `${nf.format(d.summary.q1)} – ${nf.format(d.summary.q3)}` : "–"}</td>
                    <td>{d.consensus.met ? t("proposals.yes") : t("proposals.no")}</td>
                  </>
                ))}
                <td>{i.x.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
