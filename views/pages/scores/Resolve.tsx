import type { ResolutionRow, ResolvableQuestion } from "../../../src/domain/resolutions.js";
import { FieldError, FormErrors, RadioChoices, textFields } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { outcomeText } from "./outcome.js";

export type ResolveValues = { outcome?: string; value?: string; resolvedOn?: string; sourceNote?: string };
export type ResolveProps = {
  forumId: number;
  question: ResolvableQuestion;
  history: ResolutionRow[];
  values: ResolveValues;
  errors: Record<string, string>;
};

/** The resolve page: the question, its resolution history (every change shown), the form and the seed switch. */
export function ResolvePage({ forumId, question, history, values, errors }: ResolveProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const field = textFields(values, errors);
  const action = `/forums/${forumId}/questions/${question.id}/resolve`;
  const current = history.find((h) => h.supersededAt === null);
  const text = (r: ResolutionRow) => outcomeText(i18n, question.config, r.outcome);
  const choices: { value: string; label: string }[] =
    question.config.kind === "binary"
      ? [
          { value: "yes", label: t("res.form.yes") },
          { value: "no", label: t("res.form.no") },
        ]
      : question.config.kind === "allocation"
        ? question.config.scenarios.map((s, i) => ({ value: `s${i}`, label: s.title }))
        : [{ value: "value", label: t("res.form.valueChoice") }];
  choices.push({ value: "annulled", label: t("res.form.annulled") });
  const chosen = values.outcome ?? (question.config.kind === "quantity" ? "value" : undefined);
  const chronological = [...history].reverse();
  return (
    <section id="resolve">
      <h1>{t("res.title", { title: question.title })}</h1>
      <p>
        <a href={`/forums/${forumId}/resolutions`}>{t("res.index.title")}</a>
      </p>
      {question.resolutionCriteria && (
        <>
          <h2>{t("res.criteria")}</h2>
          <p class="criteria">{question.resolutionCriteria}</p>
        </>
      )}
      <h2>{t("res.current")}</h2>
      <p id="current-resolution">{current ? text(current) : t("res.none")}</p>
      {history.length > 0 && (
        <>
          <h2>{t("res.history")}</h2>
          <ol class="resolution-history" id="resolution-history">
            {chronological.map((r, i) => {
              const params = {
                date: r.resolvedOn,
                who: r.resolvedBy ?? "–",
                note: r.sourceNote,
              };
              return (
                <li>
                  {i === 0
                    ? t("res.historyFirst", { ...params, outcome: text(r) })
                    : t("res.historyChanged", { ...params, from: text(chronological[i - 1]!), to: text(r) })}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <h2>{t("res.form.title")}</h2>
      {current && <p class="notice">{t("res.form.reresolve")}</p>}
      <form method="post" action={action} id="resolve-form" novalidate>
        <FormErrors errors={errors} />
        <fieldset class={errors.outcome ? "has-error" : undefined}>
          <legend>{t("res.form.outcome")}</legend>
          <RadioChoices name="outcome" choices={choices} chosen={chosen} />
          <FieldError name="outcome" error={errors.outcome} />
        </fieldset>
        {question.config.kind === "quantity" &&
          field("value", t("res.form.value"), undefined, { type: "text", inputmode: "decimal" })}
        {field("resolvedOn", t("res.form.resolvedOn"), undefined, { type: "date" })}
        {field("sourceNote", t("res.form.sourceNote"), t("res.form.sourceHint"), { rows: 3 })}
        <button type="submit" class="primary">
          {t("res.form.submit")}
        </button>
      </form>
      {question.config.kind === "quantity" && (
        <section id="seed">
          <h2>{t("res.seed.title")}</h2>
          <p class="hint">{t("res.seed.hint")}</p>
          {question.isSeed && <p>{t("res.seed.is")}</p>}
          <form method="post" action={`/forums/${forumId}/questions/${question.id}/seed`}>
            <label class="choice">
              <input type="checkbox" name="isSeed" value="1" checked={question.isSeed} />{" "}
              {t("res.seed.label")}
            </label>{" "}
            <button type="submit">{t("res.seed.save")}</button>
          </form>
        </section>
      )}
    </section>
  );
}
