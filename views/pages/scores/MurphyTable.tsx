import type { CalibrationSummary } from "../../../src/domain/forum-scores.js";
import { useI18n } from "../../context.js";
import { scoreText } from "./outcome.js";

/**
 * The Murphy decomposition of a Brier score as a small table, followed by the Brier skill score against
 * the base rate (and against the panel average, when given) and Spiegelhalter's calibration test, each under a plain label with its formula one click away.
 */
export function MurphyTable({ summary }: { summary: CalibrationSummary }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { murphy, skill, spiegelhalter, poolSkill } = summary;
  const rows = [
    ["scores.murphy.brier", murphy.brier],
    ["scores.murphy.reliability", murphy.reliability],
    ["scores.murphy.resolution", murphy.resolution],
    ["scores.murphy.uncertainty", murphy.uncertainty],
  ] as const;
  return (
    <table class="stats murphy-table">
      <caption>{t("scores.murphy")}</caption>
      <tbody>
        {rows.map(([key, v]) => (
          <tr>
            <th scope="row">{t(key)}</th>
            <td title={String(v)}>{scoreText(i18n, v, 4)}</td>
          </tr>
        ))}
        <SkillRow id="skill-base-rate" label="scores.skill.baseRate" value={skill} />
        {poolSkill !== null && <SkillRow id="skill-pool" label="scores.skill.pool" value={poolSkill} />}
        <tr id="spiegelhalter">
          <th scope="row">
            <details>
              <summary>{t("scores.spiegelhalter")}</summary>
              {t("scores.spiegelhalter.formula")}
            </details>
          </th>
          <td title={`${spiegelhalter.z} ${spiegelhalter.p}`}>
            {spiegelhalter.z === null
              ? "–"
              : t("scores.spiegelhalter.value", {
                  z: scoreText(i18n, spiegelhalter.z, 2),
                  p: scoreText(i18n, spiegelhalter.p, 3),
                })}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** One skill score under its plain label, with the formula one click away. */
function SkillRow(p: {
  id: string;
  label: "scores.skill.baseRate" | "scores.skill.pool";
  value: number | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <tr id={p.id}>
      <th scope="row">
        <details>
          <summary>{t(p.label)}</summary>
          {t(`${p.label}.formula`)}
        </details>
      </th>
      <td title={String(p.value)}>{scoreText(i18n, p.value, 4)}</td>
    </tr>
  );
}
