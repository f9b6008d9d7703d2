import { FormErrors, RadioChoices, textFields } from "../components/Field.js";
import { useI18n } from "../context.js";

export type NewForumValues = {
  title?: string;
  description?: string;
  anonymity?: string;
  mode?: string;
  requireReasonOutsideIqr?: string;
};

/** The forum's two settings chosen by radio buttons, each with its default first. */
const SETTINGS = [
  {
    name: "anonymity",
    legend: "forum.anonymityLabel",
    choices: [
      { value: "quasi", label: "anonymity.quasi" },
      { value: "strict", label: "anonymity.strict" },
    ],
  },
  {
    name: "mode",
    legend: "forum.modeLabel",
    choices: [
      { value: "rounds", label: "mode.rounds" },
      { value: "realtime", label: "mode.realtime" },
    ],
  },
] as const;

export function NewForumPage({ values, errors }: { values: NewForumValues; errors: Record<string, string> }) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  return (
    <section class="narrow">
      <h1>{t("forums.new")}</h1>
      <form method="post" action="/forums" id="new-forum-form" novalidate>
        <FormErrors errors={errors} />
        {field("title", t("forum.titleLabel"), undefined, { required: true })}
        {field("description", t("forum.descriptionLabel"), undefined, { rows: 4 })}
        {SETTINGS.map(({ name, legend, choices }) => (
          <fieldset>
            <legend>{t(legend)}</legend>
            <RadioChoices
              name={name}
              choices={choices.map((c) => ({ value: c.value, label: t(c.label) }))}
              chosen={(choices.find((c) => c.value === values[name]) ?? choices[0]).value}
            />
          </fieldset>
        ))}
        <label class="choice">
          <input
            type="checkbox"
            name="requireReasonOutsideIqr"
            value="on"
            checked={values.requireReasonOutsideIqr === "on"}
          />{" "}
          {t("forum.requireReason")}
        </label>
        <button type="submit" class="primary">
          {t("forum.create")}
        </button>
      </form>
    </section>
  );
}
