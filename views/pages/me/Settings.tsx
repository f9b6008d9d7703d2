import { LOCALES } from "../../../src/i18n/index.js";
import { describedBy, Field, FormErrors, SelectField, TextField } from "../../components/Field.js";
import { messagePage } from "../../components/MessagePage.js";
import { useI18n } from "../../context.js";

export type MeSettingsProps = {
  values: { timeZone: string; locale: string };
  errors: Record<string, string>;
  saved?: boolean;
  zones: readonly string[];
};

/** /me/settings: time zone and language, with links to the data export and erasure. */
export function MeSettingsPage({ values, errors, saved, zones }: MeSettingsProps) {
  const { t } = useI18n();
  return (
    <section id="me-settings" class="narrow">
      <h1>{t("ops.me.settingsTitle")}</h1>
      {saved && (
        <p class="notice" role="status">
          {t("ops.me.saved")}
        </p>
      )}
      <form method="post" action="/me/settings" novalidate>
        <FormErrors errors={errors} />
        <Field
          name="timeZone"
          label={t("ops.me.timeZone")}
          hint={t("ops.me.timeZoneHint")}
          error={errors.timeZone}
        >
          <select name="timeZone" autocomplete="off" {...describedBy("timeZone", errors.timeZone, true)}>
            {/* A zone not in the list (sent by hand, or stored before the list): shown as sent, and refused. */}
            {values.timeZone && !zones.includes(values.timeZone) && (
              <option value={values.timeZone} selected>
                {values.timeZone}
              </option>
            )}
            {zones.map((z) => (
              <option value={z} selected={z === values.timeZone}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </Field>
        <SelectField
          name="locale"
          label={t("ops.me.language")}
          error={errors.locale}
          value={values.locale}
          options={[
            { value: "", label: t("ops.me.languageAuto") },
            ...LOCALES.map((l) => ({ value: l, label: t(`lang.name.${l}`) })),
          ]}
        />
        <button type="submit" class="primary">
          {t("ops.me.save")}
        </button>
      </form>
      <h2>{t("ops.me.exportTitle")}</h2>
      <p>{t("ops.me.exportIntro")}</p>
      <p>
        <a href="/me/export" download="my-data.json">
          {t("ops.me.export")}
        </a>
      </p>
      <h2>{t("ops.me.eraseTitle")}</h2>
      <p>
        <a href="/me/erase">{t("ops.me.eraseTitle")}</a>
      </p>
    </section>
  );
}

export type EraseProps = {
  forums: { title: string; consentText: string }[];
  error?: string | undefined;
};

/** /me/erase: what erasure keeps and removes, and the confirm form. */
export function ErasePage({ forums, error }: EraseProps) {
  const { t } = useI18n();
  return (
    <section id="me-erase" class="narrow">
      <h1>{t("ops.me.eraseTitle")}</h1>
      <p>{t("ops.me.eraseIntro")}</p>
      {forums.length > 0 && (
        <ul id="erase-consents">
          {forums.map((f) => (
            <li>
              {t("ops.me.forumConsent", { forum: f.title, consent: f.consentText || t("ops.me.noConsent") })}
            </li>
          ))}
        </ul>
      )}
      <p>{t("ops.me.eraseKept")}</p>
      <p>{t("ops.me.eraseGone")}</p>
      <form method="post" action="/me/erase" novalidate>
        <FormErrors errors={error ? { confirm: error } : {}} />
        <TextField
          name="confirm"
          label={t("ops.me.eraseConfirmLabel")}
          error={error}
          type="text"
          autocomplete="off"
        />
        <button type="submit" class="danger">
          {t("ops.me.eraseButton")}
        </button>
      </form>
    </section>
  );
}

/** Says what happened; nothing else to do here. */
export const ErasedPage = messagePage("ops.me.erasedTitle", "ops.me.erased");
