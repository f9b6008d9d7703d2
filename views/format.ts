import type { AnswerValue, QuestionConfig } from "../src/domain/questions.js";
import type { I18n } from "../src/i18n/index.js";
import { numberFormat } from "../src/i18n/intl-cache.js";

/** Rounds a quantity to three significant figures for reading (exports keep full precision). */
export function roundForReading(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(3));
}

/** A formatter for the values of a question: whole percentages, ratings, or quantities with their unit. */
export function valueFormatter(i18n: I18n, config: QuestionConfig): (v: number) => string {
  switch (config.kind) {
    case "binary":
    case "allocation":
      return (v) => i18n.formatPercent(v);
    case "rating":
    case "ranking":
    case "proposal":
    case "idea": {
      const nf = numberFormat(i18n.locale, { maximumFractionDigits: 1 });
      return (v) => nf.format(v);
    }
    case "quantity": {
      const nf = numberFormat(i18n.locale, { maximumSignificantDigits: 3 });
      // A right-to-left page isolates "number unit" (U+2068 … U+2069): a unit written in a left-to-right
      // language would otherwise pull the number and the words around it out of order ("of GDP % ۳٫۰۵").
      const [open, close] = i18n.dir === "rtl" && config.unit ? ["\u2068", "\u2069"] : ["", ""];
      return (v) => `${open}${nf.format(roundForReading(v))}${config.unit ? ` ${config.unit}` : ""}${close}`;
    }
  }
}

/** An answer in words, e.g. "70%", "5th 1.2 · 50th 2.0 · 95th 3.1 %", "7". */
export function describeAnswer(i18n: I18n, config: QuestionConfig, value: AnswerValue): string {
  const f = valueFormatter(i18n, config);
  switch (value.kind) {
    case "binary":
      return f(value.p);
    case "rating":
      return f(value.r);
    case "quantity":
      return i18n.t("answer.quantiles", { q5: f(value.q[0]), q50: f(value.q[1]), q95: f(value.q[2]) });
    case "ranking": {
      // "1. Option · 2. Option …" in the expert's order.
      const options = config.kind === "ranking" ? config.options : [];
      return value.ranks
        .map((rank, i) => ({ rank, option: options[i] ?? String(i + 1) }))
        .sort((a, b) => a.rank - b.rank)
        .map((x) => i18n.t("answer.rankingAnswer", { rank: x.rank, option: x.option }))
        .join(" · ");
    }
    case "proposal": {
      const dims = config.kind === "proposal" ? config.dimensions : [];
      return value.ratings.map((r, i) => `${dims[i]?.label ?? i + 1}: ${f(r)}`).join(" · ");
    }
    case "allocation":
      return value.p
        .map(
          (p, i) =>
            `${config.kind === "allocation" ? (config.scenarios[i]?.title ?? i + 1) : i + 1}: ${f(p)}`,
        )
        .join(" · ");
  }
}

/**
 * The axis range of a chart of answers: the scale for probabilities and ratings; for quantities the
 * data (every answer's 5–95% range when given), padded, and never narrower than a fifth of the values'
 * size, so that close answers (or a single one) are not blown up to look far apart. A range of
 * non-negative values does not reach below zero.
 */
export function chartDomain(config: QuestionConfig, values: readonly number[]): [number, number] {
  if (config.kind === "binary" || config.kind === "allocation") return [0, 1];
  if (config.kind === "rating") return [config.min, config.max];
  if (config.kind === "ranking") return [1, Math.max(2, config.options.length)];
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const minSpan = 0.2 * Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  if (hi - lo < minSpan) {
    const centre = (lo + hi) / 2;
    lo = centre - minSpan / 2;
    hi = centre + minSpan / 2;
  }
  const pad = (hi - lo) * 0.1;
  const floor = Math.min(...finite) >= 0 ? 0 : Number.NEGATIVE_INFINITY;
  return [Math.max(floor, lo - pad), hi + pad];
}

/** A number in plain decimal form, never "1.579e-5": three significant digits, e.g. "0.0000158". */
export function plainNumber(locale: string, v: number, digits = 3): string {
  if (!Number.isFinite(v)) return v < 0 ? "−∞" : "∞";
  return new Intl.NumberFormat(locale, {
    maximumSignificantDigits: digits,
    maximumFractionDigits: 20,
  }).format(v);
}

/**
 * A whole count in the reader's digits ("۱۲" in Persian). JSX prints a bare number with String(), which
 * bypasses the locale: every count a page shows goes through here or through the catalogue's {n}.
 */
export function formatCount(i18n: I18n, n: number): string {
  return numberFormat(i18n.locale).format(n);
}
