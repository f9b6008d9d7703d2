import { round1 } from "./Chart.js";

/** One series of a sparkline: y per x, null where the round has no value. */
export type SparkSeries = { points: { x: number; y: number | null }[] };

const W = 72;
const H = 20;
const PAD = 3;

/**
 * A small line of one series over rounds, drawn to a shared scale `hi` (so the lines of one card
 * compare), with the point of round `current` marked. Decorative: the caller writes the same numbers
 * beside it as text, so the SVG is hidden from assistive technology.
 */
export function Sparkline({
  series,
  xs,
  hi,
  current,
}: {
  series: SparkSeries;
  xs: number[];
  hi: number;
  current?: number;
}) {
  const x = (v: number) => (xs.length <= 1 ? W / 2 : PAD + (xs.indexOf(v) / (xs.length - 1)) * (W - 2 * PAD));
  const y = (v: number) => PAD + (1 - v / (hi || 1)) * (H - 2 * PAD);
  const pts = series.points.filter((p): p is { x: number; y: number } => p.y !== null);
  const now = pts.find((p) => p.x === current) ?? pts.at(-1);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="sparkline" aria-hidden="true">
      {pts.length > 1 && (
        <polyline fill="none" points={pts.map((p) => `${round1(x(p.x))},${round1(y(p.y))}`).join(" ")} />
      )}
      {now && <circle class="marker" cx={round1(x(now.x))} cy={round1(y(now.y))} r={2.5} />}
    </svg>
  );
}
