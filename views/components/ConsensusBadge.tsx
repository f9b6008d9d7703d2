import { useI18n } from "../context.js";

/**
 * Consensus met or not, in words and a symbol (never colour alone). In a closed forum no further round
 * will come, so an unmet rule reads "No consensus (forum closed)", not "No consensus yet".
 */
export function ConsensusBadge({ met, n, closed = false }: { met: boolean; n: number; closed?: boolean }) {
  const { t } = useI18n();
  if (n === 0) return <span class="badge badge-none">{t("consensus.noAnswers")}</span>;
  return met ? (
    <span class="badge badge-met">✓ {t("consensus.met")}</span>
  ) : (
    <span class="badge badge-open">○ {t(closed ? "read.closedBadge" : "consensus.notMet")}</span>
  );
}
