import { useI18n } from "../context.js";
import { AnswerPlot, type AnswerSummary, PAD, summaryKeys, W } from "./AnswerPlot.js";
import { Axis, px, round1 } from "./Chart.js";

export type RangePlotProps = AnswerSummary & {
  id: string;
  title: string;
  /** Each answer's [5th, 50th, 95th] percentiles, sorted by the 50th (no pseudonym). */
  ranges: readonly (readonly [number, number, number])[];
};

/**
 * A quantity question's answers as ranges: one row per expert, a line from their 5th to their 95th
 * percentile and a dot at their best estimate; the middle half of the best estimates shaded and their
 * median as a line. Rows are thin with many experts, so the chart stays short. Readable without
 * JavaScript; the table after it carries the summary numbers.
 */
export function RangePlot(props: RangePlotProps) {
  const { t } = useI18n();
  const { ranges, domain, median, format, outcome } = props;
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
  const legend = [
    { swatch: "range-swatch", label: t("read.rangeLegend") },
    { swatch: "dot-swatch", label: t("read.estimateLegend") },
    ...summaryKeys(t),
    outcome != null && { swatch: "outcome-swatch", label: t("outcome.title") },
  ];
  const frame = { height: H, top, band: plotH, axisY };
  return (
    <AnswerPlot {...props} figureClass="chart range-plot" desc={desc} legend={legend} frame={frame} x={x}>
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
      <Axis left={PAD} right={W - PAD} y={axisY} domain={domain} format={format} />
    </AnswerPlot>
  );
}
