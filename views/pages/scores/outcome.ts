import type { QuestionConfig } from "../../../src/domain/questions.js";
import type { Outcome } from "../../../src/domain/resolutions.js";
import type { I18n } from "../../../src/i18n/index.js";
import { valueFormatter } from "../../format.js";

/** An outcome in words: "Yes", "No", "Annulled", "“Managed stalemate”", "212 incidents". */
export function outcomeText(i18n: I18n, config: QuestionConfig, outcome: Outcome): string {
  const { t } = i18n;
  if ("annulled" in outcome) return t("res.outcome.annulled");
  if ("outcome" in outcome) return t(outcome.outcome === 1 ? "res.outcome.yes" : "res.outcome.no");
  if ("scenarioIndex" in outcome)
    return t("res.outcome.scenario", {
      title: config.kind === "allocation" ? (config.scenarios[outcome.scenarioIndex]?.title ?? "?") : "?",
    });
  return t("res.outcome.value", { value: valueFormatter(i18n, config)(outcome.value) });
}

/** A score for reading (three significant digits), "–" when there is none. */
export function scoreText(i18n: I18n, v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined) return "–";
  if (!Number.isFinite(v)) return v < 0 ? "−∞" : "∞";
  return new Intl.NumberFormat(i18n.locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits > 1 ? 2 : 0,
  }).format(v);
}
