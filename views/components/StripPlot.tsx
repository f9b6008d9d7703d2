import { useI18n } from "../context.js";
import { AnswerPlot, type AnswerSummary, PAD, summaryKeys, W } from "./AnswerPlot.js";
import { Axis, px, round1 } from "./Chart.js";

export type StripPoint = { value: number; own?: boolean; label: string };

export type StripPlotProps = AnswerSummary & {
  id: string;
  title: string;
  points: StripPoint[];
};

const H = 96;

/**
 * A server-rendered strip plot: each answer a dot (the reader's own a larger diamond), the interquartile
 * band shaded and the median as a line. Readable without JavaScript; the table after it carries the
 * same numbers for screen readers and print.
 */
export function StripPlot(props: StripPlotProps) {
  const { t } = useI18n();
  const { points, domain, median, q1, q3, format } = props;
  const [lo, hi] = domain;
  const span = hi - lo || 1;
  const x = (v: number) => round1(PAD + ((v - lo) / span) * (W - 2 * PAD));
  // Answers in the same pixel column (equal values, or values closer than a pixel on an 8 px dot) stack
  // upwards so that every answer stays visible. One path draws every other answer: each column is one
  // vertical segment dashed "0 s" with round caps, i.e. a stack of dots s apart, so the page grows with
  // the number of columns (at most 513), not with the panel. When the tallest stack would leave the plot,
  // the dots close up. The reader's own answer is a diamond on top of its column, with its value as a
  // tooltip.
  const columns = new Map<number, { value: number; others: number; own?: StripPoint }>();
  for (const p of points) {
    const key = px(x(p.value));
    const column = columns.get(key) ?? { value: p.value, others: 0 };
    if (p.own) column.own = p;
    else column.others += 1;
    columns.set(key, column);
  }
  const base = H - 34;
  const tallest = Math.max(1, ...[...columns.values()].map((c) => c.others + (c.own ? 1 : 0)));
  const step = tallest > 1 ? round1(Math.min(9, (base - 8) / (tallest - 1))) : 9;
  let dots = "";
  const own: (StripPoint & { cx: number; cy: number })[] = [];
  for (const c of [...columns.values()].sort((a, b) => a.value - b.value)) {
    const cx = px(x(c.value));
    if (c.others > 0) dots += `M${cx} ${base}v-${round1((c.others - 1) * step + 0.1)}`;
    if (c.own) own.push({ ...c.own, cx, cy: round1(base - c.others * step) });
  }
  const desc = t("chart.stripDesc", {
    n: points.length,
    median: median === null ? "–" : format(median),
    q1: q1 === null ? "–" : format(q1),
    q3: q3 === null ? "–" : format(q3),
  });
  const legend = [
    { swatch: "dot-swatch", label: t("chart.legendAnswer") },
    points.some((p) => p.own) && { swatch: "own-swatch", label: t("chart.legendOwn") },
    ...summaryKeys(t),
  ];
  const frame = { height: H, top: 12, band: H - 40, axisY: H - 24 };
  return (
    <AnswerPlot {...props} figureClass="chart" desc={desc} legend={legend} frame={frame} x={x}>
      <Axis left={PAD} right={W - PAD} y={frame.axisY} domain={domain} format={format} />
      <path class="dots dot-columns" stroke-width={8} stroke-dasharray={`0 ${step}`} d={dots} />
      {own.map((o) => (
        <path class="dot own" d={`M${o.cx} ${o.cy - 8}l8 8l-8 8l-8-8z`}>
          <title>{`${o.label}: ${format(o.value)}`}</title>
        </path>
      ))}
    </AnswerPlot>
  );
}
