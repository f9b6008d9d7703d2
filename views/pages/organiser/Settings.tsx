import { POOL_METHODS } from "../../../src/domain/snapshot.js";
import { describedBy, Field, FormErrors } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

export type SettingsValues = {
  senderName: string;
  consentText: string;
  reminderDays: string;
  retentionDays: string;
  defaultMethod: string;
  minRespondents: string;
  /** A percentage, 0–100. */
  minResponseRate: string;
};

/** /forums/:id/settings: sender name, consent text, reminder days, retention; and clone as template. */
export function SettingsPage({
  forumId,
  values,
  errors,
  canClone = false,
}: {
  forumId: number;
  values: SettingsValues;
  errors: Record<string, string>;
  /** Cloning creates a forum: offered only to users allowed to create forums. */
  canClone?: boolean;
}) {
  const { t } = useI18n();
  const base = `/forums/${forumId}`;
  return (
    <section id="forum-settings">
      <h1>{t("ops.settings.title")}</h1>
      <ForumNav forumId={forumId} />
      <form method="post" action={`${base}/settings`} novalidate id="forum-settings-form">
        <FormErrors errors={errors} />
        <Field
          name="senderName"
          label={t("ops.settings.senderName")}
          hint={t("ops.settings.senderHint")}
          error={errors.senderName}
        >
          <input
            type="text"
            name="senderName"
            value={values.senderName}
            {...describedBy("senderName", errors.senderName, true)}
          />
        </Field>
        <Field
          name="consentText"
          label={t("ops.settings.consent")}
          hint={t("ops.settings.consentHint")}
          error={errors.consentText}
        >
          <textarea name="consentText" rows={5} {...describedBy("consentText", errors.consentText, true)}>
            {values.consentText}
          </textarea>
        </Field>
        <Field
          name="reminderDays"
          label={t("ops.settings.reminderDays")}
          hint={t("ops.settings.reminderHint")}
          error={errors.reminderDays}
        >
          <input
            type="text"
            name="reminderDays"
            inputmode="numeric"
            value={values.reminderDays}
            {...describedBy("reminderDays", errors.reminderDays, true)}
          />
        </Field>
        <Field
          name="retentionDays"
          label={t("ops.settings.retention")}
          hint={t("ops.settings.retentionHint")}
          error={errors.retentionDays}
        >
          <input
            type="text"
            name="retentionDays"
            inputmode="numeric"
            value={values.retentionDays}
            {...describedBy("retentionDays", errors.retentionDays, true)}
          />
        </Field>
        <fieldset id="consensus-minimum">
          <legend>{t("ops.settings.minimum")}</legend>
          <p class="hint">{t("ops.settings.minimumHint")}</p>
          <Field
            name="minRespondents"
            label={t("ops.settings.minRespondents")}
            hint={t("ops.settings.minRespondentsHint")}
            error={errors.minRespondents}
          >
            <input
              type="text"
              name="minRespondents"
              inputmode="numeric"
              value={values.minRespondents}
              {...describedBy("minRespondents", errors.minRespondents, true)}
            />
          </Field>
          <Field
            name="minResponseRate"
            label={t("ops.settings.minResponseRate")}
            hint={t("ops.settings.minResponseRateHint")}
            error={errors.minResponseRate}
          >
            <input
              type="text"
              name="minResponseRate"
              inputmode="numeric"
              value={values.minResponseRate}
              {...describedBy("minResponseRate", errors.minResponseRate, true)}
            />
          </Field>
        </fieldset>
        <Field
          name="defaultMethod"
          label={t("read.defaultMethodLabel")}
          hint={t("read.defaultMethodHint")}
          error={errors.defaultMethod}
        >
          <select name="defaultMethod" {...describedBy("defaultMethod", errors.defaultMethod, true)}>
            {POOL_METHODS.map((m) => (
              <option value={m} selected={values.defaultMethod === m}>
                {t(`method.name.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" class="primary">
          {t("ops.settings.save")}
        </button>
      </form>
      {canClone && (
        <>
          <h2>{t("ops.settings.clone")}</h2>
          <p>{t("ops.settings.cloneHint")}</p>
          <form method="post" action={`${base}/clone`}>
            <button type="submit">{t("ops.settings.cloneButton")}</button>
          </form>
        </>
      )}
      <p>
        <a href={`${base}/audit`}>{t("ops.nav.audit")}</a> ·{" "}
        <a href={`${base}/panel/import`}>{t("ops.nav.import")}</a> ·{" "}
        <a href={`${base}/questions/import`}>{t("ops.nav.importQuestions")}</a>
      </p>
    </section>
  );
}
