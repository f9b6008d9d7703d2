import type { Child } from "hono/jsx";
import type { I18n } from "../../src/i18n/index.js";
import { Chart, round1 } from "./Chart.js";
import type { LegendKey } from "./Legend.js";

/** What a plot of answers marks besides the answers, on the scale `domain`. */
export type AnswerSummary = {
  domain: [number, number];
  median: number | null;
  q1: number | null;
  q3: number | null;
  format: (v: number) => string;
  /** A realised value to mark (a resolved question), drawn as a dashed line. */
  outcome?: number | null;
};

/** A plot's height, the top and height of its band of the middle half, and the height of its axis. */
export type AnswerFrame = { height: number; top: number; band: number; axisY: number };

/** The width of a plot of answers, and the room left and right of its scale. */
export const W = 560;
export const PAD = 24;

/** The legend keys of the summary marks. */
export const summaryKeys = (t: I18n["t"]): LegendKey[] => [
  { swatch: "iqr-swatch", label: t("chart.legendIqr") },
  { swatch: "median-swatch", label: t("chart.legendMedian") },
];

export type AnswerPlotProps = AnswerSummary & {
  id: string;
  title: string;
  desc: string;
  figureClass: string;
  legend: (LegendKey | false)[];
  frame: AnswerFrame;
  /** A value's x coordinate. */
  x: (v: number) => number;
  /** The answers and the axis, in the order they are painted over the summary. */
  children: Child;
};

/**
 * A plot of answers (StripPlot, RangePlot), W wide: the middle half of the answers shaded from
 * `frame.top` down `frame.band`, their median as a line and a realised value as a dashed line, both
 * down to the axis at `frame.axisY`; then the answers and the axis over them.
 */
export function AnswerPlot({ frame, x, median, q1, q3, outcome, children, ...chart }: AnswerPlotProps) {
  const { top, axisY } = frame;
  return (
    <Chart {...chart} width={W} height={frame.height} class="strip-plot">
      {q1 !== null && q3 !== null && (
        <rect
          class="iqr-band"
          x={x(q1)}
          y={top}
          width={Math.max(2, round1(x(q3) - x(q1)))}
          height={frame.band}
        />
      )}
      {median !== null && <line class="median-line" x1={x(median)} x2={x(median)} y1={top - 4} y2={axisY} />}
      {outcome != null && (
        <line class="outcome-line" x1={x(outcome)} x2={x(outcome)} y1={top - 6} y2={axisY} />
      )}
      {children}
    </Chart>
  );
}
