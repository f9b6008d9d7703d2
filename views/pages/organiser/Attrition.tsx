import type { AttritionTable, RateCell } from "../../../src/domain/attrition.js";
import { ColumnHeads } from "../../components/ColumnHeads.js";
import { type LazyPart, LoadOnOpen } from "../../components/LoadOnOpen.js";
import { useI18n } from "../../context.js";
import { formatCount } from "../../format.js";

/**
 * Organiser overview: response rate and attrition per round, then per institution per round; with
 * `byInstitution`, the institutions' tables load when the organiser opens them (one per institution).
 */
export function AttritionSection({
  table,
  byInstitution,
}: {
  table: AttritionTable;
  byInstitution?: LazyPart;
}) {
  const { t } = useI18n();
  return (
    <section id="attrition">
      <h2>{t("ops.rate.title")}</h2>
      {table.rounds.length === 0 ? (
        <p>{t("ops.rate.none")}</p>
      ) : (
        <>
          <p class="hint">{t("ops.rate.hint")}</p>
          <RateTable id="attrition-rounds" rows={table.rounds} />
          {byInstitution ? (
            <details class="breakdown" id="attrition-by-institution">
              <summary>{t("ops.rate.byInstitution")}</summary>
              <LoadOnOpen lazy={byInstitution} label={t("org.rate.attritionLoad")} />
            </details>
          ) : (
            table.institutions.length > 0 && (
              <>
                <h3>{t("ops.rate.byInstitution")}</h3>
                <AttritionByInstitution table={table} />
              </>
            )
          )}
        </>
      )}
    </section>
  );
}

/** The attrition table of each institution (htmx swap target `#attrition-institutions`). */
export function AttritionByInstitution({ table }: { table: AttritionTable }) {
  const { t } = useI18n();
  return (
    <div id="attrition-institutions">
      {table.institutions.length === 0 ? (
        <p class="hint">{t("org.rate.noGroups")}</p>
      ) : (
        table.institutions.map((g, i) => (
          <RateTable
            id={`attrition-institution-${i}`}
            caption={
              g.other ? t("org.rate.otherInstitutions") : (g.institution ?? t("org.panel.noInstitution"))
            }
            rows={g.rounds}
          />
        ))
      )}
    </div>
  );
}

function RateTable({
  id,
  rows,
  caption,
}: {
  id: string;
  rows: ({ number: number } & RateCell)[];
  caption?: string;
}) {
  const i18n = useI18n();
  const { t, formatPercent } = i18n;
  const n = (v: number) => formatCount(i18n, v);
  const pct = (x: number | null) => (x === null ? "—" : formatPercent(x));
  return (
    <div class="table-scroll">
      <table class="stats" id={id}>
        {caption && <caption>{caption}</caption>}
        <ColumnHeads
          cols={[
            t("ops.rate.round"),
            t("ops.rate.eligible"),
            t("ops.rate.answered"),
            t("ops.rate.rate"),
            t("ops.rate.late"),
            t("ops.rate.lost"),
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr data-round={String(r.number)}>
              <th scope="row">{r.open ? t("ops.rate.openRound", { number: r.number }) : n(r.number)}</th>
              <td class="eligible">{n(r.eligible)}</td>
              <td class="answered">{n(r.answeredAll)}</td>
              <td class="rate">{pct(r.rate)}</td>
              <td class="late">{n(r.late)}</td>
              <td class="lost">{pct(r.attrition)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
