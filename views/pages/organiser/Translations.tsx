import { LOCALES, type Locale } from "../../../src/i18n/index.js";
import { FormErrors, type FormState, textFields } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

/** The languages a translation can be given in: every supported one except the forum's default. */
export function translationLocales(defaultLocale: string): Locale[] {
  return LOCALES.filter((l) => l !== defaultLocale);
}

type Common = FormState & {
  forumId: number;
  defaultLocale: string;
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
  const field = textFields(values, errors);
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
            {field(`title_${l}`, t("tr.questionTitle"))}
            {field(`body_${l}`, t("tr.body"), undefined, { rows: 3 })}
            {field(`resolution_${l}`, t("tr.resolution"), undefined, { rows: 2 })}
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
  const field = textFields(values, errors);
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
                  {field(k("title"), t("tr.scenarioTitle"))}
                  {field(k("narrative"), t("tr.narrative"), undefined, { rows: 3 })}
                  {field(k("drivers"), t("tr.drivers"))}
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
