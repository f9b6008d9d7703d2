import { numberFormat } from "../../src/i18n/intl-cache.js";
import { useI18n } from "../context.js";
import { ChartSvg, ScaleEnds } from "./Chart.js";

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
    <ChartSvg id={id} title={title} desc={desc} width={W} height={H} class="group-dots">
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
      <ScaleEnds left={L} right={W - R} y={H - 4} domain={domain} format={format} />
    </ChartSvg>
  );
}
