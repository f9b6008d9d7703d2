import type { ForumQuestion } from "../../../src/domain/questions.js";
import { QUESTION_KINDS } from "../../../src/domain/questions.js";
import type { ScenarioSet } from "../../../src/domain/scenarios.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { describedBy, Field, FormErrors } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ConsensusRuleText, LatestConsensus } from "./ConsensusRuleText.js";
import { ForumNav } from "./ForumNav.js";

export type QuestionsProps = {
  forumId: number;
  questions: ForumQuestion[];
  sets: ScenarioSet[];
  values: Record<string, string>;
  errors: Record<string, string>;
};

export function QuestionsPage({ forumId, questions, sets, values, errors }: QuestionsProps) {
  const { t } = useI18n();
  return (
    <section id="questions">
      <h1>{t("org.questions.title")}</h1>
      <ForumNav forumId={forumId} />
      {questions.length === 0 ? (
        <p>{t("org.questions.none")}</p>
      ) : (
        <table class="questions-table" id="question-list">
          <thead>
            <tr>
              <th scope="col">{t("org.questions.kind")}</th>
              <th scope="col">{t("org.questions.questionTitle")}</th>
              <th scope="col">{t("org.questions.rule")}</th>
              <th scope="col">{t("org.questions.consensus")}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr id={`question-${q.id}`}>
                <td>{t(`org.kind.${q.kind}`)}</td>
                <td>
                  {q.title}{" "}
                  <a class="tr-link" href={`/forums/${forumId}/questions/${q.id}/translations`}>
                    {t("tr.link")}
                  </a>{" "}
                  <a class="qedit-link" href={`/forums/${forumId}/questions/${q.id}/edit`}>
                    {t("ops.qedit.edit")}
                  </a>
                </td>
                <td>
                  <ConsensusRuleText rule={q.consensusRule} config={q.config} />
                </td>
                <td>
                  <LatestConsensus latest={q.latest} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <QuestionForm forumId={forumId} sets={sets} values={values} errors={errors} />
    </section>
  );
}

/** The create form: every kind's settings are shown, each in its own fieldset, so it works without JavaScript. */
export function QuestionForm({
  forumId,
  sets,
  values,
  errors,
}: {
  forumId: number;
  sets: ScenarioSet[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const v = (k: string) => values[k] ?? "";
  const input = (name: string, extra: Record<string, string> = {}) => (
    <input name={name} value={v(name)} {...extra} {...describedBy(name, errors[name])} />
  );
  const ruleKind = v("ruleKind") || "iqr-at-most";
  return (
    <form method="post" action={`/forums/${forumId}/questions`} id="question-form" novalidate>
      <h2>{t("org.questions.new")}</h2>
      <FormErrors errors={errors} />
      <Field name="kind" label={t("org.questions.kind")} error={errors.kind}>
        <select name="kind" {...describedBy("kind", errors.kind)}>
          {QUESTION_KINDS.map((k) => (
            <option value={k} selected={v("kind") === k}>
              {t(`org.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="title" label={t("org.questions.questionTitle")} error={errors.title}>
        {input("title")}
      </Field>
      <Field name="body" label={t("org.questions.body")} error={errors.body}>
        <textarea name="body" rows={3} {...describedBy("body", errors.body)}>
          {v("body")}
        </textarea>
      </Field>
      <Field
        name="resolutionCriteria"
        label={t("org.questions.resolution")}
        hint={t("org.questions.resolutionHint")}
        error={errors.resolutionCriteria}
      >
        <textarea
          name="resolutionCriteria"
          rows={3}
          {...describedBy("resolutionCriteria", errors.resolutionCriteria, true)}
        >
          {v("resolutionCriteria")}
        </textarea>
      </Field>
      <fieldset>
        <legend>{t("org.questions.allocationSettings")}</legend>
        <Field name="scenarioSetId" label={t("org.questions.scenarioSet")} error={errors.scenarioSetId}>
          <select name="scenarioSetId" {...describedBy("scenarioSetId", errors.scenarioSetId)}>
            <option value="">{t("org.questions.chooseSet")}</option>
            {sets.map((s) => (
              <option value={String(s.id)} selected={v("scenarioSetId") === String(s.id)}>
                {s.title}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t("org.questions.quantitySettings")}</legend>
        <Field name="unit" label={t("org.questions.unit")} error={errors.unit}>
          {input("unit")}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t("org.questions.ratingSettings")}</legend>
        <Field name="ratingMin" label={t("org.questions.ratingMin")} error={errors.ratingMin}>
          {input("ratingMin", { inputmode: "numeric" })}
        </Field>
        <Field name="ratingMax" label={t("org.questions.ratingMax")} error={errors.ratingMax}>
          {input("ratingMax", { inputmode: "numeric" })}
        </Field>
        <Field name="minLabel" label={t("org.questions.minLabel")} error={errors.minLabel}>
          {input("minLabel")}
        </Field>
        <Field name="maxLabel" label={t("org.questions.maxLabel")} error={errors.maxLabel}>
          {input("maxLabel")}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t("org.questions.rankingSettings")}</legend>
        <Field name="rankingOptions" label={t("org.questions.rankingOptions")} error={errors.rankingOptions}>
          <textarea name="rankingOptions" rows={4} {...describedBy("rankingOptions", errors.rankingOptions)}>
            {v("rankingOptions")}
          </textarea>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t("org.questions.rule")}</legend>
        <p class="hint">{t("org.questions.ruleHint")}</p>
        <label class="choice">
          <input type="radio" name="ruleKind" value="iqr-at-most" checked={ruleKind === "iqr-at-most"} />{" "}
          {t("org.questions.ruleIqr")}
        </label>
        <Field
          name="iqrMax"
          label={t("org.questions.iqrMax")}
          hint={t("org.questions.iqrHint")}
          error={errors.iqrMax}
        >
          <input
            name="iqrMax"
            value={v("iqrMax")}
            inputmode="decimal"
            {...describedBy("iqrMax", errors.iqrMax, true)}
          />
        </Field>
        <label class="choice">
          <input type="radio" name="ruleKind" value="share-in-band" checked={ruleKind === "share-in-band"} />{" "}
          {t("org.questions.ruleBand")}
        </label>
        {errors.ruleKind && (
          <p class="error" role="alert">
            {t(errors.ruleKind as MessageKey)}
          </p>
        )}
        <Field name="bandLow" label={t("org.questions.bandLow")} error={errors.bandLow}>
          {input("bandLow", { inputmode: "decimal" })}
        </Field>
        <Field name="bandHigh" label={t("org.questions.bandHigh")} error={errors.bandHigh}>
          {input("bandHigh", { inputmode: "decimal" })}
        </Field>
        <Field name="minShare" label={t("org.questions.minShare")} error={errors.minShare}>
          {input("minShare", { inputmode: "decimal" })}
        </Field>
        <label class="choice">
          <input
            type="radio"
            name="ruleKind"
            value="kendall-at-least"
            checked={ruleKind === "kendall-at-least"}
          />{" "}
          {t("org.questions.ruleKendall")}
        </label>
        <Field
          name="kendallMin"
          label={t("org.questions.kendallMin")}
          hint={t("org.questions.kendallHint")}
          error={errors.kendallMin}
        >
          <input
            name="kendallMin"
            value={v("kendallMin")}
            inputmode="decimal"
            {...describedBy("kendallMin", errors.kendallMin, true)}
          />
        </Field>
      </fieldset>
      <button type="submit" class="primary">
        {t("org.questions.create")}
      </button>
    </form>
  );
}
