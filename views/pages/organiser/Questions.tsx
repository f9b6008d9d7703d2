import type { ForumQuestion } from "../../../src/domain/questions.js";
import { QUESTION_KINDS, type QuestionConfig, type QuestionKind } from "../../../src/domain/questions.js";
import type { ScenarioSet } from "../../../src/domain/scenarios.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { ColumnHeads } from "../../components/ColumnHeads.js";
import {
  describedBy,
  Field,
  FieldError,
  FormErrors,
  type FormState,
  type TextFieldAttrs,
  textFields,
} from "../../components/Field.js";
import { QuestionText } from "../../components/QuestionText.js";
import { useI18n } from "../../context.js";
import { AnswerForm } from "../../partials/AnswerForm.js";
import { ConsensusRuleText, LatestConsensus } from "./ConsensusRuleText.js";
import { ForumSection } from "./ForumNav.js";

export type QuestionsProps = FormState & {
  forumId: number;
  questions: ForumQuestion[];
  sets: ScenarioSet[];
  /** A checked question shown as an expert will see it (nothing saved yet). */
  preview?: QuestionPreviewProps;
};

const DECIMAL: TextFieldAttrs = { inputmode: "decimal" };

export function QuestionsPage({ forumId, questions, sets, values, errors, preview }: QuestionsProps) {
  const { t } = useI18n();
  return (
    <ForumSection id="questions" title={t("org.questions.title")} forumId={forumId}>
      {questions.length === 0 ? (
        <p>{t("org.questions.none")}</p>
      ) : (
        <table class="questions-table" id="question-list">
          <ColumnHeads
            cols={[
              t("org.questions.kind"),
              t("org.questions.questionTitle"),
              t("org.questions.rule"),
              t("org.questions.consensus"),
            ]}
          />
          <tbody>
            {questions.map((q, i) => (
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
                  <RowActions forumId={forumId} question={q} index={i} count={questions.length} />
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
      {preview && <QuestionPreview {...preview} />}
    </ForumSection>
  );
}

type RowAction = {
  path: "move" | "delete";
  direction?: "up" | "down";
  key: "moveUp" | "moveDown" | "delete";
};

/** What an organiser can do to a question of the list: move it up or down, delete it while never asked. */
function RowActions(p: { forumId: number; question: ForumQuestion; index: number; count: number }) {
  const { t } = useI18n();
  const number = p.index + 1;
  const actions: (RowAction | false)[] = [
    p.index > 0 && { path: "move", direction: "up", key: "moveUp" },
    p.index < p.count - 1 && { path: "move", direction: "down", key: "moveDown" },
    !p.question.asked && { path: "delete", key: "delete" },
  ];
  return (
    <span class="row-actions">
      {actions.map(
        (a) =>
          a && (
            <form
              method="post"
              action={`/forums/${p.forumId}/questions/${p.question.id}/${a.path}`}
              class="inline"
            >
              {a.direction && <input type="hidden" name="direction" value={a.direction} />}
              <button type="submit" class="small" aria-label={t(`org.qb.${a.key}Label`, { number })}>
                {t(`org.qb.${a.key}`)}
              </button>
            </form>
          ),
      )}
    </span>
  );
}

/** The kind named in the form's values, if it is one an organiser can create here. */
export function chosenKind(values: Record<string, string>): QuestionKind | null {
  return (QUESTION_KINDS as readonly string[]).includes(values.kind ?? "")
    ? (values.kind as QuestionKind)
    : null;
}

/**
 * The question builder: the kind first, then the fields every question has, then only that kind's
 * settings and the consensus rules that fit it. With JavaScript, choosing a kind swaps in its settings
 * (htmx, the text typed above stays); without it, "Show its settings" posts the form back with what was
 * typed. "Preview" checks the question and shows it as an expert will see it, without saving.
 */
export function QuestionForm({
  forumId,
  sets,
  values,
  errors,
}: FormState & {
  forumId: number;
  sets: ScenarioSet[];
}) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  const kind = chosenKind(values);
  return (
    <form method="post" action={`/forums/${forumId}/questions`} id="question-form" novalidate>
      <h2>{t("org.questions.new")}</h2>
      <FormErrors errors={errors} />
      <Field name="kind" label={t("org.questions.kind")} hint={t("org.qb.kindHint")} error={errors.kind}>
        <select
          name="kind"
          hx-get={`/forums/${forumId}/questions/kind-fields`}
          hx-trigger="change"
          hx-target="#kind-fields"
          hx-swap="outerHTML"
          {...describedBy("kind", errors.kind, true)}
        >
          <option value="" selected={kind === null}>
            {t("org.qb.chooseKind")}
          </option>
          {QUESTION_KINDS.map((k) => (
            <option value={k} selected={kind === k}>
              {t(`org.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <noscript>
        <button type="submit" name="intent" value="kind">
          {t("org.qb.showSettings")}
        </button>
      </noscript>
      {field("title", t("org.questions.questionTitle"))}
      {field("body", t("org.questions.body"), undefined, { rows: 3 })}
      {field("resolutionCriteria", t("org.questions.resolution"), t("org.questions.resolutionHint"), {
        rows: 3,
      })}
      <KindFields forumId={forumId} kind={kind} sets={sets} values={values} errors={errors} />
    </form>
  );
}

/**
 * The settings of one kind and the consensus rules that fit it, with the form's buttons; its own htmx
 * swap target (#kind-fields). An allocation needs a scenario set: without one it says so and links to
 * the scenarios page instead of offering a form that cannot be saved.
 */
export function KindFields({
  forumId,
  kind,
  sets,
  values,
  errors,
}: FormState & {
  forumId: number;
  kind: QuestionKind | null;
  sets: ScenarioSet[];
}) {
  const { t } = useI18n();
  const v = (k: string) => values[k] ?? "";
  const field = textFields(values, errors);
  if (kind === null)
    return (
      <div id="kind-fields">
        <p class="hint">{t("org.qb.kindFirst")}</p>
      </div>
    );
  if (kind === "allocation" && sets.length === 0)
    return (
      <div id="kind-fields" data-kind={kind}>
        <p class="notice" id="needs-scenario-set">
          {t("org.qb.setFirst")} <a href={`/forums/${forumId}/scenarios`}>{t("org.qb.createSet")}</a>
        </p>
        <FieldError name="scenarioSetId" error={errors.scenarioSetId} />
      </div>
    );
  const ruleKind = kind === "ranking" ? "kendall-at-least" : v("ruleKind") || "iqr-at-most";
  return (
    <div id="kind-fields" data-kind={kind}>
      <p class="hint">{t(`org.qb.about.${kind}` as MessageKey)}</p>
      {kind === "allocation" && (
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
      )}
      {kind === "quantity" && (
        <fieldset>
          <legend>{t("org.questions.quantitySettings")}</legend>
          {field("unit", t("org.questions.unit"))}
        </fieldset>
      )}
      {kind === "rating" && (
        <fieldset>
          <legend>{t("org.questions.ratingSettings")}</legend>
          {field("ratingMin", t("org.questions.ratingMin"), undefined, { inputmode: "numeric" })}
          {field("ratingMax", t("org.questions.ratingMax"), undefined, { inputmode: "numeric" })}
          {field("minLabel", t("org.questions.minLabel"))}
          {field("maxLabel", t("org.questions.maxLabel"))}
        </fieldset>
      )}
      {kind === "ranking" && (
        <fieldset>
          <legend>{t("org.questions.rankingSettings")}</legend>
          {field("rankingOptions", t("org.questions.rankingOptions"), undefined, { rows: 4 })}
        </fieldset>
      )}
      <fieldset>
        <legend>{t("org.questions.rule")}</legend>
        <p class="hint">{t("org.questions.ruleHint")}</p>
        {kind === "ranking" ? (
          <>
            <input type="hidden" name="ruleKind" value="kendall-at-least" />
            <p>{t("org.questions.ruleKendall")}</p>
            {field("kendallMin", t("org.questions.kendallMin"), t("org.questions.kendallHint"), DECIMAL)}
          </>
        ) : (
          <>
            <label class="choice">
              <input type="radio" name="ruleKind" value="iqr-at-most" checked={ruleKind === "iqr-at-most"} />{" "}
              {t("org.questions.ruleIqr")}
            </label>
            {field("iqrMax", t("org.questions.iqrMax"), t("org.questions.iqrHint"), DECIMAL)}
            <label class="choice">
              <input
                type="radio"
                name="ruleKind"
                value="share-in-band"
                checked={ruleKind === "share-in-band"}
              />{" "}
              {t("org.questions.ruleBand")}
            </label>
            {errors.ruleKind && (
              <p class="error" role="alert">
                {t(errors.ruleKind as MessageKey)}
              </p>
            )}
            {field("bandLow", t("org.questions.bandLow"), undefined, DECIMAL)}
            {field("bandHigh", t("org.questions.bandHigh"), undefined, DECIMAL)}
            {field("minShare", t("org.questions.minShare"), undefined, DECIMAL)}
          </>
        )}
      </fieldset>
      <p class="actions">
        <button
          type="submit"
          name="intent"
          value="preview"
          formaction={`/forums/${forumId}/questions#question-preview`}
        >
          {t("org.qb.preview")}
        </button>{" "}
        <button type="submit" class="primary">
          {t("org.questions.create")}
        </button>
      </p>
    </div>
  );
}

export type QuestionPreviewProps = {
  title: string;
  body: string;
  resolutionCriteria: string;
  config: QuestionConfig;
};

/** A checked question as an expert will see it: its text and the answer form, inert (nothing is saved). */
export function QuestionPreview({ title, body, resolutionCriteria, config }: QuestionPreviewProps) {
  const { t } = useI18n();
  return (
    <section id="question-preview" class="question-preview" aria-labelledby="question-preview-title">
      <h2 id="question-preview-title">{t("org.qb.previewTitle")}</h2>
      <p class="hint">{t("org.qb.previewHint")}</p>
      <div class="question-page">
        <QuestionText title={title} body={body} resolutionCriteria={resolutionCriteria} preview />
        <fieldset disabled class="preview-form">
          <AnswerForm action="#" config={config} values={{}} errors={{}} status={null} />
        </fieldset>
      </div>
    </section>
  );
}
