import { numberFormat } from "../../src/i18n/intl-cache.js";
import { useI18n } from "../context.js";

export type GroupDotsProps = {
  id: string;
  title: string;
  desc: string;
  groups: { name: string; n: number; median: number }[];
  overall: number;
  domain: [number, number];
  format: (v: number) => string;
};

const W = 320;
const ROW = 26;
const L = 8;
const R = 8;

/**
 * Each group's median as a dot on the answer scale, with the median of all answers as a vertical line:
 * the distance between them is the group's divergence. Group names are written above the dots (not
 * in a narrow margin) so they stay readable on a phone.
 */
export function GroupDots({ id, title, desc, groups, overall, domain, format }: GroupDotsProps) {
  const { locale } = useI18n();
  const [lo, hi] = domain;
  const span = hi - lo || 1;
  const x = (v: number) => L + ((v - lo) / span) * (W - L - R);
  const H = groups.length * ROW * 1.6 + 24;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class="group-dots">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <line class="median-line" x1={x(overall)} x2={x(overall)} y1={4} y2={H - 20} />
      {groups.map((g, i) => {
        const cy = 14 + i * ROW * 1.6 + 16;
        return (
          <g>
            <text class="group-name" x={L} y={cy - 10}>
              {`${g.name} (${numberFormat(locale).format(g.n)})`}
            </text>
            <line class="group-track" x1={L} x2={W - R} y1={cy} y2={cy} />
            <line class="group-gap" x1={x(overall)} x2={x(g.median)} y1={cy} y2={cy} />
            <circle class="dot" cx={x(g.median)} cy={cy} r={6}>
              <title>{`${g.name}: ${format(g.median)}`}</title>
            </circle>
          </g>
        );
      })}
      <text class="tick" x={L} y={H - 4} text-anchor="start">
        {format(lo)}
      </text>
      <text class="tick" x={W - R} y={H - 4} text-anchor="end">
        {format(hi)}
      </text>
    </svg>
  );
}
