import {
  type ConsensusMinimum,
  type ConsensusState,
  consensusMinimum,
  storedConsensusState,
} from "../../src/domain/consensus/index.js";
import { useI18n } from "../context.js";

/** A stored verdict as the badge reads it: snapshots frozen before states existed carry only `met`. */
export type StoredVerdict = { met: boolean; state?: ConsensusState; minimum?: ConsensusMinimum } | null;

/**
 * Consensus met, not met, or too few answers to say, in words and a symbol (never colour alone). Below
 * the forum's minimum of respondents or response rate the badge says so, whatever the spread: the
 * spread of one answer is zero, which is not agreement. In a closed forum no further round will come,
 * so an unmet rule reads "No consensus (forum closed)", not "No consensus yet".
 */
export function ConsensusBadge({
  consensus,
  n,
  closed = false,
}: {
  consensus: StoredVerdict;
  n: number;
  closed?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (n === 0) return <span class="badge badge-none">{t("consensus.noAnswers")}</span>;
  const state = storedConsensusState(consensus, n);
  if (state === "too-few-answers") {
    const m = consensusMinimum(consensus?.minimum);
    const hint = t("consensus.tooFewHint", {
      min: m.respondents,
      rate: i18n.formatPercent(m.responseRate),
      n,
    });
    return (
      <span class="badge badge-few" title={hint}>
        ◌ {t("consensus.tooFew")}
        <span class="visually-hidden"> ({hint})</span>
      </span>
    );
  }
  return state === "met" ? (
    <span class="badge badge-met">✓ {t("consensus.met")}</span>
  ) : (
    <span class="badge badge-open">○ {t(closed ? "read.closedBadge" : "consensus.notMet")}</span>
  );
}
