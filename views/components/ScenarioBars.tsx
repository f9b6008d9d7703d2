import type { QuestionSnapshot } from "../../src/domain/snapshot.js";
import { useI18n } from "../context.js";
import { round1 } from "./Chart.js";

export type ScenarioBar = { label: string; value: number | null; q1: number | null; q3: number | null };

/** One bar per scenario of a snapshot: the pooled share `values[i]` and the answers' middle half. */
export function scenarioBars(
  perOption: QuestionSnapshot["perOption"],
  values: readonly (number | null)[] | null | undefined,
): ScenarioBar[] {
  return (perOption ?? []).map((o, i) => ({
    label: o.label,
    value: values?.[i] ?? null,
    q1: o.summary?.q1 ?? null,
    q3: o.summary?.q3 ?? null,
  }));
}

/**
 * Horizontal bars, one per scenario: the pooled probability as the bar, the middle half of the answers
 * as a whisker across it, the number written next to it. Each bar is a small SVG with a title; the
 * labels are HTML so they wrap on narrow screens. The caller adds the table fallback. Each bar's title
 * (`describe`) and the figure's description (`desc`) say the share and the middle half unless given.
 */
export function ScenarioBars({
  id,
  title,
  desc,
  bars,
  format,
  describe,
}: {
  id: string;
  title: string;
  desc?: string;
  bars: ScenarioBar[];
  format: (v: number) => string;
  describe?: (b: ScenarioBar) => string;
}) {
  const { t } = useI18n();
  const shown = (v: number | null) => (v === null ? "–" : format(v));
  const item = (b: ScenarioBar) =>
    t("dashboard.barItem", { label: b.label, value: shown(b.value), q1: shown(b.q1), q3: shown(b.q3) });
  const titleOf = describe ?? item;
  return (
    <figure class="scenario-bars" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
      <p class="visually-hidden" id={`${id}-t`}>
        {title}
      </p>
      <p class="visually-hidden" id={`${id}-d`}>
        {desc ?? t("dashboard.barsDesc", { count: bars.length, items: bars.map(item).join("; ") })}
      </p>
      {bars.map((b, i) => (
        <div class="sbar">
          <span class="sbar-label" id={`${id}-l${i}`}>
            {b.label}
          </span>
          <svg
            viewBox="0 0 200 20"
            preserveAspectRatio="none"
            class="sbar-svg"
            role="img"
            aria-labelledby={`${id}-l${i} ${id}-v${i}`}
          >
            <title id={`${id}-v${i}`}>{titleOf(b)}</title>
            <rect class="bar-track" x="0" y="2" width="200" height="16" />
            {b.value !== null && (
              <rect class="bar-fill" x="0" y="2" width={round1(200 * b.value)} height="16" />
            )}
            {b.q1 !== null && b.q3 !== null && (
              // The middle half as one whisker: a line from Q1 to Q3 with a tick at each end.
              <path
                class="bar-spread"
                d={`M${round1(200 * b.q1)} 10H${round1(200 * b.q3)}M${round1(200 * b.q1)} 5v10M${round1(200 * b.q3)} 5v10`}
              />
            )}
          </svg>
          <span class="sbar-value">{shown(b.value)}</span>
        </div>
      ))}
    </figure>
  );
}
