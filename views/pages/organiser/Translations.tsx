import { LOCALES, type Locale } from "../../../src/i18n/index.js";
import { describedBy, Field, FormErrors, TextField } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

/** The languages a translation can be given in: every supported one except the forum's default. */
export function translationLocales(defaultLocale: string): Locale[] {
  return LOCALES.filter((l) => l !== defaultLocale);
}

type Common = {
  forumId: number;
  defaultLocale: string;
  values: Record<string, string>;
  errors: Record<string, string>;
};

function Intro({ defaultLocale }: { defaultLocale: string }) {
  const { t } = useI18n();
  const name = (LOCALES as readonly string[]).includes(defaultLocale)
    ? t(`lang.name.${defaultLocale as Locale}`)
    : defaultLocale;
  return <p class="meta">{t("tr.intro", { language: name })}</p>;
}

/** Per question: title, background and resolution criteria in each language (empty = no translation). */
export function QuestionTranslationsPage({
  forumId,
  defaultLocale,
  question,
  values,
  errors,
}: Common & { question: { id: number; title: string; body: string; resolutionCriteria: string } }) {
  const { t } = useI18n();
  const v = (k: string) => values[k] ?? "";
  return (
    <section id="translations">
      <h1>{t("tr.title", { title: question.title })}</h1>
      <ForumNav forumId={forumId} />
      <Intro defaultLocale={defaultLocale} />
      <form method="post" action={`/forums/${forumId}/questions/${question.id}/translations`} novalidate>
        <FormErrors errors={errors} />
        <details class="original">
          <summary>{t("tr.original")}</summary>
          <p lang={defaultLocale}>
            <strong>{question.title}</strong>
          </p>
          {question.body && <p lang={defaultLocale}>{question.body}</p>}
          {question.resolutionCriteria && <p lang={defaultLocale}>{question.resolutionCriteria}</p>}
        </details>
        {translationLocales(defaultLocale).map((l) => (
          <fieldset class="translation" lang={l} dir={l === "fa" ? "rtl" : "ltr"}>
            <legend>{t(`lang.name.${l}`)}</legend>
            <TextField
              name={`title_${l}`}
              label={t("tr.questionTitle")}
              error={errors[`title_${l}`]}
              value={v(`title_${l}`)}
            />
            <TextField
              name={`body_${l}`}
              label={t("tr.body")}
              error={errors[`body_${l}`]}
              rows={3}
              value={v(`body_${l}`)}
            />
            <TextField
              name={`resolution_${l}`}
              label={t("tr.resolution")}
              error={errors[`resolution_${l}`]}
              rows={2}
              value={v(`resolution_${l}`)}
            />
          </fieldset>
        ))}
        <button type="submit">{t("tr.save")}</button>
      </form>
    </section>
  );
}

/** Per scenario set: each scenario's title, narrative and drivers in each language. */
export function ScenarioTranslationsPage({
  forumId,
  defaultLocale,
  set,
  scenarios,
  values,
  errors,
}: Common & {
  set: { id: number; title: string };
  scenarios: { id: number; title: string; narrative: string; drivers: string }[];
}) {
  const { t } = useI18n();
  const v = (k: string) => values[k] ?? "";
  return (
    <section id="translations">
      <h1>{t("tr.setTitle", { title: set.title })}</h1>
      <ForumNav forumId={forumId} />
      <Intro defaultLocale={defaultLocale} />
      <form method="post" action={`/forums/${forumId}/scenarios/${set.id}/translations`} novalidate>
        <FormErrors errors={errors} />
        {scenarios.map((s, i) => (
          <section class="scenario-translations">
            <h2>
              {t("tr.scenario", { number: i + 1 })}: <span lang={defaultLocale}>{s.title}</span>
            </h2>
            {translationLocales(defaultLocale).map((l) => {
              const k = (f: string) => `${f}_${s.id}_${l}`;
              return (
                <fieldset class="translation" lang={l} dir={l === "fa" ? "rtl" : "ltr"}>
                  <legend>{t(`lang.name.${l}`)}</legend>
                  <Field name={k("title")} label={t("tr.scenarioTitle")} error={errors[k("title")]}>
                    <input
                      name={k("title")}
                      value={v(k("title"))}
                      {...describedBy(k("title"), errors[k("title")])}
                    />
                  </Field>
                  <Field name={k("narrative")} label={t("tr.narrative")} error={errors[k("narrative")]}>
                    <textarea
                      name={k("narrative")}
                      rows={3}
                      {...describedBy(k("narrative"), errors[k("narrative")])}
                    >
                      {v(k("narrative"))}
                    </textarea>
                  </Field>
                  <Field name={k("drivers")} label={t("tr.drivers")} error={errors[k("drivers")]}>
                    <input
                      name={k("drivers")}
                      value={v(k("drivers"))}
                      {...describedBy(k("drivers"), errors[k("drivers")])}
                    />
                  </Field>
                </fieldset>
              );
            })}
          </section>
        ))}
        <button type="submit">{t("tr.save")}</button>
      </form>
    </section>
  );
}
