import type { DimensionSummary, ProposalDimension } from "../../src/domain/proposals.js";
import { numberFormat } from "../../src/i18n/intl-cache.js";
import { useI18n } from "../context.js";
import { ChartSvg } from "./Chart.js";

export type ChartItem = {
  id: number;
  /** The short label drawn beside the marker (its number in the table below). */
  label: string;
  title: string;
  x: DimensionSummary;
  y: DimensionSummary;
  /** The round the values come from (an item retired from later rounds keeps its last values). */
  roundNumber?: number;
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

/** Which dimensions of an item reached consensus: the four states the chart and its legend show. */
export type ConsensusState = "both" | "x" | "y" | "none";

export function consensusState(i: Pick<ChartItem, "x" | "y">): ConsensusState {
  const x = i.x.consensus.met;
  const y = i.y.consensus.met;
  return x && y ? "both" : x ? "x" : y ? "y" : "none";
}

/**
 * One marker per state, told apart by shape (not colour alone): a filled circle (consensus on both), a
 * triangle pointing along the axis whose dimension agrees (→ x only, ↑ y only), a hollow diamond (neither).
 */
function Marker({ state, cx, cy, tip }: { state: ConsensusState; cx: number; cy: number; tip?: string }) {
  const title = tip ? <title>{tip}</title> : null;
  if (state === "both")
    return (
      <circle class="pc-marker" cx={cx} cy={cy} r={8}>
        {title}
      </circle>
    );
  const d =
    state === "x"
      ? `M${cx + 10} ${cy} L${cx - 7} ${cy - 9} L${cx - 7} ${cy + 9} Z`
      : state === "y"
        ? `M${cx} ${cy - 10} L${cx + 9} ${cy + 7} L${cx - 9} ${cy + 7} Z`
        : `M${cx} ${cy - 10} l10 10 l-10 10 l-10 -10 z`;
  return (
    <path class="pc-marker" d={d}>
      {title}
    </path>
  );
}

/**
 * Two dimensions of rated items as a scatter: each item at its median on x and y, with its interquartile
 * range on each dimension as whiskers. The marker's shape says which dimensions reached consensus (all
 * four states, in the legend too), and the table that follows says it in words with every number.
 */
export function ProposalChart({ id, title, desc, xDim, yDim, items, itemHeading }: ProposalChartProps) {
  const { t, locale } = useI18n();
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const sx = (v: number) => PAD + ((v - xDim.min) / (xDim.max - xDim.min || 1)) * (S - 2 * PAD);
  const sy = (v: number) => S - PAD - ((v - yDim.min) / (yDim.max - yDim.min || 1)) * (S - 2 * PAD);
  const ticks = (d: ProposalDimension) => Array.from({ length: d.max - d.min + 1 }, (_, i) => d.min + i);
  const plotted = items.filter((i) => i.x.summary && i.y.summary);
  // Items from different rounds (some retired): say which round each value comes from.
  const hasRounds = new Set(items.map((i) => i.roundNumber)).size > 1;
  return (
    <figure class="chart proposal-chart" id={id}>
      <ChartSvg id={id} title={title} desc={desc} width={S} height={S}>
        <rect class="pc-frame" x={PAD} y={PAD} width={S - 2 * PAD} height={S - 2 * PAD} />
        {ticks(xDim).map((v) => (
          <>
            <line class="pc-grid" x1={sx(v)} x2={sx(v)} y1={PAD} y2={S - PAD} />
            <text class="tick" x={sx(v)} y={S - PAD + 18} text-anchor="middle">
              {numberFormat(locale).format(v)}
            </text>
          </>
        ))}
        {ticks(yDim).map((v) => (
          <>
            <line class="pc-grid" x1={PAD} x2={S - PAD} y1={sy(v)} y2={sy(v)} />
            <text class="tick" x={PAD - 8} y={sy(v) + 5} text-anchor="end">
              {numberFormat(locale).format(v)}
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
            <g class={`pc-item pc-${consensusState(i)}`}>
              <line class="pc-whisker" x1={sx(x.q1)} x2={sx(x.q3)} y1={cy} y2={cy} />
              <line class="pc-whisker" x1={cx} x2={cx} y1={sy(y.q1)} y2={sy(y.q3)} />
              <Marker state={consensusState(i)} cx={cx} cy={cy} tip={tip} />
              <text class="pc-label" x={cx + 12} y={cy - 10}>
                {i.label}
              </text>
            </g>
          );
        })}
      </ChartSvg>
      <figcaption class="pc-legend">
        {(["both", "x", "y", "none"] as const).map((state) => (
          <span class="legend-item" data-state={state}>
            <svg class={`pc-item pc-${state}`} width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
              <Marker state={state} cx={11} cy={11} />
            </svg>{" "}
            {state === "both"
              ? t("proposals.consensusBoth")
              : state === "none"
                ? t("proposals.consensusNeither")
                : t("proposals.consensusOnly", { label: (state === "x" ? xDim : yDim).label })}
          </span>
        ))}
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
              {hasRounds && <th scope="col">{t("proposals.fromRound")}</th>}
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
                    <td>
                      {d.consensus.state === "too-few-answers"
                        ? t("consensus.tooFew")
                        : d.consensus.met
                          ? t("proposals.yes")
                          : t("proposals.no")}
                    </td>
                  </>
                ))}
                <td>{numberFormat(locale).format(i.x.n)}</td>
                {hasRounds && (
                  <td>{i.roundNumber == null ? "–" : numberFormat(locale).format(i.roundNumber)}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
