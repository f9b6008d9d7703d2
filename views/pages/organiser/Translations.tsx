import type { Child } from "hono/jsx";
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

/**
 * Both translation pages: the title (`heading`: its catalogue key and the text's title), the forum's nav,
 * which language is the original, then the form, posted to `/forums/:id/<path>/translations`.
 */
function TranslationsForm({
  forumId,
  defaultLocale,
  errors,
  heading: [key, title],
  path,
  children,
}: Common & { heading: ["tr.title" | "tr.setTitle", string]; path: string; children: Child }) {
  const { t } = useI18n();
  const action = `/forums/${forumId}/${path}/translations`;
  const name = (LOCALES as readonly string[]).includes(defaultLocale)
    ? t(`lang.name.${defaultLocale as Locale}`)
    : defaultLocale;
  return (
    <section id="translations">
      <h1>{t(key, { title })}</h1>
      <ForumNav forumId={forumId} />
      <p class="meta">{t("tr.intro", { language: name })}</p>
      <form method="post" action={action} novalidate>
        <FormErrors errors={errors} />
        {children}
        <button type="submit">{t("tr.save")}</button>
      </form>
    </section>
  );
}

/** The fields of one language, marked with its language and direction. */
function LanguageFieldset({ locale, children }: { locale: Locale; children: Child }) {
  const { t } = useI18n();
  return (
    <fieldset class="translation" lang={locale} dir={locale === "fa" ? "rtl" : "ltr"}>
      <legend>{t(`lang.name.${locale}`)}</legend>
      {children}
    </fieldset>
  );
}

/** Per question: title, background and resolution criteria in each language (empty = no translation). */
export function QuestionTranslationsPage({
  question,
  ...common
}: Common & {
  question: { id: number; title: string; body: string; resolutionCriteria: string };
}) {
  const { t } = useI18n();
  const { defaultLocale } = common;
  const field = textFields(common.values, common.errors);
  return (
    <TranslationsForm {...common} heading={["tr.title", question.title]} path={`questions/${question.id}`}>
      <details class="original">
        <summary>{t("tr.original")}</summary>
        <p lang={defaultLocale}>
          <strong>{question.title}</strong>
        </p>
        {question.body && <p lang={defaultLocale}>{question.body}</p>}
        {question.resolutionCriteria && <p lang={defaultLocale}>{question.resolutionCriteria}</p>}
      </details>
      {translationLocales(defaultLocale).map((l) => (
        <LanguageFieldset locale={l}>
          {field(`title_${l}`, t("tr.questionTitle"))}
          {field(`body_${l}`, t("tr.body"), undefined, { rows: 3 })}
          {field(`resolution_${l}`, t("tr.resolution"), undefined, { rows: 2 })}
        </LanguageFieldset>
      ))}
    </TranslationsForm>
  );
}

/** Per scenario set: each scenario's title, narrative and drivers in each language. */
export function ScenarioTranslationsPage({
  set,
  scenarios,
  ...common
}: Common & {
  set: { id: number; title: string };
  scenarios: { id: number; title: string; narrative: string; drivers: string }[];
}) {
  const { t } = useI18n();
  const { defaultLocale } = common;
  const field = textFields(common.values, common.errors);
  return (
    <TranslationsForm {...common} heading={["tr.setTitle", set.title]} path={`scenarios/${set.id}`}>
      {scenarios.map((s, i) => (
        <section class="scenario-translations">
          <h2>
            {t("tr.scenario", { number: i + 1 })}: <span lang={defaultLocale}>{s.title}</span>
          </h2>
          {translationLocales(defaultLocale).map((l) => {
            const k = (f: string) => `${f}_${s.id}_${l}`;
            return (
              <LanguageFieldset locale={l}>
                {field(k("title"), t("tr.scenarioTitle"))}
                {field(k("narrative"), t("tr.narrative"), undefined, { rows: 3 })}
                {field(k("drivers"), t("tr.drivers"))}
              </LanguageFieldset>
            );
          })}
        </section>
      ))}
    </TranslationsForm>
  );
}
