export type LineSeries = { label: string; points: { x: number; y: number | null }[] };

export type LineChartProps = {
  id: string;
  title: string;
  desc: string;
  series: LineSeries[];
  /** x values (round numbers) in order; the one marked `current` is emphasised. */
  xs: number[];
  current?: number;
  xLabel: (x: number) => string;
  format: (y: number) => string;
};

const W = 320;
const H = 120;
const L = 10;
const R = 16;
const T = 30;
const B = 30;
/** Okabe–Ito hues; each series also gets its own marker shape, so colour is never the only cue. */
const CLASSES = ["s0", "s1", "s2", "s3", "s4", "s5"];

/**
 * A small server-rendered line chart (one line per series over rounds) with a title and a description;
 * the caller puts the same numbers in a table after it.
 */
export function LineChart({ id, title, desc, series, xs, current, xLabel, format }: LineChartProps) {
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y): y is number => y !== null);
  const hi = Math.max(...ys, 0) || 1;
  const x = (v: number) =>
    xs.length <= 1 ? (L + W - R) / 2 : L + 48 + (xs.indexOf(v) / (xs.length - 1)) * (W - L - R - 60);
  const y = (v: number) => T + (1 - v / hi) * (H - T - B);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class="line-chart">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <line class="axis" x1={L} x2={W - R} y1={H - B} y2={H - B} />
      <line class="gridline" x1={L} x2={W - R} y1={y(hi)} y2={y(hi)} />
      <text class="tick" x={L} y={y(hi) - 12} text-anchor="start">
        {format(hi)}
      </text>
      {xs.map((v) => (
        <text class={v === current ? "tick tick-current" : "tick"} x={x(v)} y={H - 8} text-anchor="middle">
          {xLabel(v)}
        </text>
      ))}
      {series.map((s, i) => {
        const pts = s.points.filter((p): p is { x: number; y: number } => p.y !== null);
        const cls = CLASSES[i % CLASSES.length];
        return (
          <g class={`series ${cls}`}>
            {pts.length > 1 && (
              <polyline fill="none" points={pts.map((p) => `${x(p.x)},${y(p.y)}`).join(" ")} />
            )}
            {pts.map((p) => (
              <Marker shape={i} cx={x(p.x)} cy={y(p.y)}>
                <title>{`${s.label ? `${s.label}, ` : ""}${xLabel(p.x)}: ${format(p.y)}`}</title>
              </Marker>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function Marker({ shape, cx, cy, children }: { shape: number; cx: number; cy: number; children?: unknown }) {
  const s = shape % 4;
  if (s === 3)
    return (
      <path class="marker" d={`M${cx} ${cy - 6} l6 6 l-6 6 l-6 -6 z`}>
        {children}
      </path>
    );
  if (s === 1)
    return (
      <rect class="marker" x={cx - 4.5} y={cy - 4.5} width={9} height={9}>
        {children}
      </rect>
    );
  if (s === 2)
    return (
      <path class="marker" d={`M${cx} ${cy - 6} l6 10 l-12 0 z`}>
        {children}
      </path>
    );
  return (
    <circle class="marker" cx={cx} cy={cy} r={5}>
      {children}
    </circle>
  );
}

/** The legend for a multi-series chart: the marker shape and the label. */
export function LineLegend({ labels }: { labels: string[] }) {
  return (
    <ul class="line-legend">
      {labels.map((label, i) => (
        <li class={`series ${CLASSES[i % CLASSES.length]}`}>
          <svg viewBox="0 0 14 14" aria-hidden="true" class="legend-marker">
            <Marker shape={i} cx={7} cy={7} />
          </svg>{" "}
          {label}
        </li>
      ))}
    </ul>
  );
}
