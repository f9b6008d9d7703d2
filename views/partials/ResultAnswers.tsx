import { type AnswerListOptions, answerSortValue, type ListedAnswer } from "../../src/domain/answer-list.js";
import type { Question } from "../../src/domain/questions.js";
import { scalarOf } from "../../src/domain/questions.js";
import type { QuestionSnapshot } from "../../src/domain/snapshot.js";
import { Legend } from "../components/Legend.js";
import { ScenarioBars, scenarioBars } from "../components/ScenarioBars.js";
import { StripPlot } from "../components/StripPlot.js";
import { useI18n } from "../context.js";
import { chartDomain, describeAnswer, formatCount, valueFormatter } from "../format.js";
import { pooledValues } from "./DashboardResults.js";

/** The id htmx swaps when the organiser sorts, filters or searches one question's answers. */
export const answersId = (questionId: number) => `answers-${questionId}`;

/**
 * The chart the stakeholders' dashboard draws for a question (the strip plot of answers, or the
 * scenario bars for an allocation; rankings have none there either), here with every dot named by
 * its pseudonym. The chart always shows every answer; the list below it is what filters.
 */
export function ResultChart({ question, snapshot }: { question: Question; snapshot: QuestionSnapshot }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, question.config);
  if (question.config.kind === "allocation" && snapshot.perOption) {
    const values = pooledValues(
      { questionId: question.id, title: question.title, config: question.config, snapshot },
      "median",
    );
    return (
      <>
        <ScenarioBars
          id={`result-bars-${question.id}`}
          title={question.title}
          bars={scenarioBars(snapshot.perOption, values)}
          format={f}
        />
        <Legend
          keys={[
            { swatch: "bar-swatch", label: t("dashboard.legendPooled") },
            { swatch: "spread-swatch", label: t("dashboard.legendSpread") },
          ]}
        />
      </>
    );
  }
  if (!snapshot.summary || snapshot.perOption) return null;
  const values = snapshot.responses.map((r) => scalarOf(r.value));
  return (
    <StripPlot
      id={`result-strip-${question.id}`}
      title={question.title}
      points={snapshot.responses.map((r) => ({
        value: scalarOf(r.value),
        label: t("pseudonym", { code: r.pseudonym }),
      }))}
      domain={chartDomain(question.config, values)}
      median={snapshot.summary.median}
      q1={snapshot.summary.q1}
      q3={snapshot.summary.q3}
      format={f}
    />
  );
}

export type ResultAnswersProps = {
  /** The results page's path (the form's GET target). */
  action: string;
  question: Question;
  snapshot: QuestionSnapshot;
  answers: ListedAnswer[];
  options: AnswerListOptions;
  /** Names by pseudonym: empty unless organisers may pair them (quasi-anonymity, visibility.ts). */
  names: ReadonlyMap<string, string>;
  /** How many answers to show before "show more" (ANSWERS_PAGE when absent). */
  shown?: number;
};

/** How many answers a question's list shows at first, and how many more each "show more" adds. */
export const ANSWERS_PAGE = 25;

/**
 * Every answer of a question with its reason beside it, under its pseudonym, and a GET form to sort
 * by answer, keep only the answers outside the middle half, and search the reasons. Works as a plain
 * form; htmx swaps only this element and pushes the URL.
 */
export function ResultAnswers({
  action,
  question,
  snapshot,
  answers,
  options,
  names,
  shown = ANSWERS_PAGE,
}: ResultAnswersProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = answersId(question.id);
  const parts =
    question.config.kind === "allocation" || question.config.kind === "ranking"
      ? (snapshot.perOption ?? []).map((o) => o.label)
      : [];
  const field = (name: string) => `${id}-${name}`;
  // The exact value on hover, as the statistics tables give it (a rounded 35% may lie above a Q3 of 35%).
  const exact = (value: ListedAnswer["value"]) =>
    question.config.kind === "binary" ||
    question.config.kind === "rating" ||
    question.config.kind === "quantity"
      ? String(answerSortValue(value, 0))
      : undefined;
  const filtered = options.outside || options.query.trim() !== "";
  const visible = answers.slice(0, shown);
  // The same list with ANSWERS_PAGE more: the filter and sort kept, swapped in place by htmx.
  const more = new URLSearchParams({ question: String(question.id) });
  if (options.sort) more.set("sort", options.sort);
  if (options.by) more.set("by", String(options.by));
  if (options.outside) more.set("outside", "1");
  if (options.query) more.set("q", options.query);
  more.set("shown", String(shown + ANSWERS_PAGE));
  const moreHref = `${action}?${more}`;
  return (
    <section class="result-answers" id={id} aria-labelledby={field("h")}>
      <h3 id={field("h")}>{t("org.answers.title")}</h3>
      <form
        method="get"
        action={`${action}#${id}`}
        class="answer-filter"
        hx-get={action}
        hx-target={`#${id}`}
        hx-swap="outerHTML"
        hx-push-url="true"
        hx-trigger="submit, change, input changed delay:400ms from:find input[type=search]"
      >
        <input type="hidden" name="question" value={String(question.id)} />
        <label for={field("sort")}>
          {t("org.answers.sort")}{" "}
          <select name="sort" id={field("sort")}>
            <option value="" selected={options.sort === null}>
              {t("org.answers.sortNone")}
            </option>
            <option value="asc" selected={options.sort === "asc"}>
              {t("org.answers.sortAsc")}
            </option>
            <option value="desc" selected={options.sort === "desc"}>
              {t("org.answers.sortDesc")}
            </option>
          </select>
        </label>
        {parts.length > 0 && (
          <label for={field("by")}>
            {t(question.config.kind === "ranking" ? "org.answers.byOption" : "org.answers.byScenario")}{" "}
            <select name="by" id={field("by")}>
              {parts.map((label, i) => (
                <option value={String(i)} selected={options.by === i}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="check" for={field("outside")}>
          <input type="checkbox" name="outside" value="1" id={field("outside")} checked={options.outside} />{" "}
          {t("org.answers.outside")}
        </label>
        <label for={field("q")}>
          {t("org.answers.search")}{" "}
          <input type="search" name="q" id={field("q")} value={options.query} maxlength={200} />
        </label>
        <button type="submit">{t("org.answers.apply")}</button>
        {(filtered || options.sort) && (
          <a href={`${action}#${id}`} class="clear">
            {t("org.answers.clear")}
          </a>
        )}
      </form>
      <p class="meta" aria-live="polite">
        {filtered
          ? t("org.answers.shown", { shown: answers.length, total: snapshot.responses.length })
          : t("org.answers.count", { total: snapshot.responses.length })}
      </p>
      {answers.length === 0 ? (
        <p>{t(filtered ? "org.answers.noneMatch" : "org.answers.none")}</p>
      ) : (
        <ol class="answer-list">
          {visible.map((a) => {
            const name = names.get(a.pseudonym);
            return (
              <li class={a.outside ? "answer-item outside" : "answer-item"}>
                <div class="answer-side">
                  <strong class="answer-value" title={exact(a.value)}>
                    {describeAnswer(i18n, question.config, a.value)}
                  </strong>
                  <span class="who">
                    {t("pseudonym", { code: a.pseudonym })}
                    {name && ` · ${name}`}
                  </span>
                  {a.outside && <span class="badge badge-outside">{t("org.answers.outsideBadge")}</span>}
                </div>
                {a.rationale ? (
                  <p class="rationale" hx-disable>
                    {a.rationale}
                  </p>
                ) : (
                  <p class="rationale no-reason">{t("org.answers.noReason")}</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {answers.length > visible.length && (
        <p class="more-answers">
          <a href={`${moreHref}#${id}`} hx-get={moreHref} hx-target={`#${id}`} hx-swap="outerHTML">
            {t("org.answers.more", { n: formatCount(i18n, answers.length - visible.length) })}
          </a>
        </p>
      )}
    </section>
  );
}
