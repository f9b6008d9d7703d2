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
};

/** A coordinate to a tenth of a pixel: finer is invisible and only lengthens the page. */
export const round1 = (v: number) => Math.round(v * 10) / 10;

const W = 560;
const H = 96;
const PAD = 24;

/**
 * A server-rendered strip plot: each answer a dot (the reader's own a larger diamond), the interquartile
 * band shaded and the median as a line. Readable without JavaScript; the table after it carries the
 * same numbers for screen readers and print.
 */
export function StripPlot({ id, title, points, domain, median, q1, q3, format }: StripPlotProps) {
  const { t } = useI18n();
  const [lo, hi] = domain;
  const span = hi - lo || 1;
  const x = (v: number) => PAD + ((v - lo) / span) * (W - 2 * PAD);
  const sorted = [...points].sort((a, b) => a.value - b.value);
  // Stack equal values so that every answer stays visible. Every other answer is one round dot drawn by
  // a single path (a zero-length stroke with round caps per answer: a few bytes each, so the page does
  // not grow by an element per expert); the reader's own answer is a diamond with its value as a tooltip.
  const seen = new Map<string, number>();
  const dots: string[] = [];
  const own: (StripPoint & { cx: number; cy: number })[] = [];
  for (const p of sorted) {
    const key = p.value.toPrecision(6);
    const stack = seen.get(key) ?? 0;
    seen.set(key, stack + 1);
    const cx = round1(x(p.value));
    const cy = H - 34 - stack * 9;
    if (p.own) own.push({ ...p, cx, cy });
    else dots.push(`M${cx} ${cy}h0`);
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
          <rect class="iqr-band" x={x(q1)} y={12} width={Math.max(2, x(q3) - x(q1))} height={H - 40} />
        )}
        {median !== null && <line class="median-line" x1={x(median)} x2={x(median)} y1={8} y2={H - 24} />}
        <line class="axis" x1={PAD} x2={W - PAD} y1={H - 24} y2={H - 24} />
        <text class="tick" x={PAD} y={H - 8} text-anchor="start">
          {format(lo)}
        </text>
        <text class="tick" x={W - PAD} y={H - 8} text-anchor="end">
          {format(hi)}
        </text>
        <path class="dots" stroke-width={8} d={dots.join("")} />
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
