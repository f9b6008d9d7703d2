import type { QuestionConfig } from "../../src/domain/questions.js";
import type { MessageKey } from "../../src/i18n/index.js";
import { numberFormat } from "../../src/i18n/intl-cache.js";
import { describedBy, Field, FormErrors, type FormState, textFields } from "../components/Field.js";
import { RatingScale } from "../components/RatingScale.js";
import { useI18n } from "../context.js";
import { ProposalControl } from "./ProposalControl.js";
import { RankingControl } from "./RankingControl.js";

export type AnswerFormProps = FormState & {
  action: string;
  config: QuestionConfig;
  status: "draft" | "submitted" | null;
  notice?: "saved-draft" | "submitted" | "unchanged" | null;
  requireReasonHint?: boolean;
};

/** The answer form for any question kind; its own htmx swap target (`#answer-form`). */
export function AnswerForm({
  action,
  config,
  values,
  errors,
  status,
  notice,
  requireReasonHint,
}: AnswerFormProps) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  return (
    <form
      id="answer-form"
      class="answer-form"
      method="post"
      action={action}
      hx-post={action}
      hx-target="this"
      hx-swap="outerHTML"
      novalidate
    >
      <FormErrors errors={errors} />
      {notice && (
        <p class="notice" role="status">
          {t(`answer.notice.${notice}` as MessageKey)}
        </p>
      )}
      {status && Object.keys(errors).length === 0 && (
        <p class={`status status-${status}`}>
          {t(status === "draft" ? "answer.statusDraft" : "answer.statusSubmitted")}
        </p>
      )}
      <AnswerControls config={config} values={values} errors={errors} />
      {field(
        "rationale",
        t("answer.rationale"),
        requireReasonHint ? t("answer.rationaleRequiredHint") : t("answer.rationaleHint"),
        { rows: 5 },
      )}
      <div class="actions">
        <button type="submit" name="intent" value="draft" class="secondary">
          {t("answer.saveDraft")}
        </button>
        <button type="submit" name="intent" value="submit" class="primary">
          {t("answer.submit")}
        </button>
      </div>
    </form>
  );
}

function AnswerControls({
  config,
  values,
  errors,
}: FormState & {
  config: QuestionConfig;
}) {
  const { t, formatNumber, locale } = useI18n();
  // The locale's own percent sign ("٪" in Persian), as Intl writes it beside a formatted percentage.
  const percent =
    numberFormat(locale, { style: "percent" })
      .formatToParts(1)
      .find((x) => x.type === "percentSign")?.value ?? "%";
  switch (config.kind) {
    case "binary": {
      // No anchor: with no probability typed yet the slider shows no thumb (class "unset").
      const p = (values.p ?? "").trim();
      const typed = p !== "" && Number.isFinite(Number(p.replace(",", ".")));
      return (
        <Field name="p" label={t("answer.probability")} error={errors.p} hint={t("answer.probabilityHint")}>
          <div class="probability-input" data-sync-range>
            <input
              type="number"
              name="p"
              min="0"
              max="100"
              step="any"
              inputmode="decimal"
              value={values.p ?? ""}
              required
              {...describedBy("p", errors.p, true)}
            />
            <span class="unit">{percent}</span>
            {/* Left to right in every language, like the charts' axes (public/styles.css, "Scales run
                left to right"): an RTL page would otherwise put 0% at the slider's right end. */}
            <input
              type="range"
              dir="ltr"
              min="0"
              max="100"
              step="1"
              class={typed ? undefined : "unset"}
              value={typed ? String(Math.min(100, Math.max(0, Number(p.replace(",", "."))))) : undefined}
              aria-label={t("answer.probabilitySlider")}
              aria-valuetext={typed ? undefined : t("answer.sliderUnset")}
              data-unset-text={t("answer.sliderUnset")}
              tabindex={-1}
            />
          </div>
        </Field>
      );
    }
    case "allocation":
      return (
        <fieldset class="allocation" data-allocation>
          <legend>{t("answer.allocationLegend")}</legend>
          {config.scenarios.map((s, i) => (
            <Field name={`p${i}`} label={s.title} error={errors[`p${i}`]}>
              <div class="probability-input">
                <input
                  type="number"
                  name={`p${i}`}
                  min="0"
                  max="100"
                  step="any"
                  inputmode="decimal"
                  value={values[`p${i}`] ?? ""}
                  required
                  {...describedBy(`p${i}`, errors[`p${i}`])}
                />
                <span class="unit">{percent}</span>
              </div>
            </Field>
          ))}
          <p class={errors.total ? "total has-error" : "total"} id="f-total">
            {t("answer.total")}{" "}
            <output data-total aria-live="polite">
              {numberFormat(locale, { maximumFractionDigits: 2 }).format(
                sumOf(config.scenarios.length, values),
              )}
            </output>
            {percent}
            {errors.total && <span class="error" role="alert">{` ${t(errors.total as MessageKey)}`}</span>}
          </p>
          {/* app.js shows this as soon as the typed shares do not add up to 100%. */}
          <p class="notice error total-warning" data-total-warning hidden>
            <span data-total-warning-text data-template={t("answer.totalOff", { total: "{total}" })} />{" "}
            <button type="button" class="secondary" data-rescale>
              {t("answer.rescale")}
            </button>
          </p>
        </fieldset>
      );
    case "quantity":
      return (
        <fieldset class="quantiles">
          <legend>{t("answer.quantitiesLegend", { unit: config.unit })}</legend>
          {(
            [
              ["q5", "answer.q5"],
              ["q50", "answer.q50"],
              ["q95", "answer.q95"],
            ] as const
          ).map(([name, label]) => (
            <Field name={name} label={t(label)} error={errors[name]}>
              <div class="quantity-input">
                <input
                  type="number"
                  name={name}
                  step="any"
                  inputmode="decimal"
                  value={values[name] ?? ""}
                  required
                  {...describedBy(name, errors[name])}
                />
                <span class="unit">{config.unit}</span>
              </div>
            </Field>
          ))}
        </fieldset>
      );
    case "rating":
      return (
        <RatingScale
          name="r"
          legend={t("answer.ratingLegend", config)}
          scale={config}
          value={values.r}
          error={errors.r}
          option={formatNumber}
        />
      );
    case "ranking":
      return <RankingControl options={config.options} values={values} errors={errors} />;
    case "proposal":
      return <ProposalControl config={config} values={values} errors={errors} />;
  }
}

function sumOf(count: number, values: Record<string, string>): number {
  let total = 0;
  for (let i = 0; i < count; i++) {
    const n = Number((values[`p${i}`] ?? "").replace(",", "."));
    if (Number.isFinite(n)) total += n;
  }
  return Math.round(total * 100) / 100;
}
