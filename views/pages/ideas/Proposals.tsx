import type { ProposalResult, ProposalRow } from "../../../src/domain/proposals.js";
import { FormErrors, type FormState, TextField, textFields } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ProposalResults } from "../../partials/ProposalResults.js";
import { ForumNav } from "../organiser/ForumNav.js";

export type ProposalsProps = FormState & {
  forumId: number;
  proposals: ProposalRow[];
  results: ProposalResult[];
  /** The proposal whose revision was refused, with its message. */
  refused: { id: number; message: string } | null;
};

/** The organiser's proposals and trends: results, wording revisions with history, and a create form. */
export function ProposalsPage({ forumId, proposals, results, values, errors, refused }: ProposalsProps) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  const base = `/forums/${forumId}/proposals`;
  return (
    <section id="proposals">
      <h1>{t("org.proposals.title")}</h1>
      <ForumNav forumId={forumId} />
      <p>{t("org.proposals.intro")}</p>
      <ProposalResults results={results} showGroups />
      {proposals.length === 0 && <p>{t("org.proposals.none")}</p>}
      <ul class="proposal-list">
        {proposals.map((p) => (
          <li class="card" id={`proposal-${p.id}`}>
            <h3>
              {p.title} {p.config.trend && <span class="badge">{t("org.proposals.trend")}</span>}
            </h3>
            {p.body && <p>{p.body}</p>}
            <p class="meta">
              {t("org.proposals.version", { version: p.version })} ·{" "}
              {p.config.dimensions.map((d) => `${d.label} (${d.min}–${d.max})`).join(" · ")}
            </p>
            {p.history.length > 0 && (
              <details>
                <summary>{t("org.proposals.history")}</summary>
                <ol>
                  {p.history.map((h) => (
                    <li>
                      {t("org.proposals.version", { version: h.version })}: <strong>{h.title}</strong>
                      {h.body && <> — {h.body}</>}
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {refused?.id === p.id && (
              <p class="error" role="alert">
                {t(refused.message as "org.refused.reviseOpen")}
              </p>
            )}
            {p.inOpenRound ? (
              <p class="meta">{t("org.proposals.inOpenRound")}</p>
            ) : (
              <details>
                <summary>{t("org.proposals.revise")}</summary>
                <form method="post" action={`${base}/${p.id}/revise`}>
                  <label>
                    {t("org.questions.questionTitle")}
                    <input type="text" name="title" value={p.title} maxlength={300} />
                  </label>
                  <label>
                    {t("ideas.explanationField")}
                    <textarea name="body" rows={3}>
                      {p.body}
                    </textarea>
                  </label>
                  <button type="submit">{t("org.proposals.reviseButton")}</button>
                </form>
              </details>
            )}
          </li>
        ))}
      </ul>
      <h2>{t("org.proposals.new")}</h2>
      <form method="post" action={base} id="new-proposal" novalidate>
        <FormErrors errors={errors} />
        {field("title", t("org.questions.questionTitle"), undefined, { type: "text" })}
        {field("body", t("ideas.explanationField"), undefined, { rows: 3 })}
        <TextField
          name="dimensions"
          label={t("org.proposals.dimensions")}
          hint={t("org.proposals.dimensionsHint")}
          error={errors.dimensions}
          rows={3}
          value={
            values.dimensions ??
            "Desirability; Very undesirable; Very desirable\nFeasibility; Definitely infeasible; Definitely feasible"
          }
        />
        <button type="submit" class="primary">
          {t("org.proposals.create")}
        </button>
      </form>
    </section>
  );
}
