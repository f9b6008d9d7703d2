import type { SourceIdea } from "../../../src/domain/ideas.js";
import type { ScenarioSet } from "../../../src/domain/scenarios.js";
import { SCENARIO_ROWS } from "../../../src/validation/organiser-scenarios.js";
import { FieldError, FormErrors, type FormState, TextField, textFields } from "../../components/Field.js";
import { IdeaSources } from "../../components/IdeaSources.js";
import { ScenarioBody } from "../../components/ScenarioBody.js";
import { useI18n } from "../../context.js";
import { ForumSection } from "./ForumNav.js";

export type ScenariosProps = FormState & {
  forumId: number;
  sets: ScenarioSet[];
  /** The ideas-round items each scenario came from, by scenario id (provenance). */
  sources?: ReadonlyMap<number, SourceIdea[]>;
};

export function ScenariosPage({ forumId, sets, values, errors, sources }: ScenariosProps) {
  const { t } = useI18n();
  return (
    <ForumSection id="scenarios" title={t("org.scenarios.title")} forumId={forumId}>
      {sets.length === 0 ? (
        <p>{t("org.scenarios.none")}</p>
      ) : (
        sets.map((set) => (
          <article class="scenario-set" id={`set-${set.id}`}>
            <h2>{set.title}</h2>
            <p>
              <a href={`/forums/${forumId}/scenarios/${set.id}/translations`}>{t("tr.link")}</a>
            </p>
            <ol>
              {set.scenarios.map((s) => (
                <li>
                  <ScenarioBody scenario={s} driversLabel={t("org.scenarios.drivers")} />
                  <IdeaSources
                    forumId={forumId}
                    sources={sources?.get(s.id)}
                    into="scenario"
                    id={`scenario-sources-${s.id}`}
                  />
                </li>
              ))}
            </ol>
          </article>
        ))
      )}
      <ScenarioSetForm forumId={forumId} values={values} errors={errors} />
    </ForumSection>
  );
}

/**
 * How many scenario rows the form shows: three to start, every row that has text plus one empty, or the
 * count asked for by "Add another scenario" (values.rows), never more than SCENARIO_ROWS.
 */
export function scenarioRowCount(values: Record<string, string>): number {
  let filled = 0;
  for (let i = 0; i < SCENARIO_ROWS; i++)
    if (["title", "narrative", "drivers"].some((k) => (values[`${k}${i}`] ?? "").trim() !== ""))
      filled = i + 1;
  const asked = Number(values.rows);
  return Math.min(SCENARIO_ROWS, Math.max(3, filled + 1, Number.isInteger(asked) ? asked : 0));
}

/** The new-set form: a title and the scenario rows (growing on request), blank rows ignored. */
export function ScenarioSetForm({
  forumId,
  values,
  errors,
}: FormState & {
  forumId: number;
}) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  const count = scenarioRowCount(values);
  const rows = Array.from({ length: count }, (_x, i) => i);
  return (
    <form method="post" action={`/forums/${forumId}/scenarios`} id="scenario-set-form" novalidate>
      <h2>{t("org.scenarios.new")}</h2>
      <FormErrors errors={errors} />
      {field("title", t("org.scenarios.setTitle"))}
      <p class="hint">{t("org.scenarios.hint")}</p>
      <FieldError name="scenarios" error={errors.scenarios} />
      {rows.map((i) => (
        <fieldset class="scenario-row">
          <legend>{t("org.scenarios.row", { number: i + 1 })}</legend>
          <TextField
            name={`title${i}`}
            label={t("org.scenarios.scenarioTitle")}
            error={errors[`title${i}`]}
            value={values[`title${i}`] ?? ""}
          />
          <TextField
            name={`narrative${i}`}
            label={t("org.scenarios.narrative")}
            error={errors[`narrative${i}`]}
            rows={3}
            value={values[`narrative${i}`] ?? ""}
          />
          <TextField
            name={`drivers${i}`}
            label={t("org.scenarios.drivers")}
            hint={t("org.scenarios.driversHint")}
            error={errors[`drivers${i}`]}
            value={values[`drivers${i}`] ?? ""}
          />
        </fieldset>
      ))}
      <input type="hidden" name="rows" value={String(count)} />
      {count < SCENARIO_ROWS && (
        <button type="submit" name="intent" value="more">
          {t("org.scenarios.addRow")}
        </button>
      )}{" "}
      <button type="submit" class="primary">
        {t("org.scenarios.create")}
      </button>
    </form>
  );
}
