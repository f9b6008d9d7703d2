import type { Child } from "hono/jsx";
import { type LegendKey, LegendKeys } from "./Legend.js";

/** A coordinate to a tenth of a pixel: finer is invisible and only lengthens the page. */
export const round1 = (v: number) => Math.round(v * 10) / 10;

/** A coordinate to a whole pixel, for marks 8 px wide (dots, range lines), where a tenth is invisible. */
export const px = (v: number) => Math.round(v);

export type ChartSvgProps = {
  /** Prefix of the title's and description's ids (`${id}-t`, `${id}-d`). */
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  class?: string;
  /** The marks. */
  children: Child;
};

/** A chart's svg, read as one image: its title names it and its description says what it shows. */
export function ChartSvg({ id, title, desc, width, height, class: svgClass, children }: ChartSvgProps) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class={svgClass}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {children}
    </svg>
  );
}

export type ChartProps = ChartSvgProps & {
  /** The figure's classes (the svg's are `class`). */
  figureClass: string;
  /** The figure's id, where a link or a test needs one. */
  figureId?: string;
  /** The legend, the figure's caption. */
  legend: (LegendKey | false)[];
  /** What follows the caption (a table of the same numbers). */
  after?: Child;
};

/** A chart as a figure: its svg, then its legend as the caption. */
export function Chart({ figureClass, figureId, legend, after, ...svg }: ChartProps) {
  return (
    <figure class={figureClass} id={figureId}>
      <ChartSvg {...svg} />
      <figcaption>
        <LegendKeys keys={legend} />
      </figcaption>
      {after}
    </figure>
  );
}

/** Where a chart's scale runs (from `left` to `right` at height `y`) and how its values read. */
export type Scale = {
  left: number;
  right: number;
  y: number;
  domain: [number, number];
  format: (v: number) => string;
};

/** The two ends of a chart's scale written at height `y`, below its left and right end. */
export function ScaleEnds(p: Scale) {
  return (
    <>
      <text class="tick" x={p.left} y={p.y} text-anchor="start">
        {p.format(p.domain[0])}
      </text>
      <text class="tick" x={p.right} y={p.y} text-anchor="end">
        {p.format(p.domain[1])}
      </text>
    </>
  );
}

/** A plot's scale: its axis at height `y` from `left` to `right`, the two ends written below it. */
export function Axis(p: Scale) {
  return (
    <>
      <line class="axis" x1={p.left} x2={p.right} y1={p.y} y2={p.y} />
      <ScaleEnds {...p} y={p.y + 16} />
    </>
  );
}
