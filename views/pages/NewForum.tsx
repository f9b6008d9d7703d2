import { FormErrors, RadioChoices, textFields } from "../components/Field.js";
import { useI18n } from "../context.js";

export type NewForumValues = {
  title?: string;
  description?: string;
  anonymity?: string;
  mode?: string;
  requireReasonOutsideIqr?: string;
};

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
        <fieldset>
          <legend>{t("forum.anonymityLabel")}</legend>
          <RadioChoices
            name="anonymity"
            choices={[
              { value: "quasi", label: t("anonymity.quasi") },
              { value: "strict", label: t("anonymity.strict") },
            ]}
            chosen={values.anonymity === "strict" ? "strict" : "quasi"}
          />
        </fieldset>
        <fieldset>
          <legend>{t("forum.modeLabel")}</legend>
          <RadioChoices
            name="mode"
            choices={[
              { value: "rounds", label: t("mode.rounds") },
              { value: "realtime", label: t("mode.realtime") },
            ]}
            chosen={values.mode === "realtime" ? "realtime" : "rounds"}
          />
        </fieldset>
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
