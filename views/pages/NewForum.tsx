import { describedBy, Field, FormErrors } from "../components/Field.js";
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
  return (
    <section class="narrow">
      <h1>{t("forums.new")}</h1>
      <form method="post" action="/forums" id="new-forum-form" novalidate>
        <FormErrors errors={errors} />
        <Field name="title" label={t("forum.titleLabel")} error={errors.title}>
          <input name="title" value={values.title ?? ""} required {...describedBy("title", errors.title)} />
        </Field>
        <Field name="description" label={t("forum.descriptionLabel")} error={errors.description}>
          <textarea name="description" rows={4} {...describedBy("description", errors.description)}>
            {values.description ?? ""}
          </textarea>
        </Field>
        <fieldset>
          <legend>{t("forum.anonymityLabel")}</legend>
          <label class="choice">
            <input type="radio" name="anonymity" value="quasi" checked={values.anonymity !== "strict"} />{" "}
            {t("anonymity.quasi")}
          </label>
          <label class="choice">
            <input type="radio" name="anonymity" value="strict" checked={values.anonymity === "strict"} />{" "}
            {t("anonymity.strict")}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t("forum.modeLabel")}</legend>
          <label class="choice">
            <input type="radio" name="mode" value="rounds" checked={values.mode !== "realtime"} />{" "}
            {t("mode.rounds")}
          </label>
          <label class="choice">
            <input type="radio" name="mode" value="realtime" checked={values.mode === "realtime"} />{" "}
            {t("mode.realtime")}
          </label>
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
