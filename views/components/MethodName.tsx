import type { I18n, MessageKey } from "../../src/i18n/index.js";
import { useI18n } from "../context.js";

/**
 * The one label map of pooling methods (and the consensus rule's measure) for pages: a plain label a
 * policy researcher reads, the technical name (the dashboard's method names where it has them) and the
 * formula. Code names such as `geo-odds` never reach a page; an unknown key reads as "another method".
 */
const METHODS = {
  median: { plain: "method.plain.median", name: "dashboard.method.median", formula: "method.formula.median" },
  mean: { plain: "method.plain.mean", name: "dashboard.method.mean", formula: "method.formula.mean" },
  "geo-odds": {
    plain: "method.plain.geo-odds",
    name: "dashboard.method.geo-odds",
    formula: "method.formula.geo-odds",
  },
  "geo-pool": {
    plain: "method.plain.geo-pool",
    name: "method.name.geo-pool",
    formula: "method.formula.geo-pool",
  },
  "recency-median": {
    plain: "method.plain.recency-median",
    name: "dashboard.method.recency-median",
    formula: "method.formula.recency-median",
  },
  "quantile-average": {
    plain: "method.plain.quantile-average",
    name: "method.name.quantile-average",
    formula: "method.formula.quantile-average",
  },
  "linear-pool": {
    plain: "method.plain.linear-pool",
    name: "method.name.linear-pool",
    formula: "method.formula.linear-pool",
  },
  "mean-rank": {
    plain: "method.plain.mean-rank",
    name: "method.name.mean-rank",
    formula: "method.formula.mean-rank",
  },
} as const satisfies Record<string, { plain: MessageKey; name: MessageKey; formula: MessageKey }>;

/** What decides a consensus rule's verdict, by rule kind (the results page's "measure"). */
const MEASURES = {
  "iqr-at-most": { plain: "method.plain.iqr", name: "method.name.iqr", formula: "method.formula.iqr" },
  "share-in-band": { plain: "method.plain.band", name: "method.name.band", formula: "method.formula.band" },
  "kendall-at-least": {
    plain: "method.plain.kendall",
    name: "method.name.kendall",
    formula: "method.formula.kendall",
  },
} as const satisfies Record<string, { plain: MessageKey; name: MessageKey; formula: MessageKey }>;

export type MethodTexts = { plain: string; name: string; formula: string };

/** The coefficient of variation, in the same three parts. */
export function cvTexts(i18n: I18n): MethodTexts {
  return {
    plain: i18n.t("method.plain.cv"),
    name: i18n.t("method.name.cv"),
    formula: i18n.t("method.formula.cv"),
  };
}

/** The plain label, technical name and formula of the measure a consensus rule of `kind` tests. */
export function measureTexts(i18n: I18n, kind: keyof typeof MEASURES): MethodTexts {
  const m = MEASURES[kind];
  return { plain: i18n.t(m.plain), name: i18n.t(m.name), formula: i18n.t(m.formula) };
}

/** The plain label, technical name and formula of a pooling method stored under `key` in a snapshot. */
export function methodTexts(i18n: I18n, key: string): MethodTexts {
  const m = (METHODS as Record<string, { plain: MessageKey; name: MessageKey; formula: MessageKey }>)[key];
  if (!m) {
    const other = i18n.t("method.plain.other");
    return { plain: other, name: other, formula: "" };
  }
  return { plain: i18n.t(m.plain), name: i18n.t(m.name), formula: i18n.t(m.formula) };
}

/**
 * A method's plain label with its technical name and formula one click away (a <details>, no
 * JavaScript needed).
 */
export function MethodName({ method }: { method: string }) {
  const i18n = useI18n();
  const m = methodTexts(i18n, method);
  return <HelpLabel plain={m.plain} name={m.name} formula={m.formula} />;
}

/** A plain label with a technical name and formula behind a <details>. */
export function HelpLabel({ plain, name, formula }: MethodTexts) {
  return (
    <details class="method-help">
      <summary>{plain}</summary>
      <p>
        <span class="method-name">{name}</span>
        {formula && (
          <>
            {": "}
            <span class="formula">{formula}</span>
          </>
        )}
      </p>
    </details>
  );
}
