import type { MyIdea, PeerIdea } from "../../../src/domain/ideas.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { describedBy, Field, FormErrors, type FormState } from "../../components/Field.js";
import { useI18n } from "../../context.js";

export type ExpertIdeasProps = {
  forumId: number;
  anonymity: "quasi" | "strict";
  round: { number: number; state: string; instructions: string };
  prompts: { id: number; title: string }[];
  mine: MyIdea[];
  /** The prompt whose add-form was refused (422), with what was typed and the errors. */
  failed: (FormState & { questionId: number }) | null;
  saved: boolean;
  /** Other experts' undecided items to rate (no authors); empty when the round cannot take ratings. */
  peers?: PeerIdea[];
  rated?: boolean;
  rateError?: { ideaId: number; message: MessageKey } | null;
};

/** An expert's page of an ideas round: per prompt, their own items (editable while open) and an add form. */
export function ExpertIdeasPage({
  forumId,
  anonymity,
  round,
  prompts,
  mine,
  failed,
  saved,
  peers = [],
  rated = false,
  rateError = null,
}: ExpertIdeasProps) {
  const { t } = useI18n();
  const base = `/forums/${forumId}/rounds/${round.number}/ideas`;
  const open = round.state === "open";
  return (
    <section id="ideas-round">
      <h1>{t("ideas.title", { number: round.number })}</h1>
      <p class="meta">{t(`roundState.${round.state}` as MessageKey)}</p>
      <p class="anonymity-note">
        {t(anonymity === "strict" ? "ideas.anonymity.strict" : "ideas.anonymity.quasi")}
      </p>
      {round.instructions && <p class="instructions">{round.instructions}</p>}
      <p>{open ? t("ideas.intro") : t("ideas.closed")}</p>
      {(saved || rated) && (
        <p class="notice" role="status">
          {t(rated ? "ideas.rate.saved" : "ideas.saved")}
        </p>
      )}
      <p>
        <a href={`/forums/${forumId}/my-ideas`}>{t("ideas.myIdeasLink")}</a>
      </p>
      {prompts.map((p) => {
        const items = mine.filter((m) => m.questionId === p.id);
        const err = failed?.questionId === p.id ? failed : null;
        return (
          <section class="card idea-prompt" id={`prompt-${p.id}`} aria-labelledby={`prompt-${p.id}-title`}>
            <h2 id={`prompt-${p.id}-title`}>{p.title}</h2>
            <h3>
              {t("ideas.yours")} · {t("ideas.count", { count: items.length })}
            </h3>
            {items.length === 0 ? (
              <p>{t("ideas.none")}</p>
            ) : (
              <ul class="idea-list">
                {items.map((i) =>
                  open && i.status === "submitted" ? (
                    <li id={`idea-${i.id}`}>
                      <form method="post" action={`${base}/${i.id}`} class="idea-edit">
                        <input type="hidden" name="questionId" value={String(p.id)} />
                        <Field name={`title-${i.id}`} label={t("ideas.titleField")}>
                          <input
                            type="text"
                            name="title"
                            id={`f-title-${i.id}`}
                            value={i.title}
                            maxlength={200}
                            required
                          />
                        </Field>
                        <Field name={`explanation-${i.id}`} label={t("ideas.explanationField")}>
                          <textarea name="explanation" id={`f-explanation-${i.id}`} rows={2}>
                            {i.explanation}
                          </textarea>
                        </Field>
                        <button type="submit" class="secondary">
                          {t("ideas.save")}
                        </button>
                      </form>
                    </li>
                  ) : (
                    <li id={`idea-${i.id}`}>
                      <strong>{i.title}</strong> {i.explanation && <span>— {i.explanation}</span>}
                    </li>
                  ),
                )}
              </ul>
            )}
            {open && (
              <form method="post" action={base} class="idea-add" id={`add-${p.id}`} novalidate>
                <h3>{t("ideas.add")}</h3>
                {err && <FormErrors errors={err.errors} />}
                <input type="hidden" name="questionId" value={String(p.id)} />
                <Field name={`new-title-${p.id}`} label={t("ideas.titleField")} error={err?.errors.title}>
                  <input
                    type="text"
                    name="title"
                    maxlength={200}
                    value={err?.values.title ?? ""}
                    {...describedBy(`new-title-${p.id}`, err?.errors.title)}
                  />
                </Field>
                <Field
                  name={`new-explanation-${p.id}`}
                  label={t("ideas.explanationField")}
                  error={err?.errors.explanation}
                >
                  <textarea
                    name="explanation"
                    rows={3}
                    {...describedBy(`new-explanation-${p.id}`, err?.errors.explanation)}
                  >
                    {err?.values.explanation ?? ""}
                  </textarea>
                </Field>
                <button type="submit" class="primary">
                  {t("ideas.submit")}
                </button>
              </form>
            )}
            <PeerIdeas base={base} items={peers.filter((x) => x.questionId === p.id)} error={rateError} />
          </section>
        );
      })}
    </section>
  );
}

/** Other experts' items of a prompt, without authors, each with the expert's 1–5 rating form. */
function PeerIdeas(p: { base: string; items: PeerIdea[]; error: ExpertIdeasProps["rateError"] }) {
  const { t } = useI18n();
  if (p.items.length === 0) return null;
  return (
    <section class="peer-ideas">
      <h3>{t("ideas.rate.title")}</h3>
      <p class="hint">{t("ideas.rate.hint")}</p>
      <ul class="idea-list">
        {p.items.map((i) => (
          <li id={`peer-idea-${i.id}`}>
            <strong>{i.title}</strong> {i.explanation && <span>— {i.explanation}</span>}
            <form method="post" action={`${p.base}/${i.id}/rate`} class="idea-rate" novalidate>
              {p.error?.ideaId === i.id && (
                <p class="error" role="alert" id={`rate-error-${i.id}`}>
                  {t(p.error.message)}
                </p>
              )}
              <fieldset>
                <legend>{t("ideas.rate.legend")}</legend>
                {[1, 2, 3, 4, 5].map((n) => (
                  <label class="inline">
                    <input type="radio" name="value" value={String(n)} checked={i.myRating === n} /> {n}
                  </label>
                ))}
              </fieldset>
              {i.myRating !== null && <p class="meta">{t("ideas.rate.yours", { value: i.myRating })}</p>}
              <button type="submit" class="secondary">
                {t("ideas.rate.button")}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
