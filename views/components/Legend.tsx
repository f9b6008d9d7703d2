import type { Child } from "hono/jsx";

/** One key of a chart's legend: its swatch (a class of styles.css) and what it stands for. */
export type LegendKey = { swatch: string; label: Child };

/**
 * A chart's keys, each a swatch and its words, for a figcaption or a `p.legend`; a key given as
 * false (a key the chart does not need this time) is left out.
 */
export function LegendKeys({ keys }: { keys: (LegendKey | false)[] }) {
  return (
    <>
      {keys
        .filter((k): k is LegendKey => k !== false)
        .map((k) => (
          <span class="legend-item">
            <span class={`swatch ${k.swatch}`} aria-hidden="true" /> {k.label}
          </span>
        ))}
    </>
  );
}

/** A chart's legend as a paragraph of its own, under the chart. */
export function Legend({ keys }: { keys: (LegendKey | false)[] }) {
  return (
    <p class="legend">
      <LegendKeys keys={keys} />
    </p>
  );
}
