import type { ResponseRate } from "../../src/domain/response-rates.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
import { useI18n } from "../context.js";
import { formatCount } from "../format.js";

/**
 * A round's response rate per institution (folded under strict anonymity): the overview's table, also
 * loaded on its own when the overview folds it (htmx swap target `#rate-institutions`).
 */
export function RateByInstitution({ groups }: { groups: NonNullable<ResponseRate["perInstitution"]> }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div id="rate-institutions">
      {groups.length === 0 ? (
        <p class="hint">{t("org.rate.noGroups")}</p>
      ) : (
        <table class="stats">
          <ColumnHeads cols={[t("org.panel.institution"), t("org.rate.complete"), t("org.rate.experts")]} />
          <tbody>
            {groups.map((g) => (
              <tr>
                <th scope="row">
                  {g.other
                    ? t("org.rate.otherInstitutions")
                    : (g.institution ?? t("org.panel.noInstitution"))}
                </th>
                <td>{formatCount(i18n, g.complete)}</td>
                <td>{formatCount(i18n, g.experts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
