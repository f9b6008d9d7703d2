import type { Child } from "hono/jsx";
import { PROMOTE_KINDS, type PromoteAs, type ReviewIdea } from "../../../src/domain/ideas.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "../organiser/ForumNav.js";

export type ReviewProps = {
  forumId: number;
  anonymity: "quasi" | "strict";
  round: { number: number; state: string };
  /** Each prompt with what its items usually become: the promote form's default choice. */
  prompts: { id: number; title: string; becomes: PromoteAs }[];
  items: ReviewIdea[];
  sets: { id: number; title: string }[];
  /** Titles of the forum's questions, to name what a promoted item became. */
  questionTitles?: Map<number, string>;
  /** The item whose action was refused, and the message to show beside it. */
  refused: { ideaId: number; message: string } | null;
  /** Experts' current ratings per item: how many rated it and their mean (1–5). */
  ratings?: Map<number, { count: number; mean: number }>;
};

const shown = (i: ReviewIdea) => i.editedTitle ?? i.title;

/**
 * The organiser's review of an ideas round: every item per prompt with its proposer (name under
 * quasi-anonymity, pseudonym only under strict) and forms to merge, edit, reject and promote.
 */
export function ReviewPage({
  forumId,
  anonymity,
  round,
  prompts,
  items,
  sets,
  questionTitles,
  refused,
  ratings,
}: ReviewProps) {
  const { t, formatNumber } = useI18n();
  const base = `/forums/${forumId}/rounds/${round.number}/ideas`;
  const reviewable = round.state === "closed" || round.state === "published";
  return (
    <section id="ideas-review">
      <h1>{t("org.review.title", { number: round.number })}</h1>
      <ForumNav forumId={forumId} />
      <p>{t("org.review.intro")}</p>
      {anonymity === "strict" && <p class="anonymity">{t("org.review.strict")}</p>}
      {!reviewable && <p class="notice">{t(`roundState.${round.state}` as MessageKey)}</p>}
      {prompts.map((p) => {
        const list = items.filter((i) => i.questionId === p.id);
        const targets = list.filter((i) => i.status === "submitted" || i.status === "promoted");
        return (
          <section class="idea-prompt" id={`review-prompt-${p.id}`}>
            <h2>{p.title}</h2>
            {list.length === 0 && <p>{t("org.review.empty")}</p>}
            <ol class="review-list">
              {list.map((i) => {
                const merged = list.filter((m) => m.mergedInto === i.id).map((m) => `#${m.id}`);
                return (
                  <li class={`card idea-${i.status}`} id={`review-idea-${i.id}`}>
                    <p>
                      <strong>
                        #{i.id} {shown(i)}
                      </strong>
                    </p>
                    <p>{i.editedExplanation ?? i.explanation}</p>
                    {i.editedTitle !== null && (
                      <p class="meta">{t("org.review.original", { title: i.title })}</p>
                    )}
                    <p class="meta">
                      {t("org.review.by", {
                        who: anonymity === "quasi" && i.name ? `${i.name} (${i.pseudonym})` : i.pseudonym,
                      })}{" "}
                      · <span class="status">{statusText(t, i, forumId, items, questionTitles)}</span>
                      {merged.length > 0 && <> · {t("org.review.mergedFrom", { ids: merged.join(", ") })}</>}
                    </p>
                    {ratings?.get(i.id) && (
                      <p class="meta idea-ratings">
                        {t("org.review.ratings", {
                          count: ratings.get(i.id)!.count,
                          mean: formatNumber(ratings.get(i.id)!.mean, 1),
                        })}
                      </p>
                    )}
                    {refused?.ideaId === i.id && (
                      <p class="error" role="alert">
                        {t(refused.message as MessageKey)}
                      </p>
                    )}
                    {reviewable && i.status === "submitted" && (
                      <div class="review-actions">
                        <form method="post" action={`${base}/${i.id}/merge`} class="inline">
                          <label>
                            {t("org.review.merge")}{" "}
                            <select name="into">
                              {targets
                                .filter((x) => x.id !== i.id)
                                .map((x) => (
                                  <option value={String(x.id)}>
                                    #{x.id} {shown(x)}
                                  </option>
                                ))}
                            </select>
                          </label>{" "}
                          <button type="submit">{t("org.review.mergeButton")}</button>
                        </form>
                        <FoldedForm action={`${base}/${i.id}/edit`} {...FOLDED.edit}>
                          <label>
                            {t("ideas.titleField")}
                            <input type="text" name="title" value={shown(i)} maxlength={200} />
                          </label>
                          <label>
                            {t("ideas.explanationField")}
                            <textarea name="explanation" rows={2}>
                              {i.editedExplanation ?? i.explanation}
                            </textarea>
                          </label>
                        </FoldedForm>
                        <FoldedForm action={`${base}/${i.id}/reject`} {...FOLDED.reject}>
                          <label>
                            {t("org.review.reason")}
                            <input type="text" name="reason" maxlength={1000} />
                          </label>
                        </FoldedForm>
                        <form method="post" action={`${base}/${i.id}/promote`} class="promote-form">
                          <fieldset>
                            <legend>{t("org.review.promote")}</legend>
                            {PROMOTE_KINDS.map((k) => (
                              <label class="choice">
                                <input type="radio" name="as" value={k} checked={k === p.becomes} />{" "}
                                {t(`org.review.as.${k}`)}
                              </label>
                            ))}
                            {sets.length > 0 && (
                              <label>
                                {t("org.review.scenarioSet")}{" "}
                                <select name="scenarioSetId">
                                  {sets.map((s) => (
                                    <option value={String(s.id)}>{s.title}</option>
                                  ))}
                                  <option value="new">{t("org.review.newSetOption")}</option>
                                </select>
                              </label>
                            )}
                            <label>
                              {t(sets.length > 0 ? "org.review.newSetTitleOr" : "org.review.newSetTitle")}{" "}
                              <input type="text" name="newSetTitle" maxlength={200} />
                            </label>
                            <button type="submit" class="primary">
                              {t("org.review.promoteButton")}
                            </button>
                          </fieldset>
                        </form>
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

/** The folded forms of an item: what their summary and their button say. */
const FOLDED = {
  edit: { summary: "org.review.edit", button: "org.review.editButton" },
  reject: { summary: "org.review.reject", button: "org.review.rejectButton" },
} as const satisfies Record<string, { summary: MessageKey; button: MessageKey }>;

/** An action kept folded until the organiser opens it: its summary, then its form and submit button. */
function FoldedForm(p: { summary: MessageKey; action: string; button: MessageKey; children: Child }) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t(p.summary)}</summary>
      <form method="post" action={p.action}>
        {p.children}
        <button type="submit">{t(p.button)}</button>
      </form>
    </details>
  );
}

/** An item's fate, with a link to what it became: the item it was merged into, or the promoted question. */
function statusText(
  t: ReturnType<typeof useI18n>["t"],
  i: ReviewIdea,
  forumId: number,
  items: readonly ReviewIdea[],
  questionTitles: Map<number, string> | undefined,
) {
  switch (i.status) {
    case "merged": {
      const into = items.find((x) => x.id === i.mergedInto);
      return (
        <>
          {t("org.review.status.mergedInto")}{" "}
          <a href={`#review-idea-${i.mergedInto ?? 0}`}>{into ? shown(into) : `#${i.mergedInto ?? 0}`}</a>
        </>
      );
    }
    case "rejected":
      return t("org.review.status.rejected", { reason: i.rejectReason ?? "" });
    case "promoted": {
      const qid = i.promotedQuestionId ?? 0;
      return (
        <>
          {t("org.review.status.promotedTo")}{" "}
          <a href={`/forums/${forumId}/questions/${qid}/edit`}>{questionTitles?.get(qid) ?? `#${qid}`}</a>
        </>
      );
    }
    default:
      return t("org.review.status.submitted");
  }
}
