import type { ConsensusRule } from "../../../src/domain/consensus/evaluate-consensus.js";
import type { QuestionConfig } from "../../../src/domain/questions.js";
import { useI18n } from "../../context.js";
import { valueFormatter } from "../../format.js";

/** A pre-registered consensus rule in words, in the question's own units. */
export function ConsensusRuleText({ rule, config }: { rule: ConsensusRule; config: QuestionConfig }) {
  const i18n = useI18n();
  const { t } = i18n;
  const prob = config.kind === "binary" || config.kind === "allocation";
  const f = valueFormatter(i18n, config);
  if (rule.kind === "kendall-at-least")
    return <span class="rule">{t("org.rule.kendall", { min: i18n.formatNumber(rule.min) })}</span>;
  if (rule.kind === "iqr-at-most") {
    const max = prob ? t("org.rule.points", { value: Math.round(rule.max * 1000) / 10 }) : f(rule.max);
    return (
      <span class="rule">
        {t(config.kind === "allocation" ? "org.rule.iqrPerScenario" : "org.rule.iqr", { max })}
      </span>
    );
  }
  return (
    <span class="rule">
      {t("org.rule.band", {
        share: i18n.formatPercent(rule.minShare),
        low: f(rule.low),
        high: f(rule.high),
      })}
    </span>
  );
}

/** "✓ consensus reached (round 2)" or "○ no consensus yet", in words and a symbol, never colour alone. */
export function LatestConsensus({
  latest,
}: {
  latest: { roundNumber: number; met: boolean; n: number } | null;
}) {
  const { t } = useI18n();
  if (!latest) return <span class="badge badge-none">{t("org.consensus.none")}</span>;
  return latest.met ? (
    <span class="badge badge-met">✓ {t("org.consensus.met", { round: latest.roundNumber })}</span>
  ) : (
    <span class="badge badge-open">○ {t("org.consensus.notMet", { round: latest.roundNumber })}</span>
  );
}
