import { useI18n } from "../context.js";
import { LegendKeys } from "./Legend.js";
import { px, round1 } from "./StripPlot.js";

export type RangePlotProps = {
  id: string;
  title: string;
  /** Each answer's [5th, 50th, 95th] percentiles, sorted by the 50th (no pseudonym). */
  ranges: readonly (readonly [number, number, number])[];
  domain: [number, number];
  median: number | null;
  q1: number | null;
  q3: number | null;
  format: (v: number) => string;
  /** A realised value to mark (a resolved question), drawn as a dashed line. */
  outcome?: number | null;
};

const W = 560;
const PAD = 24;

/**
 * A quantity question's answers as ranges: one row per expert, a line from their 5th to their 95th
 * percentile and a dot at their best estimate; the middle half of the best estimates shaded and their
 * median as a line. Rows are thin with many experts, so the chart stays short. Readable without
 * JavaScript; the table after it carries the summary numbers.
 */
export function RangePlot({ id, title, ranges, domain, median, q1, q3, format, outcome }: RangePlotProps) {
  const { t } = useI18n();
  const [lo, hi] = domain;
  const span = hi - lo || 1;
  const x = (v: number) => round1(PAD + ((Math.min(hi, Math.max(lo, v)) - lo) / span) * (W - 2 * PAD));
  // Rows thin out as the panel grows, and past 60 experts the plot stops growing (about 240 px: the
  // ranges then read as one shape, sorted by best estimate).
  const n = ranges.length;
  const row = n > 60 ? Math.max(0.8, round1(240 / n)) : n > 30 ? 4 : n > 15 ? 7 : 10;
  const top = 10;
  const plotH = Math.max(30, ranges.length * row);
  const H = top + plotH + 30;
  const axisY = top + plotH + 6;
  const rowY = (i: number) => round1(top + i * row + row / 2);
  const desc = t("read.rangesDesc", { n: ranges.length, median: median === null ? "–" : format(median) });
  return (
    <figure class="chart range-plot">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class="strip-plot">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {q1 !== null && q3 !== null && (
          <rect
            class="iqr-band"
            x={x(q1)}
            y={top}
            width={Math.max(2, round1(x(q3) - x(q1)))}
            height={plotH}
          />
        )}
        {median !== null && (
          <line class="median-line" x1={x(median)} x2={x(median)} y1={top - 4} y2={axisY} />
        )}
        {outcome != null && (
          <line class="outcome-line" x1={x(outcome)} x2={x(outcome)} y1={top - 6} y2={axisY} />
        )}
        {/* One path for every expert's range and one for their best estimates (round caps make the
            dots): a few bytes per expert instead of an element each. */}
        <path
          class="range-lines"
          d={ranges
            .map(([q5, , q95], i) => `M${px(x(q5))} ${rowY(i)}H${px(Math.max(x(q95), x(q5) + 1))}`)
            .join("")}
        />
        <path
          class="dots"
          stroke-width={Math.max(3, Math.min(8, row))}
          d={ranges.map(([, q50], i) => `M${px(x(q50))} ${rowY(i)}h0`).join("")}
        />
        <line class="axis" x1={PAD} x2={W - PAD} y1={axisY} y2={axisY} />
        <text class="tick" x={PAD} y={axisY + 16} text-anchor="start">
          {format(lo)}
        </text>
        <text class="tick" x={W - PAD} y={axisY + 16} text-anchor="end">
          {format(hi)}
        </text>
      </svg>
      <figcaption>
        <LegendKeys
          keys={[
            { swatch: "range-swatch", label: t("read.rangeLegend") },
            { swatch: "dot-swatch", label: t("read.estimateLegend") },
            { swatch: "iqr-swatch", label: t("chart.legendIqr") },
            { swatch: "median-swatch", label: t("chart.legendMedian") },
            outcome != null && { swatch: "outcome-swatch", label: t("outcome.title") },
          ]}
        />
      </figcaption>
    </figure>
  );
}
