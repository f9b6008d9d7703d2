import { useI18n } from "../context.js";

/** Consensus met or not, in words and a symbol (never colour alone). */
export function ConsensusBadge({ met, n }: { met: boolean; n: number }) {
  const { t } = useI18n();
  if (n === 0) return <span class="badge badge-none">{t("consensus.noAnswers")}</span>;
  return met ? (
    <span class="badge badge-met">✓ {t("consensus.met")}</span>
  ) : (
    <span class="badge badge-open">○ {t("consensus.notMet")}</span>
  );
}
