/** The answer charts draw every answer, inside the plot, at a size that does not grow with the panel. */
import { jsx } from "hono/jsx";
import { describe, expect, it } from "vitest";
import { RangePlot } from "../../views/components/RangePlot.js";
import { StripPlot } from "../../views/components/StripPlot.js";
import { AnswersChart, RANGES_INLINE } from "../../views/partials/DashboardResults.js";

const render = (component: (p: never) => unknown, props: Record<string, unknown>) =>
  String(jsx(component as never, props as never));

/** Every dot a `dot-columns` path draws: a column of height h dashed "0 s" has floor(h / s) + 1 dots. */
function dotsOf(svg: string): { count: number; top: number; columns: number } {
  const step = Number(svg.match(/stroke-dasharray="0 ([\d.]+)"/)?.[1]);
  const d = svg.match(/class="dots dot-columns"[^>]* d="([^"]*)"/)?.[1] ?? "";
  let count = 0;
  let top = Number.POSITIVE_INFINITY;
  const columns = [...d.matchAll(/M([\d.]+) ([\d.]+)v-([\d.]+)/g)];
  for (const [, , y, h] of columns) {
    count += Math.floor(Number(h) / step) + 1;
    top = Math.min(top, Number(y) - Number(h));
  }
  return { count, top, columns: columns.length };
}

const strip = (values: number[], own?: number) =>
  render(StripPlot, {
    id: "s",
    title: "Q",
    points: [
      ...values.map((value) => ({ value, label: "An answer" })),
      ...(own === undefined ? [] : [{ value: own, own: true, label: "Yours" }]),
    ],
    domain: [0, 1],
    median: 0.5,
    q1: 0.4,
    q3: 0.6,
    format: (v: number) => `${Math.round(v * 100)}%`,
  });

describe("StripPlot", () => {
  it("draws 300 answers at 5 values as 5 columns holding all 300 dots, the tallest still inside the plot", () => {
    // Before: 300 separate dots, and a stack of 60 equal answers rose 540 px above a 96 px plot.
    const values = Array.from({ length: 300 }, (_, i) => [0.1, 0.3, 0.5, 0.7, 0.9][i % 5]!);
    const svg = strip(values);
    const dots = dotsOf(svg);
    expect(dots.columns).toBe(5);
    expect(dots.count).toBe(300);
    expect(dots.top).toBeGreaterThanOrEqual(0);
  });

  it("keeps one column per value for a few answers, 9 px apart, and the reader's own answer on top of its column", () => {
    const svg = strip([0.2, 0.2, 0.2, 0.6], 0.2);
    expect(svg).toContain('stroke-dasharray="0 9"');
    const dots = dotsOf(svg);
    expect([dots.count, dots.columns]).toEqual([4, 2]);
    expect(dots.top).toBeCloseTo(44, 0); // 62, 53 and 44 at 20%
    // The diamond sits one step above the three others at 20%.
    expect(svg).toMatch(/<path class="dot own" d="M126 27l8 8l-8 8l-8-8z"><title>Yours: 20%<\/title>/);
  });

  it("its size does not depend on how many experts gave the same answers", () => {
    const few = strip(Array.from({ length: 30 }, (_, i) => (i % 20) / 20));
    const many = strip(Array.from({ length: 300 }, (_, i) => (i % 20) / 20));
    expect(Math.abs(many.length - few.length)).toBeLessThan(40);
  });
});

describe("RangePlot", () => {
  it("stops growing past 60 experts: 300 ranges fit in about 240 px", () => {
    const ranges = Array.from({ length: 300 }, (_, i) => [i, i + 10, i + 20] as const);
    const svg = render(RangePlot, {
      id: "r",
      title: "Q",
      ranges,
      domain: [0, 320],
      median: 160,
      q1: 80,
      q3: 240,
      format: String,
    });
    const height = Number(svg.match(/viewBox="0 0 560 ([\d.]+)"/)?.[1]);
    expect(height).toBeLessThanOrEqual(300);
    expect(svg.match(/H/g)?.length).toBeGreaterThanOrEqual(300);
  });
});

describe("AnswersChart on a dashboard card", () => {
  const card = (experts: number) => {
    const ranges = Array.from({ length: experts }, (_, i) => [i, i + 10, i + 20] as [number, number, number]);
    return {
      questionId: 7,
      title: "Q",
      config: { kind: "quantity" as const, unit: "km" },
      snapshot: {
        n: experts,
        distribution: ranges.map((r) => r[1]),
        ranges,
        summary: { median: 40, q1: 20, q3: 60, mean: 40, iqr: 40, min: 10, max: 80 },
      },
    };
  };
  const lazy = {
    href: "/forums/1/dashboard/rounds/1/ranges/7",
    fallback: "/forums/1/rounds/1/report#report-q7",
  };

  it(`past ${RANGES_INLINE} experts shows the best estimates and loads the ranges on opening`, () => {
    const html = render(AnswersChart as never, {
      card: card(RANGES_INLINE + 1),
      idPrefix: "strip",
      lazyRanges: lazy,
    });
    expect(html).toContain('class="dots dot-columns"');
    expect(html).not.toContain('class="range-lines"');
    expect(html).toContain(`hx-get="${lazy.href}" hx-trigger="toggle once from:closest details"`);
    expect(html).toContain(`href="${lazy.fallback}"`);
    expect(html).toContain(`Each expert&#39;s 5–95% range (${RANGES_INLINE + 1} experts)`);
  });

  it(`up to ${RANGES_INLINE} experts, and in the report (no lazy link), draws every range in the page`, () => {
    const small = render(AnswersChart as never, {
      card: card(RANGES_INLINE),
      idPrefix: "strip",
      lazyRanges: lazy,
    });
    expect(small).toContain('class="range-lines"');
    expect(small).not.toContain("hx-get");
    const report = render(AnswersChart as never, { card: card(RANGES_INLINE + 1), idPrefix: "rstrip" });
    expect(report).toContain('class="range-lines"');
  });
});
