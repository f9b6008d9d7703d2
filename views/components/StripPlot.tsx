import { useI18n } from "../context.js";
import { LegendKeys } from "./Legend.js";

export type StripPoint = { value: number; own?: boolean; label: string };

export type StripPlotProps = {
  id: string;
  title: string;
  points: StripPoint[];
  domain: [number, number];
  median: number | null;
  q1: number | null;
  q3: number | null;
  format: (v: number) => string;
  /** A realised value to mark (a resolved quantity question), drawn as a dashed line. */
  outcome?: number | null;
};

/** A coordinate to a tenth of a pixel: finer is invisible and only lengthens the page. */
export const round1 = (v: number) => Math.round(v * 10) / 10;

/** A coordinate to a whole pixel, for marks 8 px wide (dots, range lines), where a tenth is invisible. */
export const px = (v: number) => Math.round(v);

const W = 560;
const H = 96;
const PAD = 24;

/**
 * A server-rendered strip plot: each answer a dot (the reader's own a larger diamond), the interquartile
 * band shaded and the median as a line. Readable without JavaScript; the table after it carries the
 * same numbers for screen readers and print.
 */
export function StripPlot({ id, title, points, domain, median, q1, q3, format, outcome }: StripPlotProps) {
  const { t } = useI18n();
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
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class="strip-plot">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {q1 !== null && q3 !== null && (
          <rect
            class="iqr-band"
            x={x(q1)}
            y={12}
            width={Math.max(2, round1(x(q3) - x(q1)))}
            height={H - 40}
          />
        )}
        {median !== null && <line class="median-line" x1={x(median)} x2={x(median)} y1={8} y2={H - 24} />}
        {outcome != null && <line class="outcome-line" x1={x(outcome)} x2={x(outcome)} y1={6} y2={H - 24} />}
        <line class="axis" x1={PAD} x2={W - PAD} y1={H - 24} y2={H - 24} />
        <text class="tick" x={PAD} y={H - 8} text-anchor="start">
          {format(lo)}
        </text>
        <text class="tick" x={W - PAD} y={H - 8} text-anchor="end">
          {format(hi)}
        </text>
        <path class="dots dot-columns" stroke-width={8} stroke-dasharray={`0 ${step}`} d={dots} />
        {own.map((p) => (
          <path class="dot own" d={`M${p.cx} ${p.cy - 8}l8 8l-8 8l-8-8z`}>
            <title>{`${p.label}: ${format(p.value)}`}</title>
          </path>
        ))}
      </svg>
      <figcaption>
        <LegendKeys
          keys={[
            { swatch: "dot-swatch", label: t("chart.legendAnswer") },
            points.some((p) => p.own) && { swatch: "own-swatch", label: t("chart.legendOwn") },
            { swatch: "iqr-swatch", label: t("chart.legendIqr") },
            { swatch: "median-swatch", label: t("chart.legendMedian") },
          ]}
        />
      </figcaption>
    </figure>
  );
}
