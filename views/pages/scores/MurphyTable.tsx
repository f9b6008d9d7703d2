import type { MurphyDecomposition } from "../../../src/domain/scoring/index.js";
import { useI18n } from "../../context.js";
import { scoreText } from "./outcome.js";

/** The Murphy decomposition of a Brier score as a small table. */
export function MurphyTable({ murphy }: { murphy: MurphyDecomposition }) {
  const i18n = useI18n();
  const { t } = i18n;
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
      </tbody>
    </table>
  );
}
