import { POOL_METHODS } from "../../../src/domain/snapshot.js";
import { FormErrors, SelectField, type TextFieldAttrs, textFields } from "../../components/Field.js";
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

const TEXT: TextFieldAttrs = { type: "text" };
const NUMERIC: TextFieldAttrs = { type: "text", inputmode: "numeric" };

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
  const field = textFields(values, errors);
  return (
    <section id="forum-settings">
      <h1>{t("ops.settings.title")}</h1>
      <ForumNav forumId={forumId} />
      <form method="post" action={`${base}/settings`} novalidate id="forum-settings-form">
        <FormErrors errors={errors} />
        {field("senderName", t("ops.settings.senderName"), t("ops.settings.senderHint"), TEXT)}
        {field("consentText", t("ops.settings.consent"), t("ops.settings.consentHint"), { rows: 5 })}
        {field("reminderDays", t("ops.settings.reminderDays"), t("ops.settings.reminderHint"), NUMERIC)}
        {field("retentionDays", t("ops.settings.retention"), t("ops.settings.retentionHint"), NUMERIC)}
        <fieldset id="consensus-minimum">
          <legend>{t("ops.settings.minimum")}</legend>
          <p class="hint">{t("ops.settings.minimumHint")}</p>
          {field(
            "minRespondents",
            t("ops.settings.minRespondents"),
            t("ops.settings.minRespondentsHint"),
            NUMERIC,
          )}
          {field(
            "minResponseRate",
            t("ops.settings.minResponseRate"),
            t("ops.settings.minResponseRateHint"),
            NUMERIC,
          )}
        </fieldset>
        <SelectField
          name="defaultMethod"
          label={t("read.defaultMethodLabel")}
          hint={t("read.defaultMethodHint")}
          error={errors.defaultMethod}
          value={values.defaultMethod}
          options={POOL_METHODS.map((m) => ({ value: m, label: t(`method.name.${m}`) }))}
        />
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
